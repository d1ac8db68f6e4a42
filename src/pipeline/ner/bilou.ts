/**
 * Name spans as per-token tags and back. The tagger predicts BILOU tags (Begin, Inside, Last,
 * Outside, Unit): with L and U a one-word name and the end of a name are decisions of their own,
 * which scores better than BIO for greedy decoding (Ratinov & Roth 2009).
 */

/** The name types the tagger knows; training sets' finer types are mapped onto these. */
export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** A name over tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
  type: NameType;
}

/** Every tag, 'O' first. */
export const TAGS: readonly string[] = ['O', ...NAME_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** BILOU tags of `n` tokens holding `spans` (non-overlapping). */
export function spansToTags(n: number, spans: readonly TokenSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const { start, end, type } of spans) {
    if (end - start === 1) {
      tags[start] = `U-${type}`;
      continue;
    }
    tags[start] = `B-${type}`;
    for (let k = start + 1; k < end - 1; k++) tags[k] = `I-${type}`;
    tags[end - 1] = `L-${type}`;
  }
  return tags;
}

/** Spans of a BILOU (or BIO, or IOB1) tag sequence; a broken sequence still gives whole spans. */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  const close = (end: number): void => {
    if (open) spans.push({ ...open, end });
    open = null;
  };
  tags.forEach((tag, k) => {
    const [prefix, type] = tag === 'O' || !tag.includes('-') ? ['O', null] : [tag.slice(0, 1), tag.slice(2) as NameType];
    if (!type) return close(k);
    // A new name starts at B/U, at a type change, or at I/L after O (IOB1 and broken sequences).
    if (prefix === 'B' || prefix === 'U' || !open || open.type !== type) {
      close(k);
      open = { start: k, end: k + 1, type };
    }
    if (prefix === 'L' || prefix === 'U') close(k + 1);
  });
  close(tags.length);
  return spans;
}

/** Whether `tag` may follow `previous` in a well-formed BILOU sequence. */
export function allowedAfter(previous: string, tag: string): boolean {
  const open = previous.startsWith('B-') || previous.startsWith('I-');
  const continues = tag.startsWith('I-') || tag.startsWith('L-');
  if (open) return continues && tag.slice(2) === previous.slice(2);
  return !continues;
}
