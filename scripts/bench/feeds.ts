/**
 * The feeds the content-script benchmarks scroll: a synthetic page per markup generation with N
 * posts, served at a real URL, plus a small page-side feed driver that behaves like LinkedIn's and
 * Facebook's virtualised feeds (reveals a few cards as the reader nears the bottom, drops cards far
 * above the viewport, opens the comments of some posts a moment after they appear).
 *
 * The driver is deliberately cheap (one layout read per frame), so the page's own script time —
 * the baseline every figure is measured against — stays small next to the extension's.
 *
 * Builders by other engineers are picked up when their files exist; a feed whose builder is missing
 * or fails is reported as not available, with the reason, instead of failing the whole run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { activityIdAt, linkedinLegacyCompanyPage, type SyntheticCompany, type SyntheticPost } from '../../tests/fixtures/synthetic/linkedin-legacy.ts';

export type FeedId = 'linkedin-legacy' | 'linkedin-sdui' | 'facebook-2026';

export interface Feed {
  id: FeedId;
  label: string;
  url: string;
  html: string;
  /** Outermost post cards, for the feed driver and the reference counter. */
  cardSelector: string;
  posts: number;
  /** Every how many posts the driver opens comments (3 each), or null when not simulated. */
  commentsEvery: number | null;
}

export interface MissingFeed {
  id: FeedId;
  label: string;
  reason: string;
}

const DAY = 86_400_000;
/** Fixed, so every run builds the same pages. */
export const BENCH_NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
export const COMMENTS_EVERY = 10;

/** A deterministic pseudo-random sequence (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'We visited the farm where our cheese is made and met the people behind it.',
  'What is your favourite way to start the week? Tell us below, we read every answer.',
  'Our team spent the day at the harbour cleaning up plastic with volunteers from the city.',
  'Only this week: 20% off all orders, shop now while stocks last!',
  'Three things we got wrong in our first year, and what we changed because of them.',
  'Meet Lotte, who joined us this month as a trainer. Ask her anything about onboarding.',
  'Behind the scenes: how we choose our suppliers and why it takes us a year.',
  'Thank you to everyone who came to our open day! What should we show next time?',
  'New in the shop: the autumn box with notes of plum and cocoa.',
  'We are hiring a backend engineer who likes boring, reliable software. Know someone?',
];
const TAGS = ['webshop', 'sale', 'coffee', 'team', 'hiring', 'sustainability', 'cheese', 'innovation', 'b2b', 'marketing'];

export function syntheticPosts(count: number, seed = 1): SyntheticPost[] {
  const random = prng(seed);
  function pick<T>(list: readonly T[]): T {
    return list[Math.floor(random() * list.length)] as T;
  }
  const posts: SyntheticPost[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = 1 + Math.floor(random() * 4);
    const text = Array.from({ length: sentences }, () => pick(SENTENCES)).join('\n');
    const tags = Array.from({ length: Math.floor(random() * 5) }, () => pick(TAGS));
    const reactions = Math.floor(random() ** 2 * 400);
    posts.push({
      activityId: activityIdAt(BENCH_NOW - i * DAY * 0.4 - 3_600_000, i + seed * 7919),
      text,
      hashtags: [...new Set(tags)],
      reactions,
      comments: Math.floor(reactions * random() * 0.1),
      reposts: Math.floor(reactions * random() * 0.05),
      media: i % 3 === 0 ? 'image' : i % 7 === 0 ? 'video' : 'none',
    });
  }
  return posts;
}

export function benchCompany(slug: string, posts: number, seed = 1): SyntheticCompany {
  return {
    slug,
    name: 'Benchmark Bakery',
    followers: 12_400,
    employees: '51-200',
    industry: 'Food and Beverage Manufacturing',
    posts: syntheticPosts(posts, seed),
  };
}

/** Legacy LinkedIn comments markup (dom-facts §1.3): three comments under the card's own urn. */
const LEGACY_COMMENTS = `(card, i) => {
  const urn = (card.matches('[data-urn]') ? card : card.querySelector('[data-urn]'))?.getAttribute('data-urn') ?? '';
  const post = urn.split(':').pop() || '7000000000000000000';
  let html = '<div class="comments-comments-list">';
  for (let k = 0; k < 3; k++) {
    const id = (BigInt(post) + BigInt(k + 1)).toString();
    const who = (i * 7 + k) % 50;
    html += '<article class="comments-comment-entity" data-id="urn:li:comment:(activity:' + post + ',' + id + ')">'
      + '<div class="comments-comment-meta"><a class="comments-comment-meta__image-link" href="https://www.linkedin.com/in/bench-person-' + who + '/">'
      + '<span class="comments-comment-meta__description-title">Person ' + who + '</span>'
      + '<span class="comments-comment-meta__description-subtitle">Marketing at Example ' + k + '</span></a></div>'
      + '<div class="comments-comment-entity__content"><div class="update-components-text"><span dir="ltr">Great insight, thanks for sharing! (' + k + ')</span></div></div>'
      + '<div class="comments-comment-social-bar"><button type="button">Like</button><button type="button">Reply</button></div></article>';
  }
  return html + '</div>';
}`;

