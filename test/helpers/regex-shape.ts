/**
 * The two regex shapes that make a backtracking engine (V8's Irregexp) super-linear on text a
 * regex is tried against at every position, found by reading the pattern's source:
 *
 * - an unbounded repetition of a group that itself repeats without bound, `(?:a\s+)*`: on "a a a …"
 *   every start tries every longer run (quadratic, or worse when nested deeper);
 * - an unbounded quantifier inside a lookbehind, `(?<=on\s+)`: evaluated at each position of a long
 *   run, it reads back over the whole run each time (quadratic).
 *
 * A check of the shape, not a proof: a bounded {0,4} is allowed, and so is `[a-z]+` on its own (linear
 * when the match starts at a word boundary). Used by test/linear-time.test.ts on the tagger's rules.
 */

interface Frame {
  lookbehind: boolean;
  /** Something inside repeats without bound. */
  unbounded: boolean;
}

/** Length of the quantifier at `i` and whether it is unbounded (`*`, `+`, `{n,}`), or null. */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } | null {
  const c = source[i];
  if (c === '*' || c === '+') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: true };
  if (c === '?') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: false };
  if (c !== '{') return null;
  const m = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(i, i + 16));
  if (!m) return null;
  return { length: m[0].length, unbounded: m[2] !== undefined && m[3] === '' };
}

/** End (exclusive) of the atom starting at `i`: an escape, a class, or one character. */
function atomEnd(source: string, i: number): number {
  if (source[i] === '\\') {
    const braced = /^\\[pPu]\{[^}]*\}/.exec(source.slice(i, i + 40));
    return i + (braced ? braced[0].length : 2);
  }
  if (source[i] !== '[') return i + 1;
  let k = i + 1;
  while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
  return k + 1;
}

/** What is wrong with the shape of `source`, one line per problem (empty: none found). */
export function regexShapeProblems(source: string): string[] {
  const problems: string[] = [];
  const stack: Frame[] = [{ lookbehind: false, unbounded: false }];
  const inLookbehind = (): boolean => stack.some((f) => f.lookbehind);
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '(') {
      stack.push({ lookbehind: source.startsWith('(?<=', i) || source.startsWith('(?<!', i), unbounded: false });
      i += 1;
      continue;
    }
    if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : stack[0]!;
      const q = quantifierAt(source, i + 1);
      if (q?.unbounded && frame.unbounded) problems.push(`nested unbounded repetition: group ending at ${i} repeats a repetition`);
      if (q?.unbounded && inLookbehind()) problems.push(`unbounded repetition inside a lookbehind at ${i}`);
      stack[stack.length - 1]!.unbounded ||= frame.unbounded || !!q?.unbounded;
      i += 1 + (q?.length ?? 0);
      continue;
    }
    if (c === '|' || c === '^' || c === '$') {
      i += 1;
      continue;
    }
    const end = atomEnd(source, i);
    const q = quantifierAt(source, end);
    if (q?.unbounded) {
      stack[stack.length - 1]!.unbounded = true;
      if (inLookbehind()) problems.push(`unbounded quantifier inside a lookbehind: ${source.slice(i, end + q.length)} at ${i}`);
    }
    i = end + (q?.length ?? 0);
  }
  return problems;
}
