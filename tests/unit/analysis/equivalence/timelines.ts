/**
 * Deterministic timelines of several shapes for the report-equivalence test: every rule path the
 * analysis has (bait, offers, templates, bare links, look-alike hashtags, pods, colleagues, page
 * replies, generic comments, bursts, impressions, unknown counts, undated and tied posts) shows up
 * somewhere, so a faster implementation that changes any output is caught.
 */
import type { AnalyzeOptions, CommentItem, CountSnapshot, PageInfo, PostItem, Timeline } from '../../../../lib/analysis/model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 3, 12, 0, 0);

/** Mulberry32: small, seeded, the same numbers on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const POST_TEXTS = [
  'Sanne has repaired bikes in our workshop for twenty years. Today she tells how it all started.',
  'Which saddle do you ride on for long tours: leather or gel? Let us know in the comments.',
  'Nu 20% korting op alle jassen! Bestel nu via onze webshop.',
  'Zomerbanden voor € 49,95 per stuk. Op=op!',
  'Gebruik kortingscode WINTER10 bij het afrekenen.',
  'Like if you agree and tag a friend who needs to hear this!',
  'Only smart people can solve this puzzle. 99% of people get it wrong. Comment your answer!',
  'Share if you care. Missing: our neighbour\'s cat, have you seen her? Please share.',
  'We are proud to announce our annual results for 2026. Press release in the link.',
  'Acme has appointed a new director of operations.',
  'New on our blog: five tips for winter cycling. Read more at https://example.com/blog/1',
  'New on our blog: seven tips for summer cycling. Read more at https://example.com/blog/2',
  'New on our blog: three tips for city cycling. Read more at https://example.com/blog/3',
  'https://example.com/article/42',
  'Look 👉 https://example.com/x #deal',
  'Wat vinden jullie van ons nieuwe logo? Laat het weten!',
  'Gefeliciteerd aan ons team met de award voor duurzaam ondernemen 🎉',
  'Our summer service is back: a full check for €49 in June. Book a slot in the shop.',
  'Free shipping this weekend only, while stocks last. Shop now!',
  'Behind the scenes: what a wheel looks like before and after truing, step by step.',
  'Vote for your favourite design: react with ❤️ for A or 👍 for B.',
  'Type YES if you want the free guide! Comment below if you read this far.',
  'We\'re hiring! Job opening for a mechanic, please share with everyone you know.',
  '',
  'Café Noël — geïnteresseerd in een rondleiding? Bel ons.',
  'Fifteen years ago today we opened the doors. Thank you, neighbours, for every visit since.',
];

const TAG_POOL = [
  'fietsen',
  'Fietsen',
  'fietsen2025',
  'utrecht',
  'marketing',
  'marketingtips',
  'ondernemer',
  'ondernemen',
  'startup',
  'startups',
  'WeAreSoProudOfOurTeam',
  'ditwaseengeweldigedagvooronsallemaal',
  'café',
  'cafe',
  'b2b',
  'sale',
  'dit_is_een_zin',
  'AI',
  '日本',
];

const COMMENT_TEXTS = [
  '👏',
  '👏👏 🔥',
  'Great post!',
  'Top Jan!',
  'Goed bezig!',
  'Mooi zo',
  'Thanks for sharing',
  'Congrats to the whole team!',
  '@Jan Jansen',
  'Piet de Vries Anna Smit',
  'Amsterdam',
  'Yes, on Tuesday',
  'Same here',
  'We did the same tour last spring, the second day is the hardest.',
  'How long did the certification take you? We are considering the same route.',
  'Could you share the slides from the open day? I missed the second half.',
  'Interesting, thanks for sharing.',
  'Well deserved!',
  'Love this 👏',
  'Heel herkenbaar, wij hadden precies hetzelfde probleem met onze leverancier.',
];

const REGULARS = ['Kees', 'Mira', 'Joost', 'Fatima', 'Lotte'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function pageOf(overrides: Partial<PageInfo>): PageInfo {
  return {
    platform: 'linkedin',
    key: 'linkedin:company/acme',
    url: 'https://www.linkedin.com/company/acme/',
    kind: 'brand',
    name: 'Acme B.V.',
    followers: 800,
    employeeBand: { min: 201, max: 500 },
    industry: null,
    relation: 'unmarked',
    ...overrides,
  };
}

interface Mix {
  posts: number;
  seed: number;
  /** Chance a comment comes from the pod of regulars. */
  regularShare: number;
  /** Chance a post's counts include impressions. */
  impressionShare: number;
  /** Mean minutes between posts; small values give bursts of posts and equal times. */
  spacingMinutes: number;
  maxComments: number;
  maxSnapshots: number;
}

