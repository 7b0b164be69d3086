/**
 * Accumulates what the collector read into one pending batch per page, with that page's parse
 * health, until the next flush. Home-feed posts go to their author's page, never lumped together.
 */
import type { Platform } from '../analysis/model';
import type { CardResult, ObservationBatch, PageHeaderObservation, PageTarget, ParseHealth, PostObservation } from '../platforms/types';

function emptyHealth(): ParseHealth {
  return { cardsSeen: 0, fullyParsed: 0, partlyParsed: 0, skipped: 0, missingFields: {}, markup: {} };
}

interface PendingPage {
  pageKey: string;
  pageUrl: string;
  kind: 'brand' | 'person';
  header: PageHeaderObservation | null;
  posts: Map<string, PostObservation>;
  health: ParseHealth;
}

export class PageBatches {
  readonly #pending = new Map<string, PendingPage>();
  readonly #platform: Platform;

  constructor(platform: Platform) {
    this.#platform = platform;
  }

  /** Records one card's outcome; returns false when the card could not be tied to a page. */
  add(result: CardResult, target: PageTarget): boolean {
    const page = this.#pageFor(result, target);
    if (!page) return false;
    const health = page.health;
    health.cardsSeen++;
    health.markup[result.markup] = (health.markup[result.markup] ?? 0) + 1;
    if (result.kind === 'skipped') {
      health.skipped++;
      return true;
    }
    const { post } = result;
    if (post.missing.length === 0) health.fullyParsed++;
    else health.partlyParsed++;
    for (const field of post.missing) health.missingFields[field] = (health.missingFields[field] ?? 0) + 1;
    page.posts.set(post.id, post);
    return true;
  }

  setHeader(target: PageTarget, header: PageHeaderObservation | null): void {
    if (!target.pageKey || !target.pageUrl || !header) return;
    this.#ensure(target.pageKey, target.pageUrl, kindOfSurface(target)).header = header;
  }

  get size(): number {
    let n = 0;
    for (const page of this.#pending.values()) n += page.posts.size + page.health.skipped;
    return n;
  }

  /** Hands out the pending batches and starts afresh. */
  drain(observedAt: number): ObservationBatch[] {
    const batches: ObservationBatch[] = [];
    for (const page of this.#pending.values()) {
      batches.push({
        page: { platform: this.#platform, pageKey: page.pageKey, pageUrl: page.pageUrl, kind: page.kind, header: page.header },
        posts: [...page.posts.values()],
        health: page.health,
        observedAt,
      });
    }
    this.#pending.clear();
    return batches;
  }

  #pageFor(result: CardResult, target: PageTarget): PendingPage | null {
    if (target.pageKey && target.pageUrl) {
      return this.#ensure(target.pageKey, target.pageUrl, kindOfSurface(target));
    }
    if (result.kind !== 'post' || !result.post.authorPageKey) return null;
    const key = result.post.authorPageKey;
    return this.#ensure(key, pageUrlFromKey(key), result.post.authorKind ?? 'person');
  }

  #ensure(pageKey: string, pageUrl: string, kind: 'brand' | 'person'): PendingPage {
    let page = this.#pending.get(pageKey);
    if (!page) {
      page = { pageKey, pageUrl, kind, header: null, posts: new Map(), health: emptyHealth() };
      this.#pending.set(pageKey, page);
    }
    return page;
  }
}

/** A profile's activity belongs to a person; every other page with a key is a brand page. */
function kindOfSurface(target: PageTarget): 'brand' | 'person' {
  return target.surface === 'profile' ? 'person' : 'brand';
}

/**
 * "linkedin:company/acme" → "https://www.linkedin.com/company/acme/";
 * "facebook:acme" → "https://www.facebook.com/acme"; "facebook:id/123" → "…/profile.php?id=123".
 */
export function pageUrlFromKey(key: string): string {
  const [platform, path = ''] = key.split(':', 2);
  if (platform === 'facebook') {
    const numeric = /^id\/(\d+)$/.exec(path);
    return numeric ? `https://www.facebook.com/profile.php?id=${numeric[1]}` : `https://www.facebook.com/${path}`;
  }
  return `https://www.linkedin.com/${path}/`;
}
