import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { en } from '../../../lib/analysis/messages/en';
import { nl } from '../../../lib/analysis/messages/nl';

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();

describe('formatMsg', () => {
  it('fills parameters and formats numbers per locale', () => {
    const message = { key: 'score.too-few-rules', params: { scored: 1234, enabled: 12 } };
    expect(formatMsg(message, 'en')).toContain('Only 1,234 of 12 checks');
    expect(formatMsg(message, 'nl')).toContain('Maar 1.234 van de 12 controles');
  });

  it('picks singular or plural by count', () => {
    expect(formatMsg({ key: 'common.too-few-posts', params: { posts: 1, needed: 6 } }, 'en')).toMatch(/^Only 1 post seen/);
    expect(formatMsg({ key: 'common.too-few-posts', params: { posts: 3, needed: 6 } }, 'nl')).toMatch(/^Pas 3 berichten gezien/);
  });

  it('leaves a missing parameter visible and shows an unknown key as itself', () => {
    expect(formatMsg({ key: 'common.too-few-posts', params: { posts: 2 } }, 'en')).toContain('at least {needed}');
    expect(formatMsg({ key: 'no.such.key' }, 'nl')).toBe('no.such.key');
  });

  it('has the same keys and placeholders in Dutch as in English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(nl[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
