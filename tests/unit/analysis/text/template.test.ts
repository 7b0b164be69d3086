import { describe, expect, it } from 'vitest';
import { templateGroups, templateWords } from '../../../../lib/analysis/text/template';

const TEMPLATE = (title: string, n: number) =>
  `New on our blog: ${title}. Read the full article at https://acme.nl/blog/${n} and let us know what you think! #blog #acme`;

describe('template detection', () => {
  it('empties the slots: links, hashtags, mentions and numbers', () => {
    expect(templateWords('Week 12: 3 tips @Jan #tips https://x.nl/a')).toEqual(['week', '0', '0', 'tips']);
  });

  it('groups posts written from one template and leaves hand-written ones alone', () => {
    const texts = [
      TEMPLATE('five ways to cut energy costs', 1),
      'Sanne has repaired bikes with us for twenty years; today she tells how it started.',
      TEMPLATE('why we switched to electric vans', 2),
      TEMPLATE('what our interns built this summer', 3),
      'Our stand at the fair in Utrecht was busy all day, thanks to everyone who came by.',
      'Short one',
    ];
    expect(templateGroups(texts, 0.4)).toEqual([[0, 2, 3]]);
  });

  it('stays near-linear: 10,000 distinct posts group in well under a second', () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => `Post ${i} about topic ${i * 7919} with words w${i} x${i % 97} y${i % 89} z${i % 83}`);
    const started = performance.now();
    templateGroups(texts, 0.4);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
