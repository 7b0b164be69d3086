/**
 * A tiny platform reader over made-up markup, so the collector's own behaviour is tested apart from
 * any real site's markup (the LinkedIn and Facebook readers have their own tests):
 *
 *   <article data-post="p1" data-author="linkedin:company/acme"><span class="reactions">12</span></article>
 *
 * It counts every call, can be told to throw, and can advance a fake clock per card read.
 */
import type { CardResult, PageHeaderObservation, PageTarget, PlatformReader, PostObservation } from '../../../lib/platforms/types';

const CARD = 'article[data-post]';

export interface FakeReader extends PlatformReader {
  reads: string[];
  findCardsCalls: number;
  cardOfCalls: number;
  headerReads: number;
  /** What readHeader answers (null: the header is not rendered yet). */
  header: PageHeaderObservation | null;
  throwIn: Set<'targetFor' | 'findCards' | 'cardOf' | 'readCard' | 'readHeader'>;
  /** Card ids whose read throws (a card the reader chokes on). */
  poison: Set<string>;
  /** Called on every card read: lets a test advance a fake clock. */
  onRead: (id: string) => void;
}

export function fakeReader(): FakeReader {
  const reader: FakeReader = {
    platform: 'linkedin',
    reads: [],
    findCardsCalls: 0,
    cardOfCalls: 0,
    headerReads: 0,
    header: { name: 'Acme', followers: 800, employeeBand: null, industry: null },
    throwIn: new Set(),
    poison: new Set(),
    onRead: () => {},
    targetFor(url: URL): PageTarget | null {
      if (reader.throwIn.has('targetFor')) throw new Error('targetFor broke');
      const company = /^\/company\/([^/]+)\//.exec(url.pathname)?.[1];
      if (company) {
        return { platform: 'linkedin', surface: 'company', pageKey: `linkedin:company/${company}`, pageUrl: `https://www.linkedin.com/company/${company}/` };
      }
      if (url.pathname === '/feed/') return { platform: 'linkedin', surface: 'feed', pageKey: null, pageUrl: null };
      return null;
    },
    findCards(root: ParentNode): Element[] {
      reader.findCardsCalls++;
      if (reader.throwIn.has('findCards')) throw new Error('findCards broke');
      const found = Array.from(root.querySelectorAll(CARD));
      if (root instanceof Element && root.matches(CARD)) found.unshift(root);
      return found;
    },
    cardOf(node: Element): Element | null {
      reader.cardOfCalls++;
      if (reader.throwIn.has('cardOf')) throw new Error('cardOf broke');
      return node.closest(CARD);
    },
    readCard(card: Element): CardResult {
      const id = card.getAttribute('data-post') ?? '';
      reader.reads.push(id);
      reader.onRead(id);
      if (reader.throwIn.has('readCard') || reader.poison.has(id)) throw new Error(`readCard broke on ${id}`);
      const reactions = Number(card.querySelector('.reactions')?.textContent ?? 'NaN');
      const post: PostObservation = {
        id,
        authorPageKey: card.getAttribute('data-author'),
        authorName: card.getAttribute('data-author-name'),
        authorKind: 'brand',
        publishedAt: null,
        publishedAtApprox: false,
        text: card.querySelector('p')?.textContent ?? '',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        isReshare: false,
        counts: { reactions: Number.isFinite(reactions) ? reactions : null, comments: null, reposts: null, impressions: null },
        comments: [],
        missing: Number.isFinite(reactions) ? [] : ['reactions'],
      };
      return { kind: 'post', post, markup: 'fake' };
    },
    readHeader() {
      reader.headerReads++;
      if (reader.throwIn.has('readHeader')) throw new Error('readHeader broke');
      return reader.header;
    },
  };
  return reader;
}

/** One card of the made-up markup. */
export function card(id: string, reactions: number, author = 'linkedin:company/acme'): HTMLElement {
  const el = document.createElement('article');
  el.setAttribute('data-post', id);
  el.setAttribute('data-author', author);
  el.innerHTML = `<header>${author}</header><p>Post ${id}</p><footer><span class="reactions">${reactions}</span></footer>`;
  return el;
}

/** A feed list in the page, like the one LinkedIn appends cards to. */
export function feed(): HTMLElement {
  const list = document.createElement('div');
  list.className = 'feed';
  document.body.replaceChildren(list);
  return list;
}
