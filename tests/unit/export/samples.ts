import type { PageDump } from '../../../lib/db/repository';

const DAY = 86_400_000;
const SEEN = Date.UTC(2026, 10, 20, 9, 0, 0);

/** A small stored page as `dumpPages` returns it: two posts, snapshots over time, a comment. */
export function sampleDump(key = 'linkedin:company/acme'): PageDump {
  return {
    page: {
      key,
      platform: 'linkedin',
      url: `https://www.linkedin.com/company/${key.split('/')[1] ?? 'acme'}/`,
      kind: 'brand',
      name: 'Acme Kaas',
      followers: 1234,
      employeeBand: { min: 11, max: 50 },
      industry: 'Retail',
      relation: 'mine',
      firstSeenAt: SEEN - 3 * DAY,
      lastSeenAt: SEEN,
    },
    health: { cardsSeen: 4, fullyParsed: 3, partlyParsed: 1, skipped: 0, missingFields: { reposts: 1 }, markup: { legacy: 4 } },
    posts: [
      {
        id: '7390000000000000001',
        publishedAt: SEEN - 5 * DAY,
        publishedAtApprox: false,
        authorName: 'Acme Kaas',
        text: '=cmd|"/c calc"!A1 Order now: 20% off!',
        hashtags: ['kaas', 'korting'],
        links: ['https://shop.example/kaas'],
        mediaKind: 'image',
        isReshare: false,
        firstSeenAt: SEEN - 3 * DAY,
        lastSeenAt: SEEN,
        snapshots: [
          { seenAt: SEEN - 3 * DAY, reactions: 10, comments: 1, reposts: 0, impressions: null },
          { seenAt: SEEN, reactions: 14, comments: 2, reposts: 1, impressions: null },
        ],
        comments: [
          {
            id: 'c1',
            postId: '7390000000000000001',
            authorName: 'Anna de Vries',
            authorUrl: 'https://www.linkedin.com/in/anna/',
            authorHeadline: 'Baker',
            text: 'Lekker!',
            reactions: null,
            isReply: false,
            byPageAuthor: false,
            publishedAt: null,
            seenAt: SEEN,
          },
        ],
      },
      {
        id: '7390000000000000002',
        publishedAt: null,
        publishedAtApprox: true,
        authorName: null,
        text: '',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        isReshare: true,
        firstSeenAt: SEEN,
        lastSeenAt: SEEN,
        snapshots: [],
        comments: [],
      },
    ],
  };
}
