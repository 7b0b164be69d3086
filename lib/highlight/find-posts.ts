/**
 * Which post cards on the page carry which post ids, read by the platform's own reader so "show
 * me" and the badges agree with what the collector stored. Reading a card is not free, so a
 * card's id is remembered for as long as the card exists (feeds replace cards rather than reuse them).
 */
import type { PlatformReader } from '../platforms/types';

export class PostLocator {
  readonly #ids = new WeakMap<Element, string>();
  readonly #reader: PlatformReader;

  constructor(reader: PlatformReader) {
    this.#reader = reader;
  }

  #idOf(card: Element): string | null {
    const known = this.#ids.get(card);
    if (known !== undefined) return known;
    // A card that is not readable yet (still loading) is read again next time.
    const result = this.#reader.readCard(card, Date.now());
    if (result.kind !== 'post') return null;
    this.#ids.set(card, result.post.id);
    return result.post.id;
  }

  /** The cards now in the DOM whose post id is wanted, in page order. */
  find(wanted: ReadonlySet<string>): Array<{ id: string; card: Element }> {
    const found: Array<{ id: string; card: Element }> = [];
    for (const card of this.#reader.findCards(document)) {
      const id = this.#idOf(card);
      if (id !== null && wanted.has(id)) found.push({ id, card });
    }
    return found;
  }
}
