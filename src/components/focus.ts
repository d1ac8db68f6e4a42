/** Moving keyboard focus between the list, the details and the timeline (after React commits). */

export const DETAILS_TITLE_ID = 'details-title';
/** The heading of an actor's page, where focus goes when the page opens. */
export const ACTOR_PAGE_TITLE_ID = 'actor-page-title';

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

/** Where the details were entered from by keyboard, so closing them returns there. */
let detailsOpener: HTMLElement | null = null;

/** Move into the details' title, remembering the element focus leaves (the timeline, say). */
export function focusDetailsFrom(opener: HTMLElement | null): void {
  detailsOpener = opener;
  focusSoon(DETAILS_TITLE_ID);
}

/** The element the details were entered from, if it is still on the page; forgotten once read. */
export function takeDetailsOpener(): HTMLElement | null {
  const opener = detailsOpener;
  detailsOpener = null;
  return opener?.isConnected ? opener : null;
}
