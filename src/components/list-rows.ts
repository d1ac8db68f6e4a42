/**
 * Which rows of a long list are on the page. The list of events in view can hold a hundred
 * thousand rows; only those near the screen are made (the rest would cost the page hundreds of
 * milliseconds of layout at every filter), plus the rows a person is using: the focused one, whose
 * button must not vanish under the keyboard, and the selected one, to which closing the details
 * returns focus.
 */

/** The rows to render: `near` (ascending) with the pinned ones added, in list order. */
export function rowsWithPinned(near: readonly number[], pinned: readonly number[]): number[] {
  const extra = pinned.filter((i) => i >= 0 && !near.includes(i));
  if (extra.length === 0) return near as number[];
  return [...near, ...new Set(extra)].sort((a, b) => a - b);
}

/** Index of the event with this id in the list, or -1 (none, or no id). */
export function indexOfId(events: readonly { id: string }[], id: string | null): number {
  return id === null ? -1 : events.findIndex((e) => e.id === id);
}
