const NON_ASCII = /[\u0080-\uffff]/;

/** Plain ASCII: no accents, marks, curly quotes or emoji (all of those lie above U+007F). */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * Text folding shared by every lexicon and comparison: case, accents ("geïnteresseerd"), curly
 * quotes and runs of whitespace should never decide whether a phrase matches.
 */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose, no combining marks and no curly quotes, so only case
  // and whitespace remain: the same result without the Unicode passes (most text is ASCII).
  if (isAscii(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Words (letters/digits, with inner apostrophes and hyphens), in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

const URL_PATTERN = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;

// Every link the pattern removes contains "http" or "www." in some case; h, t, p and w have no
// case variants outside ASCII, so a text without either has nothing to remove.
const MAYBE_URL = /http|www\./i;

/** The text with links removed, for checks about the words a person wrote. */
export function withoutUrls(text: string): string {
  if (!MAYBE_URL.test(text)) return text;
  return text.replace(URL_PATTERN, ' ');
}
