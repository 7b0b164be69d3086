import { foldText, withoutUrls, wordsOf } from './normalize';

/**
 * Finds groups of posts written from one template ("New on our blog: … Read more at …") in
 * near-linear time: MinHash signatures over word triples, locality-sensitive buckets, and each
 * post checked only against the first post of each bucket it lands in, never against all others.
 */

const SHINGLE_WORDS = 3;
const BANDS = 12;
const ROWS = 2;
const HASHES = BANDS * ROWS;
/** Shorter texts have too few word triples for their overlap to mean anything. */
export const TEMPLATE_MIN_WORDS = 6;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over more text: hashing "a", then " ", then "b" gives the hash of "a b". */
function fnv1aMore(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash;
}

/** The words that survive when a template's slots are emptied: links, tags and numbers go. */
export function templateWords(text: string): string[] {
  const stripped = withoutUrls(text).replace(/#[\p{L}\p{M}\p{N}_]+/gu, ' ').replace(/@[\p{L}\p{N}_.-]+/gu, ' ');
  return wordsOf(foldText(stripped)).map((word) => (/^\d/u.test(word) ? '0' : word));
}

function shingles(words: readonly string[]): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    // The FNV-1a hash of words.slice(i, i + SHINGLE_WORDS).join(' '), without making that string.
    let hash = fnv1aMore(FNV_OFFSET, words[i] ?? '');
    for (let k = 1; k < SHINGLE_WORDS; k++) hash = fnv1aMore(fnv1aMore(hash, ' '), words[i + k] ?? '');
    set.add(hash >>> 0);
  }
  return set;
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * One cheap independent-looking hash per seed (murmur3's finaliser over the value xor the seed's
 * Math.imul(seed + 1, 0x9e3779b1)); the seeds' multiples are made once, not per shingle and seed.
 */
const SEED_MIXES = Array.from({ length: HASHES }, (_, seed) => Math.imul(seed + 1, 0x9e3779b1));

function signature(set: ReadonlySet<number>): Uint32Array {
  // Unsigned 32-bit minima per seed, as Math.min over them gave (remix is >>> 0).
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const value of set) {
    for (let i = 0; i < HASHES; i++) {
      // remix(value, SEED_MIXES[i]) written out: this loop runs 24 times per word triple, and in
      // the first analysis of a fresh page (the popup) the engine still interprets it, where a
      // call costs more than the arithmetic. Same steps, same result.
      let h = (value ^ (SEED_MIXES[i] ?? 0)) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (mins[i] ?? 0)) mins[i] = h;
    }
  }
  return mins;
}

/**
 * The bucket of one band: the band and its rows' 32-bit values, as one code unit and two per
 * value. A fixed-length encoding, so two buckets share a key exactly when band and values are
 * equal (as with the readable `${band}:${rows.join(',')}`), without formatting numbers.
 */
function bucketKey(sig: Uint32Array, band: number): string {
  let key = String.fromCharCode(band);
  for (let row = 0; row < ROWS; row++) {
    const value = sig[band * ROWS + row] ?? 0;
    key += String.fromCharCode(value >>> 16, value & 0xffff);
  }
  return key;
}

class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while ((this.parent[root] ?? root) !== root) root = this.parent[root] ?? root;
    while ((this.parent[i] ?? i) !== root) {
      const next = this.parent[i] ?? i;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * Groups of at least two texts whose word triples overlap by `similarity` or more (Jaccard),
 * largest first, as indexes into `texts`. Texts under TEMPLATE_MIN_WORDS words are skipped.
 */
export function templateGroups(texts: readonly string[], similarity: number): number[][] {
  return templateGroupsOfWords(texts.map(templateWords), similarity);
}

/** templateGroups on texts already split with templateWords (for callers that need the words too). */
export function templateGroupsOfWords(wordLists: ReadonlyArray<readonly string[]>, similarity: number): number[][] {
  const sets = wordLists.map((words) => (words.length >= TEMPLATE_MIN_WORDS ? shingles(words) : null));
  const components = new DisjointSets(wordLists.length);
  const firstInBucket = new Map<string, number>();
  sets.forEach((set, index) => {
    if (!set) return;
    const sig = signature(set);
    for (let band = 0; band < BANDS; band++) {
      const key = bucketKey(sig, band);
      const first = firstInBucket.get(key);
      if (first === undefined) firstInBucket.set(key, index);
      else if (components.find(first) !== components.find(index) && jaccard(set, sets[first] ?? new Set()) >= similarity) {
        components.union(first, index);
      }
    }
  });
  const groups = new Map<number, number[]>();
  sets.forEach((set, index) => {
    if (!set) return;
    const root = components.find(index);
    const group = groups.get(root) ?? [];
    group.push(index);
    groups.set(root, group);
  });
  return [...groups.values()].filter((group) => group.length >= 2).sort((a, b) => b.length - a.length);
}
