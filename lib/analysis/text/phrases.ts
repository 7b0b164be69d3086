import { foldText } from './normalize';

/**
 * A compiled list of phrases, matched on folded text. A phrase edge that is a letter or digit must
 * sit at a word boundary ("sale" does not match "wholesale"); an edge that is punctuation or an
 * emoji need not ("like = ", "comment \"").
 */
export interface PhraseMatcher {
  /** The phrases found in the text, in order of appearance, each once. */
  find(text: string): string[];
  /** The text with every phrase cut out (for "is anything left besides stock praise?"). */
  remove(text: string): string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phrasePattern(phrase: string): string {
  const first = phrase.at(0) ?? '';
  const last = phrase.at(-1) ?? '';
  const before = WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${escapeRegExp(phrase)}${after}`;
}

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const folded = [...new Set(phrases.map(foldText).filter((p) => p.length > 0))];
  // Longest first, so "great post" wins over "great" when both could match at one place.
  folded.sort((a, b) => b.length - a.length);
  const source = folded.map(phrasePattern).join('|');
  const pattern = source.length > 0 ? new RegExp(source, 'gu') : null;
  return {
    find(text) {
      if (!pattern) return [];
      return [...new Set(foldText(text).match(pattern) ?? [])];
    },
    remove(text) {
      return pattern ? foldText(text).replace(pattern, ' ') : foldText(text);
    },
  };
}
