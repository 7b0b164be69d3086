import { describe, expect, it } from 'vitest';
import { commentIdOf, commentUrnParts, idFromUrn, postIdOf, timeFromActivityId } from '../../../lib/platforms/linkedin/activity-id';

describe('timeFromActivityId: the checks of dom-facts §1.8', () => {
  it.each([
    ['7402746946853253120', '2025-12-05T16:33:28.517Z'], // equals an API timestamp exactly
    ['7402746945318146049', '2025-12-05T16:33:28.151Z'], // the same post's ugcPost, 366 ms earlier
    ['7241680825530896384', '2024-09-17T05:34:12.730Z'],
    ['7444761787033346048', '2026-03-31T15:05:27.014Z'],
    ['7447285355323744256', '2026-04-07T14:13:12.580Z'], // not "calibrated" to midnight
  ])('%s → %s', (id, iso) => {
    expect(timeFromActivityId(id)).toBe(Date.parse(iso));
  });

  it.each(['', '123', 'abc', '99999999999999999999', '1000000000000000'])('refuses %j', (id) => {
    expect(timeFromActivityId(id)).toBeNull();
  });
});

describe('urns', () => {
  it('reads post urns of every kind', () => {
    expect(idFromUrn('urn:li:activity:7241680825530896384')).toEqual({ type: 'activity', id: '7241680825530896384' });
    expect(idFromUrn('urn:li:ugcPost:7402746945318146049')).toEqual({ type: 'ugcPost', id: '7402746945318146049' });
    expect(idFromUrn('urn:li:aggregate:7241680825530896384')).toEqual({ type: 'aggregate', id: '7241680825530896384' });
    expect(idFromUrn('urn:li:fsd_profile:ACoAAB')).toBeNull();
  });

  it('reads both comment urn forms (legacy and SDUI since 2026-05-06)', () => {
    expect(commentUrnParts('urn:li:comment:(activity:7436698865522851840,7436707959465730049)')).toEqual({
      post: { type: 'activity', id: '7436698865522851840' },
      commentId: '7436707959465730049',
    });
    expect(commentUrnParts('replaceableComment_urn:li:comment:(urn:li:activity:7488065789913133056,7488282867484262400)')).toEqual({
      post: { type: 'activity', id: '7488065789913133056' },
      commentId: '7488282867484262400',
    });
    expect(commentUrnParts('urn:li:comment:(urn:li:ugcPost:7455526304612352111,7455544474337280202)')?.post.type).toBe('ugcPost');
    expect(commentUrnParts('urn:li:comment:(urn:li:activity:1,2)')).toBeNull();
  });

  it('keeps activity ids plain and other kinds typed', () => {
    expect(postIdOf({ type: 'activity', id: '7241680825530896384' })).toBe('li:7241680825530896384');
    expect(postIdOf({ type: 'ugcPost', id: '7402746945318146049' })).toBe('li:ugcPost:7402746945318146049');
    expect(commentIdOf('7436707959465730049')).toBe('li:comment:7436707959465730049');
  });
});
