import { describe, expect, it } from 'vitest';
import { sameCircle } from '../../../lib/analysis/rules/same-circle';
import { posts, timeline } from './builders';
import { run } from './helpers';

const POD = ['Kees', 'Mira', 'Joost', 'Fatima', 'Lotte', 'Daan'];
const varied = (i: number, n: number) => Array.from({ length: n }, (_, j) => ({ authorName: `Customer ${i}-${j}`, text: 'Which size would fit a small office?' }));

describe('same-circle', () => {
  it('fails when the same six people comment under every post, and cites LinkedIn on pods', () => {
    const tl = timeline(posts(8, () => ({ comments: POD.map((authorName) => ({ authorName, text: 'Great insight, thanks for sharing this one!' })) })));
    const result = run(sameCircle, tl);
    expect(result.status).toBe('fail');
    expect(result.figures).toMatchObject({ coreSize: 6, coreShare: 100, commentedPosts: 8 });
    expect(result.evidenceCommenters).toEqual(POD);
    expect(result.evidencePostIds).toHaveLength(8);
    expect(result.policy?.id).toBe('linkedin-2025-engagement-pods');
  });

  it('has no pod policy to cite on Facebook', () => {
    const tl = timeline(posts(8, () => ({ comments: POD.map((authorName) => ({ authorName, text: 'Yes!' })) })), { platform: 'facebook' });
    expect(run(sameCircle, tl).policy).toBeNull();
  });

  it('counts colleagues apart: four colleagues on every post is not a pod', () => {
    const colleagues = ['Anna', 'Bram', 'Chris', 'Dewi'].map((authorName) => ({ authorName, authorHeadline: `Sales engineer at Acme`, text: 'Proud of this team!' }));
    const tl = timeline(posts(8, (i) => ({ comments: [...colleagues, ...varied(i, 2)] })));
    const result = run(sameCircle, tl);
    expect(result.status).toBe('pass');
    expect(result.figures).toMatchObject({ colleagues: 4, colleagueComments: 32, coreSize: 0 });
    expect(result.colleagueCommenters).toEqual(['Anna', 'Bram', 'Chris', 'Dewi']);
    expect(result.evidenceCommenters).toEqual([]);
  });

  it('warns for a small circle writing half the comments', () => {
    const tl = timeline(posts(8, (i) => ({ comments: [...POD.slice(0, 3).map((authorName) => ({ authorName, text: 'Good one' })), ...varied(i, 3)] })));
    const result = run(sameCircle, tl);
    expect(result.status).toBe('warn');
    expect(result.evidenceCommenters).toEqual(['Kees', 'Mira', 'Joost']);
  });

  it('passes two loyal customers among many others', () => {
    const tl = timeline(posts(8, (i) => ({ comments: [{ authorName: 'Kees' }, { authorName: 'Mira' }, ...varied(i, 3)] })));
    expect(run(sameCircle, tl).status).toBe('pass');
  });

  it('is insufficient with comments under too few posts', () => {
    const tl = timeline(posts(8, (i) => ({ comments: i < 3 ? POD.map((authorName) => ({ authorName })) : [] })));
    const result = run(sameCircle, tl);
    expect(result.status).toBe('insufficient');
    expect(result.figures.commentedPosts).toBe(3);
  });
});
