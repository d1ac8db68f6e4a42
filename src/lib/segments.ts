/**
 * Split a text into plain and marked segments from offset ranges, so a UI can render highlights
 * as ordinary text nodes instead of building HTML strings.
 */

export interface Mark<T> {
  /** Offset where the mark starts (UTF-16 code units). */
  start: number;
  /** Offset where the mark ends, exclusive. */
  end: number;
  data: T;
}

export interface Segment<T> {
  text: string;
  /** The mark covering this segment, or null for plain text. */
  mark: Mark<T> | null;
}

/**
 * Segments covering the whole text in order. Marks are clamped to the text; empty marks and marks
 * overlapping an earlier-starting (or, at the same start, longer) mark are dropped, because data
 * from outside should never be able to break the rendering.
 */
export function segmentText<T>(text: string, marks: readonly Mark<T>[]): Segment<T>[] {
  const clamp = (n: number): number => Math.min(Math.max(Math.trunc(n) || 0, 0), text.length);
  const sorted = marks
    .map((m) => ({ ...m, start: clamp(m.start), end: clamp(m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: Segment<T>[] = [];
  let pos = 0;
  for (const mark of sorted) {
    if (mark.start < pos) continue; // overlaps the previous mark
    if (mark.start > pos) segments.push({ text: text.slice(pos, mark.start), mark: null });
    segments.push({ text: text.slice(mark.start, mark.end), mark });
    pos = mark.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), mark: null });
  return segments;
}
