import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { engagementBait } from '../../../lib/analysis/rules/engagement-bait';
import { posts, timeline } from './builders';
import { run } from './helpers';

describe('engagement-bait', () => {
  it('warns for one bait post and cites Facebook’s 2017 policy on Facebook', () => {
    const tl = timeline(posts(8, (i) => (i === 3 ? { text: 'Tag a friend who needs a coffee break ☕' } : {})), { platform: 'facebook' });
    const result = run(engagementBait, tl);
    expect(result.status).toBe('warn');
    expect(result.evidencePostIds).toEqual(['post-3']);
    expect(result.policy).toMatchObject({ id: 'facebook-2017-12-engagement-bait', platform: 'facebook', date: '2017-12' });
    expect(formatMsg(result.suggestion!, 'en')).toBe(
      'Facebook and LinkedIn demote posts that ask for likes or shares. Rewrite “tag a friend” as a real question about your work.',
    );
  });

  it('fails repeated Dutch bait and cites LinkedIn’s reaction-begging statement on LinkedIn', () => {
    const texts = ['Alleen slimme mensen kunnen deze puzzel oplossen!', 'Deel dit bericht als je het ermee eens bent', 'Like als jij ook van maandag houdt 👍'];
    const result = run(engagementBait, timeline(posts(6, (i) => (i < 3 ? { text: texts[i] } : {}))));
    expect(result.status).toBe('fail');
    expect(result.figures.baitPosts).toBe(3);
    expect(result.policy?.id).toBe('linkedin-2022-reaction-begging');
  });

  it('honours Facebook’s exceptions: missing persons, fundraising, help', () => {
    const texts = ['Vermist: onze kat Minoes. Deel dit bericht alsjeblieft!', 'Our fundraiser for the food bank: please share with everyone you know.'];
    const result = run(engagementBait, timeline(posts(2, (i) => ({ text: texts[i] }))));
    expect(result.status).toBe('pass');
  });

  it('passes ordinary posts', () => {
    expect(run(engagementBait, timeline(posts(5))).status).toBe('pass');
  });

  it('is insufficient with no posts at all', () => {
    expect(run(engagementBait, timeline([])).status).toBe('insufficient');
  });
});
