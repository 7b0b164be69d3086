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
  /** As find, on text already folded with foldText (to fold a text once for several lists). */
  findInFolded(folded: string): string[];
  /** As remove, on text already folded with foldText. */
  removeFromFolded(folded: string): string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/**
 * One alternation for all phrases. The boundary checks are written once per run of consecutive
 * phrases that need the same checks, not once per phrase: each `[\p{L}\p{N}]` is a large Unicode
 * class, and a hundred copies of it made the first match of every list cost tens of milliseconds
 * (compiling) and every later match slower. Equivalent to one `before phrase after` alternative
 * per phrase: the phrases keep their order, and within a run `(?<!x)(?:a|b)(?!x)` tries a, then b,
 * each followed by the same position checks, exactly as `(?<!x)a(?!x)|(?<!x)b(?!x)` does.
 */
function phrasesPattern(phrases: readonly string[]): string {
  const runs: Array<{ before: string; after: string; phrases: string[] }> = [];
  for (const phrase of phrases) {
    const before = WORD_CHAR.test(phrase.at(0) ?? '') ? NOT_AFTER_WORD : '';
    const after = WORD_CHAR.test(phrase.at(-1) ?? '') ? NOT_BEFORE_WORD : '';
    const last = runs.at(-1);
    if (last && last.before === before && last.after === after) last.phrases.push(escapeRegExp(phrase));
    else runs.push({ before, after, phrases: [escapeRegExp(phrase)] });
  }
  return runs.map((run) => `${run.before}(?:${run.phrases.join('|')})${run.after}`).join('|');
}

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const folded = [...new Set(phrases.map(foldText).filter((p) => p.length > 0))];
  // Longest first, so "great post" wins over "great" when both could match at one place.
  folded.sort((a, b) => b.length - a.length);
  const source = phrasesPattern(folded);
  const pattern = source.length > 0 ? new RegExp(source, 'gu') : null;
  const findInFolded = (folded: string): string[] => {
    if (!pattern) return [];
    const found = folded.match(pattern);
    return found ? [...new Set(found)] : [];
  };
  const removeFromFolded = (folded: string): string => (pattern ? folded.replace(pattern, ' ') : folded);
  return {
    find: (text) => findInFolded(foldText(text)),
    remove: (text) => removeFromFolded(foldText(text)),
    findInFolded,
    removeFromFolded,
  };
}
