/**
 * Text hygiene shared by both readers. Both sites plant characters that are invisible to people
 * but poison naive parsing: zero-width and bidi controls (Facebook, 2026), NBSP and narrow NBSP
 * inside numbers, and "unicode magic" bold letters that NFKC folds back to plain ones.
 */

// U+200B–U+200F zero-width and LRM/RLM, U+202A–U+202E bidi embeddings, U+2060–U+2064 word joiner
// and invisible operators, U+2066–U+2069 bidi isolates, U+FEFF BOM, U+00AD soft hyphen.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
// NBSP, narrow NBSP, figure space, thin space: all read as an ordinary space.
const ODD_SPACES = /[\u00A0\u202F\u2007\u2009]/g;

// Every character INVISIBLES and ODD_SPACES name, and every one NFKC changes, lies outside ASCII:
// plain-ASCII strings (most labels and counts) skip those three passes with the same result.
const NON_ASCII = /[\u0080-\uFFFF]/; // any UTF-16 unit past ASCII, surrogate halves included
const WHITESPACE_RUNS = /\s+/g;
const TWO_ASCII_LETTERS = /[A-Za-z]{2}/;

/** Removes invisible characters, folds odd spaces and compatibility forms, collapses whitespace. */
export function cleanText(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.replace(WHITESPACE_RUNS, ' ').trim();
  return raw
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}

/** cleanText of a node's whole text: the readers' most frequent call, written once (bytes). */
export function cleanTextOf(node: Node): string {
  return cleanText(node.textContent ?? '');
}

/** Like cleanText but keeps line breaks (post bodies are multi-line). */
export function cleanMultiline(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Hashtags in a text, Unicode-aware ("#café", "#ZZP", "#duurzaamheid"), without '#'. */
export function hashtagsInText(text: string): string[] {
  const tags: string[] = [];
  for (const match of text.matchAll(/(?:^|[^\p{L}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu)) {
    if (match[1]) tags.push(match[1]);
  }
  return tags;
}

/**
 * Strings planted for scrapers and invisible to people (Facebook, 2026; OpenCLI #2089): a whole
 * node of eight or more digits, or single letters or digits spaced out ("a b c d e"; a row of
 * emoji is not one). Only whole strings qualify, so a phone number inside a sentence is kept.
 */
export function isDecoyText(raw: string): boolean {
  // Two ASCII letters side by side survive cleanText as such (no step of it removes or joins
  // ASCII letters), and a decoy has none: most page text is answered without cleaning it.
  if (TWO_ASCII_LETTERS.test(raw)) return false;
  const text = cleanText(raw);
  return /^\d{8,}$/.test(text) || /^(?:[\p{L}\p{N}] ){3,}[\p{L}\p{N}]$/u.test(text);
}
