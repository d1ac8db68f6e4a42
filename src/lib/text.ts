/** Text helpers for matching what a person types against names and sentences. */

const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

/**
 * Lower-case and strip diacritics so that "thaci" finds "Thaçi" and "zvecan" finds "Zvečan".
 * Only for comparison: never display the folded text.
 */
export function foldText(text: string): string {
  // Plain ASCII (most text) has nothing to strip: lower-casing is all, and much cheaper.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a query, folded; empty when the query is blank. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** True when every word occurs somewhere in `folded` (already folded with foldText). */
export function includesAllWords(folded: string, words: readonly string[]): boolean {
  return words.every((w) => folded.includes(w));
}