/**
 * The page-side feed driver. Exposes `window.__benchFeed` for the benchmark (progress, stream).
 * `comments` is a JS function source `(card, index) => html`, inserted into `commentsInto`.
 */
function driverScript(cardSelector: string, commentsEvery: number | null, comments: string | null, commentsInto: string, recycleTo = 0): string {
  return `<script>
(() => {
  const SEL = ${JSON.stringify(cardSelector)};
  const INITIAL = 4, STEP = 10, AHEAD = 8000, DROP_ABOVE = 40000;
  const EVERY = ${commentsEvery ?? 0};
  const makeComments = ${comments ?? 'null'};
  const cards = Array.from(document.querySelectorAll(SEL)).filter((el) => !el.parentElement || !el.parentElement.closest(SEL));
  // recycleTo: when the page's own posts run out, clone them again with fresh activity urns (legacy
  // markup), so a long stream needs no huge page.
  const RECYCLE_TO = ${recycleTo};
  const state = { revealed: Math.min(INITIAL, cards.length), total: Math.max(cards.length, RECYCLE_TO), commentsOpened: 0 };
  const originals = RECYCLE_TO ? cards.map((card) => ({ card: card.cloneNode(true), parent: card.parentElement })) : [];
  let recycled = 0;
  const refill = (n) => {
    if (queue.length >= n || state.revealed >= RECYCLE_TO || originals.length === 0) return;
    for (const original of originals) {
      const card = original.card.cloneNode(true);
      recycled++;
      for (const el of [card, ...card.querySelectorAll('[data-urn], [data-id]')]) {
        for (const name of ['data-urn', 'data-id']) {
          const value = el.getAttribute(name);
          const match = value && /^(urn:li:activity:)(\\d+)$/.exec(value);
          if (match) el.setAttribute(name, match[1] + (BigInt(match[2]) + BigInt(recycled * 1000003)).toString());
        }
      }
      queue.push({ card, parent: original.parent });
    }
  };
  window.__benchFeed = state;
  if (cards.length === 0) return;
  const queue = cards.slice(INITIAL).map((card) => ({ card, parent: card.parentElement }));
  for (const q of queue) q.card.remove();
  const mounted = cards.slice(0, INITIAL);
  const last = cards[0].parentElement;
  const sentinel = document.createElement('div');
  sentinel.style.height = '1px';
  last.after(sentinel);
  const openComments = (card, index) => {
    if (!card.isConnected) return;
    const into = card.querySelector(${JSON.stringify(commentsInto)}) || card;
    into.insertAdjacentHTML('beforeend', makeComments(card, index));
    state.commentsOpened++;
  };
  const reveal = (n) => {
    refill(n);
    for (const q of queue.splice(0, n)) {
      q.parent.appendChild(q.card);
      mounted.push(q.card);
      const index = state.revealed++;
      if (EVERY && makeComments && index % EVERY === EVERY - 1) setTimeout(() => openComments(q.card, index), 50);
    }
  };
  let scheduled = false;
  // One frame's work: read every position first, then write, so the page forces at most one layout.
  const onFrame = () => {
    scheduled = false;
    const toReveal = queue.length > 0 && sentinel.getBoundingClientRect().top < innerHeight + AHEAD;
    const drops = [];
    for (let i = 0; i < mounted.length - 8; i++) {
      const box = mounted[i].getBoundingClientRect();
      if (box.bottom >= -DROP_ABOVE) break;
      drops.push(box.height);
    }
    for (const height of drops) {
      const spacer = document.createElement('div');
      spacer.style.height = height + 'px';
      mounted.shift().replaceWith(spacer);
    }
    if (toReveal) reveal(STEP);
    if (toReveal || drops.length > 0) { scheduled = true; requestAnimationFrame(onFrame); }
  };
  addEventListener('scroll', () => { if (!scheduled) { scheduled = true; requestAnimationFrame(onFrame); } }, { passive: true });
  // For the memory benchmark: the same appends and drops as scrolling, without scrolling or layout.
  // Streams count more posts, perTick of them every everyMs, then stops.
  state.stream = (count, perTick, everyMs) => {
    let left = count;
    const timer = setInterval(() => {
      const n = Math.min(perTick, left);
      reveal(n);
      left -= n;
      while (mounted.length > 40) {
        const spacer = document.createElement('div');
        spacer.style.height = '400px';
        mounted.shift().replaceWith(spacer);
      }
      if (left <= 0 || state.revealed >= state.total) clearInterval(timer);
    }, everyMs);
  };
})();
</script>`;
}

function withDriver(html: string, script: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + script : html.slice(0, at) + script + html.slice(at);
}

function legacyFeed(posts: number): Feed {
  const company = benchCompany('benchmark-bakery-legacy', posts);
  const cardSelector = '[data-id^="urn:li:activity:"]';
  return {
    id: 'linkedin-legacy',
    label: 'LinkedIn legacy (company posts)',
    url: `https://www.linkedin.com/company/${company.slug}/posts/`,
    html: withDriver(linkedinLegacyCompanyPage(company), driverScript(cardSelector, COMMENTS_EVERY, LEGACY_COMMENTS, '.social-details-social-activity')),
    cardSelector,
    posts,
    commentsEvery: COMMENTS_EVERY,
  };
}

