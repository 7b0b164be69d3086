import { describe, expect, it } from 'vitest';
import { burstThenSilence } from '../../../lib/analysis/rules/burst-then-silence';
import { HOUR, MINUTE, NOW, DAY, post, snapshot, timeline, type PostSpec } from './builders';
import { run } from './helpers';

/** A post read 30 minutes after publishing and again 26 hours after. */
function followed(index: number, early: number, final: number, spec: PostSpec = {}) {
  const publishedAt = NOW - index * DAY - 2 * DAY;
  return post(index, {
    publishedAt,
    snapshots: [
      snapshot({ seenAt: publishedAt + 30 * MINUTE, reactions: early }),
      snapshot({ seenAt: publishedAt + 5 * HOUR, reactions: Math.round((early + final) / 2) }),
      snapshot({ seenAt: publishedAt + 26 * HOUR, reactions: final }),
    ],
    ...spec,
  });
}

describe('burst-then-silence', () => {
  it('passes reactions that trickle in over a day', () => {
    const result = run(burstThenSilence, timeline([0, 1, 2, 3].map((i) => followed(i, 6, 40))));
    expect(result.status).toBe('pass');
    expect(result.figures.followedPosts).toBe(4);
  });

  it('warns for one post that got all its reactions in half an hour, then nothing', () => {
    const result = run(burstThenSilence, timeline([followed(0, 45, 46), ...[1, 2, 3, 4].map((i) => followed(i, 5, 40))]));
    expect(result.status).toBe('warn');
    expect(result.evidencePostIds).toEqual(['post-0']);
  });

  it('fails when it happens again and again', () => {
    const result = run(burstThenSilence, timeline([followed(0, 45, 46), followed(1, 60, 61), followed(2, 5, 40), followed(3, 4, 35)]));
    expect(result.status).toBe('fail');
    expect(result.figures.bursts).toBe(2);
  });

  it('does not call a burst when every post starts fast (that is the page’s usual pace)', () => {
    const result = run(burstThenSilence, timeline([0, 1, 2, 3].map((i) => followed(i, 45, 47))));
    expect(result.status).toBe('pass');
  });

  it('is insufficient without early readings, or with only approximate publishing times', () => {
    const late = [0, 1, 2, 3].map((i) => post(i));
    expect(run(burstThenSilence, timeline(late)).status).toBe('insufficient');
    const approx = [0, 1, 2, 3].map((i) => followed(i, 45, 46, { publishedAtApprox: true }));
    const result = run(burstThenSilence, timeline(approx));
    expect(result.status).toBe('insufficient');
    expect(result.figures.followedPosts).toBe(0);
  });
});
