/** Finding records in a loaded dataset by id. */
import type { Dataset, EventRecord } from './dataset.ts';

/** Index records by their `id`. */
export function indexById<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/** Redirect chains longer than this are treated as broken (and cycles end here too). */
const MAX_REDIRECTS = 8;

/**
 * The event an id names now: the event itself, or the one a former id was merged into
 * (following `dataset.redirects`, possibly over several merges). Null when nothing matches.
 */
export function resolveEventId(
  id: string,
  eventsById: ReadonlyMap<string, EventRecord>,
  redirects: Dataset['redirects'],
): EventRecord | null {
  let current = id;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const event = eventsById.get(current);
    if (event) return event;
    // Own-property check: an id such as "constructor" must not find Object.prototype members.
    if (!Object.hasOwn(redirects, current)) return null;
    const next = redirects[current];
    if (typeof next !== 'string') return null;
    current = next;
  }
  return null;
}

/**
 * The id an id names now, following `redirects` only (when the events are not all at hand: a
 * chunked build loads its redirects first). The id itself when it is not redirected.
 */
export function followRedirects(id: string, redirects: Dataset['redirects']): string {
  let current = id;
  for (let hop = 0; hop < MAX_REDIRECTS && Object.hasOwn(redirects, current); hop++) {
    const next = redirects[current];
    if (typeof next !== 'string') break;
    current = next;
  }
  return current;
}
