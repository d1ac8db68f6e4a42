/**
 * Derived data, memoised on the identity of its inputs. Each selector returns the same object
 * until the dataset or the relevant state changes, so it can be used directly with useDateline.
 */
import { memoizeLast } from '../lib/memoize-last.ts';
import type {
  ActorRecord,
  ArticleRecord,
  Dataset,
  EventRecord,
  EventType,
} from '../model/dataset.ts';
import {
  countByActor,
  countByType,
  eventSearchText,
  filterEvents,
  type SearchTextOf,
} from '../model/filter.ts';
import { indexById, resolveEventId } from '../model/lookup.ts';
import type { DatelineState } from './store.ts';

const NO_EVENTS: EventRecord[] = [];
const NO_INDEX = new Map<string, never>();
const NO_COUNTS = new Map<never, number>();

function datasetOf(state: DatelineState): Dataset | null {
  return state.load.status === 'ready' ? state.load.dataset : null;
}

const actorIndex = memoizeLast((actors: ActorRecord[]) => indexById(actors));
const articleIndex = memoizeLast((articles: ArticleRecord[]) => indexById(articles));
const eventIndex = memoizeLast((events: EventRecord[]) => indexById(events));

export function selectActorsById(state: DatelineState): ReadonlyMap<string, ActorRecord> {
  const d = datasetOf(state);
  return d ? actorIndex(d.actors) : NO_INDEX;
}

export function selectArticlesById(state: DatelineState): ReadonlyMap<string, ArticleRecord> {
  const d = datasetOf(state);
  return d ? articleIndex(d.articles) : NO_INDEX;
}

/** Folding every sentence on each keystroke adds up, so search text is cached per dataset. */
const searchTexts = memoizeLast((_events: EventRecord[]): SearchTextOf => {
  const cache = new WeakMap<EventRecord, string>();
  return (e) => {
    let text = cache.get(e);
    if (text === undefined) cache.set(e, (text = eventSearchText(e)));
    return text;
  };
});

const filtered = memoizeLast((events: EventRecord[], filters: DatelineState['filters']) =>
  filterEvents(events, filters, searchTexts(events)),
);

/** The events the current filters let through, in dataset order (by start date). */
export function selectFilteredEvents(state: DatelineState): EventRecord[] {
  const d = datasetOf(state);
  return d ? filtered(d.events, state.filters) : NO_EVENTS;
}

const actorCounts = memoizeLast((events: EventRecord[], filters: DatelineState['filters']) =>
  countByActor(events, filters, searchTexts(events)),
);

/** Events per actor id within the current filters (see countByActor for the `any` rule). */
export function selectActorCounts(state: DatelineState): ReadonlyMap<string, number> {
  const d = datasetOf(state);
  return d ? actorCounts(d.events, state.filters) : NO_COUNTS;
}

const typeCounts = memoizeLast((events: EventRecord[], filters: DatelineState['filters']) =>
  countByType(events, filters, searchTexts(events)),
);

export function selectTypeCounts(state: DatelineState): ReadonlyMap<EventType, number> {
  const d = datasetOf(state);
  return d ? typeCounts(d.events, state.filters) : NO_COUNTS;
}

/** What the selected id amounts to once the dataset is known. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'event'; event: EventRecord }
  /** The id is not in the dataset (nor redirected); the view says so. */
  | { kind: 'missing'; id: string };

const NONE: Selection = { kind: 'none' };

const selection = memoizeLast((id: string | null, dataset: Dataset | null): Selection => {
  if (id === null || dataset === null) return NONE;
  const event = resolveEventId(id, eventIndex(dataset.events), dataset.redirects);
  return event ? { kind: 'event', event } : { kind: 'missing', id };
});

export function selectSelection(state: DatelineState): Selection {
  return selection(state.selectedEventId, datasetOf(state));
}
