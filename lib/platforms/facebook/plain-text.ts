/**
 * Shortcuts for the reader's hottest pure helpers, each giving exactly what the helper gives.
 * A card's strings repeat across a feed and are nearly all plain ASCII, and readCard calls these
 * thousands of times per page. (Plain-ASCII cleaning needs no shortcut here: shared cleanText
 * takes it itself.)
 */
import { isDecoyText } from '../shared/text';

/**
 * isDecoyText. Two ASCII letters side by side survive cleanText as two letters side by side (no
 * step of it removes or joins ASCII letters), and a decoy has none (digits only, or single
 * characters between spaces): such a text needs no full check.
 */
const TWO_LETTERS = /[A-Za-z]{2}/;

export function isDecoy(text: string): boolean {
  return !TWO_LETTERS.test(text) && isDecoyText(text);
}

/**
 * A pure function of a string, remembered. The memory is bounded: it starts over when full, which
 * costs only a recomputation.
 */
export function remembered<T>(fn: (key: string) => T, limit = 2_000): (key: string) => T {
  let memory = new Map<string, T>();
  return (key) => {
    if (memory.has(key)) return memory.get(key) as T;
    const value = fn(key);
    if (memory.size >= limit) memory = new Map();
    memory.set(key, value);
    return value;
  };
}
