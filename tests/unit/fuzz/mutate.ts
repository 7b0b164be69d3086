/**
 * Hostile and drifting markup, as deterministic mutations of a document: each mutation is plain
 * data (fast-check generates and shrinks it), applied with `applyMutation`.
 *
 * What they model: LinkedIn/Facebook dropping, duplicating or reordering nodes between releases;
 * hashed class names replacing readable ones; labels moving between elements of a card; planted
 * zero-width and bidi characters (Facebook 2026, dom-facts §0.6); huge digit runs; right-to-left
 * text. Label swaps stay inside one card: moving "12 comments" to another post would change the
 * page's facts, not its markup.
 */
export const FUZZ_ATTR = 'data-echt-fuzz';
/** The oracle's tags about what an element's aria-label shows: they move with the label. */
export const LABEL_TAGS = ['data-echt-label-shows', 'data-echt-action-bar-label', 'data-echt-comment-label-shows', 'data-echt-comment-bar-label'] as const;

export type MutationKind =
  | 'drop'
  | 'duplicate'
  | 'reorder'
  | 'scramble-classes'
  | 'scramble-all-classes'
  | 'swap-labels'
  | 'zero-width'
  | 'bidi'
  | 'huge-number'
  | 'rtl-text';

export interface Mutation {
  kind: MutationKind;
  /** Picks the target (modulo the candidates). */
  a: number;
  /** Picks a second target or a position. */
  b: number;
}

export const MUTATION_KINDS: MutationKind[] = ['drop', 'duplicate', 'reorder', 'scramble-classes', 'scramble-all-classes', 'swap-labels', 'zero-width', 'bidi', 'huge-number', 'rtl-text'];

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f'];
const RTL_WORDS = ['שלום עולם', 'مرحبا بالعالم', 'תגובות', 'إعجاب'];

function elements(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName));
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim()) out.push(n as Text);
  return out;
}

/** Text nodes and aria-labels: where the counts live. */
function textSlots(root: Element): Array<{ get(): string; set(v: string): void }> {
  const slots: Array<{ get(): string; set(v: string): void }> = textNodes(root).map((t) => ({ get: () => t.nodeValue ?? '', set: (v) => void (t.nodeValue = v) }));
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    slots.push({ get: () => el.getAttribute('aria-label') ?? '', set: (v) => el.setAttribute('aria-label', v) });
  }
  return slots;
}

function scramble(el: Element, salt: number): void {
  const classes = Array.from(el.classList);
  if (classes.length === 0) return;
  el.setAttribute('class', classes.map((c, i) => `_${((c.length * 2654435761 + salt + i) >>> 0).toString(36)}`).join(' '));
}

const COMMENT_SCOPE = 'article, [role="article"], [componentkey^="replaceableComment"]';

function commentScope(el: Element): Element | null {
  return el.closest(COMMENT_SCOPE);
}

function pick<T>(list: T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[Math.abs(n) % list.length];
}

export function applyMutation(doc: Document, m: Mutation): void {
  const body = doc.body;
  const all = elements(body);
  switch (m.kind) {
    case 'drop': {
      pick(all, m.a)?.remove();
      return;
    }
    case 'duplicate': {
      const el = pick(all, m.a);
      el?.after(el.cloneNode(true));
      return;
    }
    case 'reorder': {
      const el = pick(all, m.a);
      const parent = el?.parentElement;
      if (!el || !parent) return;
      const siblings = Array.from(parent.children);
      const before = pick(siblings, m.b);
      if (before && before !== el) parent.insertBefore(el, before);
      else parent.appendChild(el);
      return;
    }
    case 'scramble-classes': {
      const el = pick(all, m.a);
      if (!el) return;
      scramble(el, m.b);
      for (const inner of elements(el)) scramble(inner, m.b);
      return;
    }
    case 'scramble-all-classes': {
      for (const el of all) scramble(el, m.b);
      return;
    }
    case 'swap-labels': {
      const card = pick(Array.from(body.querySelectorAll(`[${FUZZ_ATTR}]`)), m.a);
      if (!card) return;
      const labelled = Array.from(card.querySelectorAll('[aria-label]'));
      const x = pick(labelled, m.a);
      const y = pick(labelled, m.b);
      // Only within one post body or within one comment: a label moving from a comment to the
      // post would change the page's facts about the post.
      if (!x || !y || x === y || commentScope(x) !== commentScope(y)) return;
      for (const attr of ['aria-label', ...LABEL_TAGS]) {
        const vx = x.getAttribute(attr);
        const vy = y.getAttribute(attr);
        if (vy === null) x.removeAttribute(attr);
        else x.setAttribute(attr, vy);
        if (vx === null) y.removeAttribute(attr);
        else y.setAttribute(attr, vx);
      }
      return;
    }
    case 'zero-width':
    case 'bidi': {
      const slot = pick(textSlots(body), m.a);
      if (!slot) return;
      const text = slot.get();
      const chars = m.kind === 'zero-width' ? ZERO_WIDTH : BIDI;
      const at = Math.abs(m.b) % (text.length + 1);
      slot.set(text.slice(0, at) + pick(chars, m.b)! + text.slice(at));
      return;
    }
    case 'huge-number': {
      const slots = textSlots(body).filter((s) => /\d/.test(s.get()));
      const slot = pick(slots, m.a);
      if (!slot) return;
      const huge = ['99999999999', '18446744073709551616', '1'.repeat(40), '9'.repeat(16) + 'K', '12345678901234567890 M'][Math.abs(m.b) % 5]!;
      let i = 0;
      const target = Math.abs(m.b) % (slot.get().match(/\d[\d.,]*/g)?.length ?? 1);
      slot.set(slot.get().replace(/\d[\d.,]*/g, (run) => (i++ === target ? huge : run)));
      return;
    }
    case 'rtl-text': {
      const slot = pick(textSlots(body), m.a);
      if (!slot) return;
      const word = pick(RTL_WORDS, m.b)!;
      const forms = [`\u202b${slot.get()}\u202c`, `\u2067${slot.get()}\u2069`, `${word} ${slot.get()}`, `${slot.get()} ${word}`];
      slot.set(pick(forms, m.b)!);
      return;
    }
  }
}
