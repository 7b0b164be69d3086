/**
 * The fuzz oracle: what the reader says about the unmutated page is the truth; after mutation
 * every count must be that truth or null (never a number the page did not show for that post).
 * Cards are tagged before mutation, so a post is followed even when its id, classes or position
 * change.
 */
import type { CardResult, PageHeaderObservation, PlatformReader } from '../../../lib/platforms/types';
import { FUZZ_ATTR } from './mutate';

export const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const COUNT_FIELDS = ['reactions', 'comments', 'reposts', 'impressions'] as const;

export interface CardTruth {
  kind: CardResult['kind'];
  counts: Record<(typeof COUNT_FIELDS)[number], number | null> | null;
  commentReactions: Map<string, number | null>;
}

export interface Truth {
  cards: Map<string, CardTruth>;
  followers: number | null;
}

function truthOf(result: CardResult): CardTruth {
  if (result.kind !== 'post') return { kind: result.kind, counts: null, commentReactions: new Map() };
  return {
    kind: 'post',
    counts: { ...result.post.counts },
    commentReactions: new Map(result.post.comments.map((c) => [c.id, c.reactions])),
  };
}

function header(reader: PlatformReader, doc: Document, url: string): PageHeaderObservation | null {
  const target = reader.targetFor(new URL(url));
  return target ? reader.readHeader(doc, target) : null;
}

/** Marks every card with its index, so it can be followed through mutations. */
export function tagCards(reader: PlatformReader, doc: Document): void {
  reader.findCards(doc).forEach((card, i) => {
    card.setAttribute(FUZZ_ATTR, String(i));
  });
}

/** Tags every card (unless tagged already) and records what the reader reads on the unmutated page. */
export function tagAndRead(reader: PlatformReader, doc: Document, url: string): Truth {
  const cards = new Map<string, CardTruth>();
  if (!doc.querySelector(`[${FUZZ_ATTR}]`)) tagCards(reader, doc);
  for (const card of reader.findCards(doc)) {
    cards.set(card.getAttribute(FUZZ_ATTR) ?? '?', truthOf(reader.readCard(card, NOW)));
  }
  return { cards, followers: header(reader, doc, url)?.followers ?? null };
}

/** Tags that tell which original card(s) a card found after mutation came from. */
function originsOf(card: Element): string[] {
  const own = card.closest(`[${FUZZ_ATTR}]`)?.getAttribute(FUZZ_ATTR);
  if (own) return [own];
  return [...new Set(Array.from(card.querySelectorAll(`[${FUZZ_ATTR}]`), (el) => el.getAttribute(FUZZ_ATTR)!))];
}

export interface Violation {
  card: string;
  field: string;
  got: number;
  allowed: Array<number | null>;
  /** Reaction counts of the comments under the card(s), to recognise a count read from a comment. */
  commentCounts: number[];
  /** The card's true values of its other count fields, to recognise a count read under the wrong field. */
  otherFields: number[];
}

/** Reads the mutated page; returns every count that is neither the truth nor null. */
export function violations(reader: PlatformReader, doc: Document, url: string, truth: Truth): Violation[] {
  const out: Violation[] = [];
  for (const card of reader.findCards(doc)) {
    const result = reader.readCard(card, NOW);
    if (result.kind !== 'post') continue;
    const origins = originsOf(card);
    // Only cards the reader read as posts before have a truth: a card it skipped (promoted, say)
    // and now reads because the mutation removed its marker has counts nobody checked.
    const truths = origins.map((o) => truth.cards.get(o)).filter((t): t is CardTruth => !!t);
    if (truths.length > 0 && truths.every((t) => t.kind !== 'post')) continue;
    const where = origins.join('+') || 'untagged';
    for (const field of COUNT_FIELDS) {
      const got = result.post.counts[field];
      if (got === null) continue;
      const allowed = truths.map((t) => t.counts?.[field] ?? null);
      const commentCounts = truths.flatMap((t) => [...t.commentReactions.values()].filter((v): v is number => v !== null));
      const otherFields = truths.flatMap((t) => COUNT_FIELDS.filter((f) => f !== field).map((f) => t.counts?.[f] ?? null)).filter((v): v is number => v !== null);
      if (!allowed.includes(got)) out.push({ card: where, field, got, allowed, commentCounts, otherFields });
    }
    for (const comment of result.post.comments) {
      if (comment.reactions === null) continue;
      const known = truths.filter((t) => t.commentReactions.has(comment.id));
      if (known.length === 0) continue; // a comment whose id changed: no truth to compare with
      const allowed = known.map((t) => t.commentReactions.get(comment.id) ?? null);
      if (!allowed.includes(comment.reactions)) out.push({ card: where, field: `comment ${comment.id} reactions`, got: comment.reactions, allowed, commentCounts: [], otherFields: [] });
    }
  }
  const followers = header(reader, doc, url)?.followers ?? null;
  if (followers !== null && followers !== truth.followers) out.push({ card: 'header', field: 'followers', got: followers, allowed: [truth.followers], commentCounts: [], otherFields: [] });
  return out;
}

/**
 * Violations the fuzz found in the readers and reported to their owners (RELIABILITY.md, "Known
 * reader issues"). The main property tolerates exactly these so it keeps guarding everything
 * else; each has a `.fails` regression test in readers.known-issues.test.ts with its minimal input,
 * which starts failing (and so asks for its entry here to be removed) once the reader is fixed.
 */
export const KNOWN_ISSUES: Record<string, (v: Violation) => boolean> = {
  /** K1: a missing or unreadable counts row is read as 0 instead of null (both readers). */
  'absent-counts-read-as-zero': (v) => v.got === 0 && !v.allowed.includes(0),
};

export function unknownViolations(list: Violation[]): Violation[] {
  return list.filter((v) => !Object.values(KNOWN_ISSUES).some((known) => known(v)));
}
