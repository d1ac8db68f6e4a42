/** Moving keyboard focus between the list, the details and the timeline (after React commits). */

export const DETAILS_TITLE_ID = 'details-title';

/** Focus an element by id once the pending render has reached the page. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus({ preventScroll: false }));
}

/** Whether the details show as a sheet over the page (narrow screens). */
export function isNarrow(): boolean {
  return window.matchMedia('(max-width: 47.99rem)').matches;
}

/** The id of the list button for an event, so focus can come back to it. */
export function eventButtonId(eventId: string): string {
  return `event-${eventId}`;
}
