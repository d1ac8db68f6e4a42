/** Text helpers for matching what a person types against names and sentences. */

/**
 * Lower-case and strip diacritics so that "thaci" finds "Thaçi" and "zvecan" finds "Zvečan".
 * Only for comparison: never display the folded text.
 */
export function foldText(text: string): string {
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
