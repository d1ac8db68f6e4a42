/**
 * Remember the last call of a function and return its result again while the arguments are the
 * same values (compared with Object.is). Store selectors use this so that a selector returns the
 * identical array/map until its inputs change: React's useSyncExternalStore needs stable snapshots,
 * and components can then skip work by reference equality.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(
  fn: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args: Args): Result => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    ) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
