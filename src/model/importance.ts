/**
 * How much an event matters on a timeline, 0–100: what the app shows first when not every event
 * fits (timeline/layout.ts) and what "key events only" keeps. Made of three things a reader can
 * check in the details panel, in this order of weight:
 *
 * - independent reports: how many different articles report it (one article saying it twice
 *   counts once); 1 → 0, 2 → 1/3, 4 → 2/3, 8 or more → 1 (log scale: the first confirmations
 *   matter most);
 * - who took part: named actors, 0 → 0 up to 3 or more → 1;
 * - what happened: by PLOVER quad class, force and material steps above words, and words above
 *   plain statements; an agreement counts as a material step (a treaty, a deal, a ceasefire signed).
 *
 * The pipeline stores it per event (EventRecord.importance); the app computes it for a dataset
 * written before it was stored. Pure and cheap: no dataset-wide ranking, so an incremental build
 * recomputes only the events it touches.
 */
import { EVENT_TYPE_CLASS, type EventClass, type EventRecord, type EventType } from './dataset.ts';

/** An event at or above this importance is a key event. */
export const KEY_IMPORTANCE = 50;

const REPORTS_WEIGHT = 0.45;
const ACTORS_WEIGHT = 0.25;
const TYPE_WEIGHT = 0.3;

const CLASS_WEIGHT: Readonly<Record<EventClass, number>> = {
  'material-conflict': 1,
  'material-cooperation': 0.8,
  'verbal-conflict': 0.6,
  'verbal-cooperation': 0.5,
  neutral: 0.2,
};

function typeWeight(type: EventType): number {
  return type === 'agree'
    ? CLASS_WEIGHT['material-cooperation']
    : CLASS_WEIGHT[EVENT_TYPE_CLASS[type]];
}

/** Different articles among the sources (a few compared pairwise: no set per event of a million). */
export function independentReports(event: Pick<EventRecord, 'sources'>): number {
  const sources = event.sources;
  if (sources.length <= 1) return sources.length;
  if (sources.length > 8) return new Set(sources.map((s) => s.article)).size;
  let n = 0;
  for (let i = 0; i < sources.length; i++) {
    let earlier = false;
    for (let j = 0; j < i && !earlier; j++) earlier = sources[j]!.article === sources[i]!.article;
    if (!earlier) n++;
  }
  return n;
}

export function importanceOf(event: Pick<EventRecord, 'type' | 'actors' | 'sources'>): number {
  const reports = Math.min(1, Math.log2(Math.max(1, independentReports(event))) / 3);
  const actors = Math.min(event.actors.length, 3) / 3;
  return Math.round(
    100 *
      (REPORTS_WEIGHT * reports + ACTORS_WEIGHT * actors + TYPE_WEIGHT * typeWeight(event.type)),
  );
}

/** The stored importance, or for an older dataset the computed one. */
export function importance(
  event: Pick<EventRecord, 'type' | 'actors' | 'sources' | 'importance'>,
): number {
  return event.importance ?? importanceOf(event);
}

export const isKeyEvent = (
  event: Pick<EventRecord, 'type' | 'actors' | 'sources' | 'importance'>,
): boolean => importance(event) >= KEY_IMPORTANCE;
