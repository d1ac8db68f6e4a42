/** Growing typed arrays, for the indexes made as data is read. */

type Growable = Int32Array | Uint32Array;

/**
 * A copy of `values` with room for at least `length` entries (twice as long at least, so that
 * growing one entry at a time costs linear time in all), the new places set to `fill`.
 */
export function grown<T extends Growable>(values: T, length: number, fill = 0): T {
  const Kind = values.constructor as new (length: number) => T;
  const out = new Kind(Math.max(length, values.length * 2));
  out.set(values as ArrayLike<number>);
  if (fill !== 0) out.fill(fill, values.length);
  return out;
}
