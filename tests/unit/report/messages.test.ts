import { describe, expect, it } from 'vitest';
import { importProblemMessage } from '../../../lib/report/import-message';
import { showPostsMessage } from '../../../lib/report/show-posts-message';

describe('importProblemMessage', () => {
  it('says why, where, and that nothing changed, in both languages', () => {
    const problem = { reason: 'invalid', where: 'pages.0.posts.3', detail: 'Invalid input' } as const;
    expect(importProblemMessage(problem, 'en')).toBe('This export is damaged or was edited: at pages.0.posts.3: Invalid input. Nothing was changed.');
    expect(importProblemMessage({ reason: 'not-json' }, 'nl')).toMatch(/geen JSON.*Er is niets veranderd\.$/);
  });
});

describe('showPostsMessage', () => {
  it('explains each outcome', () => {
    expect(showPostsMessage({ kind: 'shown', found: 3, missing: 0 }, 'en')).toBe('Highlighted 3 posts on the page.');
    expect(showPostsMessage({ kind: 'shown', found: 1, missing: 1 }, 'en')).toContain('1 more is not loaded');
    expect(showPostsMessage({ kind: 'shown', found: 0, missing: 2 }, 'nl')).toContain('niet op de pagina');
    expect(showPostsMessage({ kind: 'no-tab' }, 'en')).toContain('in a tab');
  });
});