function commentsFor(random: () => number, postId: string, publishedAt: number | null, mix: Mix, pageName: string | null): CommentItem[] {
  const count = Math.floor(random() * (mix.maxComments + 1));
  const comments: CommentItem[] = [];
  for (let c = 0; c < count; c++) {
    const roll = random();
    const regular = roll < mix.regularShare;
    const byPage = !regular && random() < 0.12;
    const byName = !regular && !byPage && random() < 0.05;
    const author = regular
      ? pick(random, REGULARS)
      : byName && pageName
        ? pageName.toUpperCase()
        : `Person ${Math.floor(random() * 60)}`;
    // Regulars always show their profile, so they are one person across posts.
    const withUrl = regular || random() < 0.6;
    comments.push({
      id: `${postId}-c${c}`,
      postId,
      authorName: author,
      authorUrl: withUrl ? `https://www.linkedin.com/in/${author.toLowerCase().replace(/\s+/g, '-')}/` : null,
      authorHeadline: regular ? null : random() < 0.25 ? 'Sales at Acme' : random() < 0.5 ? 'Marketing lead at Example' : null,
      text: byPage ? `Thanks! We answer every question (${c}).` : pick(random, COMMENT_TEXTS),
      reactions: random() < 0.1 ? null : Math.floor(random() * 5),
      isReply: random() < 0.2,
      byPageAuthor: byPage,
      publishedAt: random() < 0.15 || publishedAt === null ? null : publishedAt + Math.floor(random() * 5 * DAY),
    });
  }
  return comments;
}

function snapshotsFor(random: () => number, publishedAt: number | null, mix: Mix, now: number): CountSnapshot[] {
  const count = Math.floor(random() * (mix.maxSnapshots + 1));
  const base = publishedAt ?? now - 30 * DAY;
  const final = Math.floor(random() ** 2 * 400);
  const burst = random() < 0.15;
  const withImpressions = random() < mix.impressionShare;
  const snapshots: CountSnapshot[] = [];
  // Readings at 20 min, 50 min, 5 h, 1 d, 2 d, 4 d, 9 d, 20 d after publishing.
  const ages = [20 * MINUTE, 50 * MINUTE, 5 * HOUR, DAY, 2 * DAY, 4 * DAY, 9 * DAY, 20 * DAY];
  for (let s = 0; s < count && s < ages.length; s++) {
    const seenAt = base + (ages[s] ?? 0);
    if (seenAt > now) break;
    const share = burst ? 0.95 + 0.05 * (s / ages.length) : (s + 1) / ages.length;
    const unreadable = random() < 0.07;
    snapshots.push({
      seenAt,
      reactions: unreadable ? null : Math.round(final * share),
      comments: random() < 0.05 ? null : Math.round((final / 15) * share),
      reposts: random() < 0.3 ? null : Math.round(final * 0.02 * share),
      impressions: withImpressions ? Math.round(final * 40 * share + 50) : null,
    });
  }
  return snapshots;
}

function tagsFor(random: () => number): string[] {
  const roll = random();
  const count = roll < 0.4 ? 0 : roll < 0.7 ? 2 : roll < 0.9 ? 5 : 9;
  return Array.from({ length: count }, () => pick(random, TAG_POOL));
}

