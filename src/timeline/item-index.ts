/**
 * Which items overlap a stretch of time, in O(log n + answer) rather than a scan of every item:
 * items are grouped by how long they last (a day, a week, a month, … a century: the precisions),
 * and each group is sorted by start in a typed array. An item of a group lasting at most D can
 * overlap [a, b) only if it starts in (a − D, b), so each group answers with two binary searches
 * and a check of the few that start just before `a`. Counting needs no scan at all beyond those.
 *
 * Built once per set of items (a filter change), never per frame.
 */
import { MS_PER_DAY } from '../model/dates.ts';
import type { TimeWindow } from '../model/window.ts';
import type { TimelineItem } from './items.ts';

/** Longest duration of each group: a day, a week, a month, a season, a year, a decade, a century. */
const GROUP_MAX_MS = [1, 8, 32, 93, 367, 3_660, 36_560].map((d) => d * MS_PER_DAY);

interface Group {
  maxMs: number;
  /** Starts, ascending. */
  starts: Float64Array;
  ends: Float64Array;
  /** Index into `items` of each entry. */
  index: Uint32Array;
}

function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ItemIndex {
  readonly items: readonly TimelineItem[];
  private readonly groups: Group[];

  constructor(items: readonly TimelineItem[]) {
    this.items = items;
    const n = items.length;
    const groupCount = GROUP_MAX_MS.length + 1;
    // One read of each item (they are objects; the rest works on typed arrays).
    const startOf = new Float64Array(n);
    const endOf = new Float64Array(n);
    const groupOf = new Uint8Array(n);
    const sizes = new Uint32Array(groupCount);
    const longest = new Float64Array(groupCount);
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      const startMs = item.startMs;
      const endMs = item.endMs;
      const d = endMs - startMs;
      let g = 0;
      while (g < GROUP_MAX_MS.length && d > GROUP_MAX_MS[g]!) g++;
      startOf[i] = startMs;
      endOf[i] = endMs;
      groupOf[i] = g;
      sizes[g]!++;
      if (d > longest[g]!) longest[g] = d;
    }
    const groups: Group[] = [];
    for (let g = 0; g < groupCount; g++) {
      groups.push({
        maxMs: Math.max(GROUP_MAX_MS[g] ?? 0, longest[g]!),
        starts: new Float64Array(sizes[g]!),
        ends: new Float64Array(sizes[g]!),
        index: new Uint32Array(sizes[g]!),
      });
    }
    const fill = new Uint32Array(groupCount);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const gi = groupOf[i]!;
      const g = groups[gi]!;
      const k = fill[gi]!++;
      const startMs = startOf[i]!;
      g.starts[k] = startMs;
      g.ends[k] = endOf[i]!;
      g.index[k] = i;
      if (k > 0 && g.starts[k - 1]! > startMs) sorted = false;
    }
    // Items come sorted by start, and so do the groups; sort only if they did not.
    if (!sorted) {
      for (const g of groups) {
        const order = Array.from(g.index).sort(
          (a, b) => items[a]!.startMs - items[b]!.startMs || a - b,
        );
        order.forEach((i, k) => {
          g.starts[k] = items[i]!.startMs;
          g.ends[k] = items[i]!.endMs;
          g.index[k] = i;
        });
      }
    }
    this.groups = groups.filter((g) => g.starts.length > 0);
  }

  get size(): number {
    return this.items.length;
  }

  /** How many items overlap `win`. */
  count(win: TimeWindow): number {
    let n = 0;
    for (const g of this.groups) {
      const first = lowerBound(g.starts, win.startMs - g.maxMs);
      const inside = lowerBound(g.starts, win.startMs);
      const end = lowerBound(g.starts, win.endMs);
      // Those starting inside the window all overlap it; before it, only those ending inside.
      n += Math.max(0, end - inside);
      for (let i = first; i < Math.min(inside, end); i++) if (g.ends[i]! > win.startMs) n++;
    }
    return n;
  }

  /** How many items start inside `win` (the ones a view shows as markers, not carried in from before it). */
  countStarting(win: TimeWindow): number {
    let n = 0;
    for (const g of this.groups)
      n += Math.max(0, lowerBound(g.starts, win.endMs) - lowerBound(g.starts, win.startMs));
    return n;
  }

  /** The items overlapping `win`, in the order of `items` (by start). */
  overlapping(win: TimeWindow): TimelineItem[] {
    const hits: number[] = [];
    for (const g of this.groups) {
      const first = lowerBound(g.starts, win.startMs - g.maxMs);
      const end = lowerBound(g.starts, win.endMs);
      for (let i = first; i < end; i++) if (g.ends[i]! > win.startMs) hits.push(g.index[i]!);
    }
    hits.sort((a, b) => a - b);
    return hits.map((i) => this.items[i]!);
  }
}
