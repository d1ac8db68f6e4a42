/** Human wording for dataset values, shared by every view. */
import type { ActorKind, EventRecord, EventType } from './dataset.ts';
import { dayInterval } from './dates.ts';
import { describeInterval } from './edtf.ts';

/** Group headings for actor kinds. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organisations',
  group: 'Groups',
  place: 'Places',
};

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  statement: 'Statement',
  meeting: 'Meeting',
  agreement: 'Agreement',
  election: 'Election',
  military: 'Military',
  violence: 'Violence',
  protest: 'Protest',
  legal: 'Legal',
  diplomacy: 'Diplomacy',
  economy: 'Economy',
  other: 'Other',
};

/** The event's date written at its precision ("February 2008", "21 September 2022"). */
export function eventDateText(event: Pick<EventRecord, 'start' | 'end' | 'precision'>): string {
  return describeInterval({ start: event.start, end: event.end, precision: event.precision });
}

/** A single calendar day written out ("17 February 2008"). */
export function dayText(day: string): string {
  return describeInterval(dayInterval(day));
}