function mixedTimeline(mix: Mix, pageOverrides: Partial<PageInfo> = {}): Timeline {
  const random = seeded(mix.seed);
  const page = pageOf(pageOverrides);
  const posts: PostItem[] = [];
  let time = NOW - HOUR;
  for (let i = 0; i < mix.posts; i++) {
    // Some posts share a timestamp with the one before (ties in the newest-first order).
    if (random() > 0.08) time -= Math.floor(random() * 2 * mix.spacingMinutes) * MINUTE;
    const undated = random() < 0.05;
    const approx = !undated && random() < 0.15;
    const publishedAt = undated ? null : time;
    const id = `p${mix.seed}-${i}`;
    const tags = tagsFor(random);
    const tagsInText = random() < 0.3;
    const body = pick(random, POST_TEXTS);
    posts.push({
      id,
      publishedAt,
      publishedAtApprox: approx,
      authorName: page.name,
      text: tags.length > 0 ? `${body}\n\n${tags.map((tag) => `#${tag}`).join(' ')}` : body,
      hashtags: tagsInText ? [] : tags,
      links: random() < 0.25 ? [random() < 0.5 ? 'https://example.com/shop/p/1' : 'https://example.com/blog'] : [],
      mediaKind: pick(random, ['none', 'image', 'video', 'document', 'poll', 'article'] as const),
      isReshare: random() < 0.1,
      snapshots: snapshotsFor(random, publishedAt, mix, NOW),
      comments: commentsFor(random, id, publishedAt, mix, page.name),
    });
  }
  return { page, posts, now: NOW };
}

export interface Case {
  name: string;
  timeline: Timeline;
  options?: AnalyzeOptions;
}

/** The cases, built fresh on every call (analyze must not depend on object identity). */
export function equivalenceCases(): Case[] {
  const base: Mix = { posts: 120, seed: 1, regularShare: 0.2, impressionShare: 0.1, spacingMinutes: 36 * 60, maxComments: 8, maxSnapshots: 6 };
  return [
    { name: 'empty', timeline: { page: pageOf({}), posts: [], now: NOW } },
    { name: 'tiny', timeline: mixedTimeline({ ...base, posts: 4, seed: 2 }) },
    { name: 'varied linkedin brand', timeline: mixedTimeline(base) },
    { name: 'pod on facebook', timeline: mixedTimeline({ ...base, posts: 40, seed: 3, regularShare: 0.7 }, { platform: 'facebook', name: 'Bakkerij Jansen', followers: 5_000 }) },
    { name: 'own page with impressions', timeline: mixedTimeline({ ...base, posts: 60, seed: 4, impressionShare: 0.9 }, { relation: 'mine', followers: 30_000 }) },
    { name: 'person, posting often', timeline: mixedTimeline({ ...base, posts: 200, seed: 5, spacingMinutes: 90 }, { kind: 'person', name: 'Jan Jansen', followers: null, employeeBand: null }) },
    { name: 'big brand, few comments', timeline: mixedTimeline({ ...base, posts: 300, seed: 6, maxComments: 2, maxSnapshots: 8 }, { followers: 2_000_000, platform: 'facebook' }) },
    { name: 'engagement pod', timeline: mixedTimeline({ ...base, posts: 30, seed: 9, regularShare: 0.95, maxComments: 10 }) },
    { name: 'no page name', timeline: mixedTimeline({ ...base, posts: 50, seed: 7 }, { name: null, followers: 0 }) },
    {
      name: 'pod with settings changed',
      timeline: mixedTimeline({ ...base, posts: 80, seed: 8, regularShare: 0.6 }),
      options: {
        rules: {
          'engagement-bait': { enabled: false },
          'same-circle': { thresholds: { coverage: 0.3, warnCoreSize: 2 } },
          'automated-feel': { thresholds: { similarity: 0.2, recentPosts: 500 } },
          'hashtag-overuse': { thresholds: { linkedinWarnAbove: 1, sentenceChars: 999 } },
        },
      },
    },
  ];
}
