import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { engagementVsAudience } from '../../../lib/analysis/rules/engagement-vs-audience';
import { posts, snapshot, timeline } from './builders';
import { run } from './helpers';

describe('engagement-vs-audience', () => {
  it('passes seed 001’s normal: 8% likes and 0.5% comments at 800 followers', () => {
    const result = run(engagementVsAudience, timeline(posts(10, () => ({ reactions: 64, commentCount: 4 })), { followers: 800 }));
    expect(result.status).toBe('pass');
    expect(result.figures).toMatchObject({ ratePercent: 8.5, benchmarkHighPercent: 8.5, denominator: 'followers' });
  });

  it('warns, then fails, as engagement runs far above pages of the same size', () => {
    const tl = (reactions: number) => timeline(posts(10, () => ({ reactions, commentCount: 2 })), { followers: 800 });
    const warn = run(engagementVsAudience, tl(300));
    expect(warn.status).toBe('warn');
    expect(warn.explanation.key).toBe('rule.engagement-vs-audience.explain.high');
    expect(run(engagementVsAudience, tl(600)).status).toBe('fail');
  });

  it('warns of a reach problem for a 250-employee company getting 15 likes a post, never fails', () => {
    const tl = timeline(posts(10, () => ({ reactions: 15, commentCount: 0 })), { followers: 2_400, employeeBand: { min: 201, max: 500 } });
    const result = run(engagementVsAudience, tl);
    expect(result.status).toBe('warn');
    expect(result.explanation.key).toBe('rule.engagement-vs-audience.explain.employees');
    expect(formatMsg(result.suggestion!, 'en')).toContain('With 201+ employees, 15 reactions a post is low.');
  });

  it('warns, gently, when far below the lowest benchmark', () => {
    const tl = timeline(posts(10, () => ({ reactions: 1, commentCount: 0 })), { platform: 'facebook', followers: 50_000 });
    const result = run(engagementVsAudience, tl);
    expect(result.status).toBe('warn');
    expect(result.explanation.key).toBe('rule.engagement-vs-audience.explain.low');
  });

  it('uses impressions on the user’s own posts when they are shown', () => {
    const own = posts(10, () => ({ snapshots: [snapshot({ reactions: 50, comments: 4, impressions: 1_000 })] }));
    const result = run(engagementVsAudience, timeline(own, { followers: 3_000, relation: 'mine' }));
    expect(result.figures).toMatchObject({ denominator: 'impressions', ratePercent: 5.4 });
    expect(result.status).toBe('pass');
  });

  it('is insufficient without a follower count or a benchmark for the page', () => {
    const noFollowers = run(engagementVsAudience, timeline(posts(10), { followers: null }));
    expect(noFollowers.status).toBe('insufficient');
    expect(noFollowers.explanation.key).toBe('rule.engagement-vs-audience.explain.no-audience');
    const person = run(engagementVsAudience, timeline(posts(10), { platform: 'facebook', kind: 'person', followers: 5_000, employeeBand: null }));
    expect(person.explanation.key).toBe('rule.engagement-vs-audience.explain.no-benchmark');
  });
});