/**
 * The memory benchmark's feed: 500 legacy posts in the page, streamed again with fresh urns up to
 * `posts` (a 5,000-post page is 20 MB of HTML and takes 18 s to load here).
 */
export function streamFeed(posts: number): Feed {
  const company = benchCompany('benchmark-bakery-stream', 500, 5);
  const cardSelector = '[data-id^="urn:li:activity:"]';
  return {
    id: 'linkedin-legacy',
    label: 'LinkedIn legacy (company posts), streamed',
    url: `https://www.linkedin.com/company/${company.slug}/posts/`,
    html: withDriver(linkedinLegacyCompanyPage(company), driverScript(cardSelector, COMMENTS_EVERY, LEGACY_COMMENTS, '.social-details-social-activity', posts)),
    cardSelector,
    posts,
    commentsEvery: COMMENTS_EVERY,
  };
}

/** An exported function of a fixture module, when the file exists and loads. */
async function builder<T>(file: string, name: string): Promise<((input: T) => string) | { reason: string }> {
  if (!existsSync(resolve(file))) return { reason: `no builder yet (${file} does not exist)` };
  try {
    const module = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
    const fn = module[name];
    return typeof fn === 'function' ? (fn as (input: T) => string) : { reason: `${file} does not export ${name}()` };
  } catch (error) {
    return { reason: `${file} did not load: ${(error as Error).message.split('\n')[0]}` };
  }
}

function built(id: FeedId, label: string, url: string, make: () => string, cardSelector: string, posts: number): Feed | MissingFeed {
  let html: string;
  try {
    html = make();
  } catch (error) {
    return { id, label, reason: `the builder threw: ${(error as Error).message}` };
  }
  // Comments markup is only simulated for the legacy generation so far.
  return { id, label, url, html: withDriver(html, driverScript(cardSelector, null, null, '*')), cardSelector, posts, commentsEvery: null };
}

/** SDUI LinkedIn (tests/fixtures/synthetic/linkedin-sdui.ts), all cards rendered, for the driver. */
async function sduiFeed(posts: number): Promise<Feed | MissingFeed> {
  const label = 'LinkedIn SDUI (company posts)';
  const make = await builder<SyntheticCompany>('tests/fixtures/synthetic/linkedin-sdui.ts', 'linkedinSduiCompanyPage');
  if ('reason' in make) return { id: 'linkedin-sdui', label, reason: make.reason };
  const company = benchCompany('benchmark-bakery-sdui', posts, 2);
  return built('linkedin-sdui', label, `https://www.linkedin.com/company/${company.slug}/posts/`, () => make(company), '[role="listitem"]', posts);
}

interface FacebookPageSpec {
  username: string;
  name: string;
  followers: string;
  category: string;
  lang: 'en' | 'nl';
  posts: Array<{ postId: string | null; time: string; text: string; hashtags?: string[]; reactions: number; comments: number; shares: number; photo?: boolean }>;
  reveal: { initial: number; step: number };
}

/**
 * Facebook 2026 (tests/fixtures/facebook/synthetic-2026.ts). Its own lazy loader is told to show
 * every post at once, so the bench driver takes the cards over as on the other feeds.
 */
async function facebookFeed(posts: number): Promise<Feed | MissingFeed> {
  const label = 'Facebook 2026 (page timeline)';
  const make = await builder<FacebookPageSpec>('tests/fixtures/facebook/synthetic-2026.ts', 'facebook2026Page');
  if ('reason' in make) return { id: 'facebook-2026', label, reason: make.reason };
  const synthetic = syntheticPosts(posts, 4);
  const spec: FacebookPageSpec = {
    username: 'benchmarkbakery',
    name: 'Benchmark Bakery',
    followers: '12K',
    category: 'Bakery',
    lang: 'en',
    posts: synthetic.map((post, i) => ({
      postId: String(100_000_000_000_000 + i * 7919),
      time: i < 20 ? `${i + 1}h` : `${Math.floor(i / 5) + 1}d`,
      text: post.text,
      hashtags: post.hashtags,
      reactions: post.reactions,
      comments: post.comments,
      shares: post.reposts,
      photo: post.media === 'image',
    })),
    reveal: { initial: posts, step: 0 },
  };
  return built('facebook-2026', label, `https://www.facebook.com/${spec.username}`, () => make(spec), 'div.xcard', posts);
}

export async function benchFeeds(posts: number): Promise<{ available: Feed[]; missing: MissingFeed[] }> {
  const candidates: Array<Feed | MissingFeed> = [legacyFeed(posts), await sduiFeed(posts), await facebookFeed(posts)];
  return {
    available: candidates.filter((c): c is Feed => 'html' in c),
    missing: candidates.filter((c): c is MissingFeed => 'reason' in c),
  };
}
