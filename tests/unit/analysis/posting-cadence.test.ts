import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { postingCadence } from '../../../lib/analysis/rules/posting-cadence';
import { HOUR, NOW, post, snapshot, timeline } from './builders';
import { run } from './helpers';

/** Posts `everyDays` apart from `startDaysAgo` towards `endDaysAgo`, each with `interactions`. */
function series(startDaysAgo: number, endDaysAgo: number, everyDays: number, interactions: number, prefix: string) {
  const items = [];
  for (let d = startDaysAgo, n = 0; d >= endDaysAgo; d -= everyDays, n++) {
    items.push(post(d, { id: `${prefix}-${n}`, reactions: interactions - 2, commentCount: 2 }));
  }
  return items;
}

describe('posting-cadence', () => {
  it('passes a steady rhythm', () => {
    const result = run(postingCadence, timeline(series(90, 1, 3, 30, 'p')));
    expect(result.status).toBe('pass');
  });

  it('fails posting daily instead of weekly while each post drew half as much', () => {
    const result = run(postingCadence, timeline([...series(84, 43, 7, 40, 'old'), ...series(41, 3, 1, 15, 'new')]));
    expect(result.status).toBe('fail');
    expect(result.figures).toMatchObject({ medianBefore: 40, medianAfter: 15 });
    expect(formatMsg(result.suggestion!, 'en')).toMatch(/^Post less often and better: go back to about [\d.]+ posts a week/);
  });

  it('warns for a moderate rise and drop', () => {
    const result = run(postingCadence, timeline([...series(84, 43, 4, 40, 'old'), ...series(41, 3, 2, 24, 'new')]));
    expect(result.status).toBe('warn');
  });

  it('ignores posts whose counts are still growing', () => {
    const young = [0, 1, 2, 3, 4, 5].map((i) =>
      post(i, { id: `young-${i}`, publishedAt: NOW - i * 5 * HOUR - HOUR, snapshots: [snapshot({ seenAt: NOW, reactions: 2, comments: 0 })] }),
    );
    const result = run(postingCadence, timeline([...series(90, 2, 4, 30, 'p'), ...young]));
    expect(result.status).toBe('pass');
  });

  it('does not call 4 → 2 interactions on a tiny page a trend', () => {
    const result = run(postingCadence, timeline([...series(84, 43, 7, 4, 'old'), ...series(41, 3, 1, 2, 'new')]));
    expect(result.status).toBe('pass');
  });

  it('is insufficient over less than four weeks', () => {
    const result = run(postingCadence, timeline(series(20, 1, 1, 30, 'p')));
    expect(result.status).toBe('insufficient');
    expect(result.figures.spanDays).toBe(19);
  });
});
