/** Human wording for dataset values, shared by every view. */
import { shortenText } from '../lib/shorten.ts';
import type { ActorKind, EventClass, EventRecord, EventType } from './dataset.ts';
import { dayInterval } from './dates.ts';
import { describeInterval } from './edtf.ts';

/** Group headings for actor kinds. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organisations',
  group: 'Groups',
  place: 'Places',
  product: 'Products',
  agreement: 'Agreements',
  law: 'Laws and resolutions',
  operation: 'Operations',
  index: 'Market indices',
  currency: 'Currencies',
  commodity: 'Commodities',
  event: 'Named events',
  facility: 'Facilities',
};

/** One actor's kind, as its page names it. */
export const ACTOR_KIND_NAMES: Record<ActorKind, string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organisation',
  group: 'Group',
  place: 'Place',
  product: 'Product',
  agreement: 'Agreement',
  law: 'Law or resolution',
  operation: 'Operation',
  index: 'Market index',
  currency: 'Currency',
  commodity: 'Commodity',
  event: 'Named event',
  facility: 'Facility',
};

/** PLOVER's category names, as people read them. */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  agree: 'Agree',
  consult: 'Consult',
  support: 'Support',
  concede: 'Concede',
  cooperate: 'Cooperate',
  aid: 'Aid',
  retreat: 'Retreat',
  request: 'Request',
  accuse: 'Accuse',
  reject: 'Reject',
  threaten: 'Threaten',
  protest: 'Protest',
  sanction: 'Sanction',
  mobilize: 'Mobilize',
  coerce: 'Coerce',
  assault: 'Assault',
  statement: 'Statement',
  other: 'Other',
};

/** The quad classes (colours on the timeline). */
export const EVENT_CLASS_LABELS: Record<EventClass, string> = {
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
  neutral: 'Statements and other',
};

/** The event's date written at its precision ("February 2008", "21 September 2022"). */
export function eventDateText(event: Pick<EventRecord, 'start' | 'end' | 'precision'>): string {
  return describeInterval({ start: event.start, end: event.end, precision: event.precision });
}

/** A single calendar day written out ("17 February 2008"). */
export function dayText(day: string): string {
  return describeInterval(dayInterval(day));
}

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A day in short form ("4 Jan 2010"), from ms (UTC). */
export function shortDayText(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The days a window covers ("12 Mar 2008 – 4 Jan 2010"); its end is exclusive. */
export function windowText(win: { startMs: number; endMs: number }): string {
  const first = shortDayText(win.startMs);
  const last = shortDayText(Math.max(win.startMs, win.endMs - 1));
  return first === last ? first : `${first} – ${last}`;
}

/**
 * The title to show: the event's own, or when a dataset has none, the start of its first source
 * sentence, or failing that its type and date. Never empty, so every button has a name.
 */
export function eventTitle(
  event: Pick<EventRecord, 'title' | 'sources' | 'type' | 'start' | 'end' | 'precision'>,
): string {
  const own = event.title.trim();
  if (own) return own;
  const sentence = event.sources[0]?.sentence.trim() ?? '';
  if (sentence) return shortenText(sentence, 80);
  return `${EVENT_TYPE_LABELS[event.type]}, ${eventDateText(event)}`;
}

/** Roles that say what an affiliation is, as an actor's page introduces it; any other is "Part of … (role)". */
const AFFILIATION_HEADINGS: Record<string, string> = {
  maker: 'Made by',
  issuer: 'Issued by',
  party: 'Parties',
};

export interface AffiliationGroup {
  heading: string;
  /** Whether each entry's role is shown beside it ("Part of Kosovo (president)"). */
  showRole: boolean;
  affiliations: { actor: string; role: string | null }[];
}

/** An actor's affiliations under their headings ("Parties", "Made by", "Part of"), in the order first met. */
export function affiliationGroups(
  affiliations: readonly { actor: string; role: string | null }[],
): AffiliationGroup[] {
  const groups = new Map<string, AffiliationGroup>();
  for (const a of affiliations) {
    const named =
      a.role !== null && Object.hasOwn(AFFILIATION_HEADINGS, a.role)
        ? AFFILIATION_HEADINGS[a.role]!
        : null;
    const heading = named ?? 'Part of';
    const group = groups.get(heading) ?? { heading, showRole: named === null, affiliations: [] };
    group.affiliations.push(a);
    groups.set(heading, group);
  }
  return [...groups.values()];
}
