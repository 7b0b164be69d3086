import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { filterPosts, postRows, sortPosts } from '../../../lib/report/post-rows';
import { post, timeline } from '../analysis/builders';

const page = timeline([
  post(0, { text: 'Buy now: 30% korting on all boards!', reactions: 12 }),
  post(1, { text: 'Our roaster explains extraction.', reactions: 50 }),
  post(2, { text: 'Which mug do you use?', reactions: null, commentCount: null }),
]);
const rows = postRows(page, analyze(page));

describe('postRows', () => {
  it('carries the latest counts, unknown as null', () => {
    expect(rows.map((r) => r.reactions)).toEqual([12, 50, null]);
  });
});

describe('sortPosts', () => {
  it('sorts either way and keeps unknown counts last', () => {
    expect(sortPosts(rows, { key: 'reactions', direction: 'descending' }).map((r) => r.reactions)).toEqual([50, 12, null]);
    expect(sortPosts(rows, { key: 'reactions', direction: 'ascending' }).map((r) => r.reactions)).toEqual([12, 50, null]);
  });
});

describe('filterPosts', () => {
  it('finds words in any case, and flagged posts', () => {
    expect(filterPosts(rows, { text: 'ROASTER', flag: 'all' }).map((r) => r.id)).toEqual(['post-1']);
    const flagged = rows.map((r, i) => (i === 0 ? { ...r, flags: ['sales-only-timeline' as const] } : r));
    expect(filterPosts(flagged, { text: '', flag: 'flagged' }).map((r) => r.id)).toEqual(['post-0']);
    expect(filterPosts(flagged, { text: '', flag: 'sales-only-timeline' }).map((r) => r.id)).toEqual(['post-0']);
    expect(filterPosts(flagged, { text: '', flag: 'hashtag-overuse' })).toEqual([]);
  });
});
