/**
 * Text folding shared by every lexicon and comparison: case, accents ("geïnteresseerd"), curly
 * quotes and runs of whitespace should never decide whether a phrase matches.
 */
export function foldText(text: string): string {
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

/** The text with links removed, for checks about the words a person wrote. */
export function withoutUrls(text: string): string {
  return text.replace(URL_PATTERN, ' ');
}
