/**
 * Which events a view shows: the filter criteria and the pure functions that apply them. Shared by
 * the list of events and the canvas timeline; the store only memoises these. The time window is
 * not a filter: it is where the view looks (see window.ts).
 */
import { foldText, includesAllWords, queryWords } from '../lib/text.ts';
import { SELF_ONLY, type CreditsOf } from './affiliations.ts';
import { EVENT_TYPES, type EventRecord, type EventType } from './dataset.ts';
import { dayToMs, MS_PER_DAY } from './dates.ts';
import { isKeyEvent } from './importance.ts';

/** How several selected actors combine: an event must involve any one of them, or all of them. */
export type ActorMatch = 'any' | 'all';

export interface EventFilters {
  /** Actor ids; empty means no actor filter. */
  actors: string[];
  match: ActorMatch;
  /**
   * Also match the actors affiliated with a selected one (a country's officials and institutions,
   * an organisation's missions): an event counts for an actor and for everything it belongs to.
   */
  affiliated: boolean;
  /** Event types; empty means every type. */
  types: EventType[];
  /** Free text as typed; matched word by word, ignoring case and diacritics. */
  query: string;
  /**
   * Leave out events dated only by their article's publication date (dateBasis `publication`):
   * the text itself gives no date for them, so where they sit is the least certain.
   */
  hidePublicationDated: boolean;
  /** Only key events (model/importance.ts): the few a story's timeline cannot leave out. */
  keyOnly: boolean;
  /**
   * The state of knowledge on this day (YYYY-MM-DD), or null for today's: only events some
   * article had reported by then (published on or before it); see MatchContext.firstPublished.
   */
  asOf: string | null;
}

export const NO_FILTERS: EventFilters = {
  actors: [],
  match: 'any',
  affiliated: false,
  types: [],
  query: '',
  hidePublicationDated: false,
  keyOnly: false,
  asOf: null,
};

/** True when any criterion narrows the events (`match` and `affiliated` alone do not). */
export function hasFilters(f: EventFilters): boolean {
  return (
    f.actors.length > 0 ||
    f.types.length > 0 ||
    f.query.trim() !== '' ||
    f.hidePublicationDated ||
    f.keyOnly ||
    f.asOf !== null
  );
}

/** Whether the date-basis criterion lets an event through. */
export function datedOk(f: EventFilters, event: Pick<EventRecord, 'dateBasis'>): boolean {
  return !f.hidePublicationDated || event.dateBasis !== 'publication';
}

/** Whether the two switches (date basis, key events only) let an event through. */
export function switchesOk(f: EventFilters, event: EventRecord): boolean {
  return datedOk(f, event) && (!f.keyOnly || isKeyEvent(event));
}

/** Whether the event had been reported by the `asOf` day (always, without one). */
export function knownOk(f: EventFilters, event: EventRecord, context: MatchContext): boolean {
  return f.asOf === null || !context.firstPublished || context.firstPublished(event) <= f.asOf;
}

/** EventColumns.hidden bits: what each switch leaves out. */
const PUBLICATION_DATED = 1;
const NOT_KEY = 2;

/** The EventColumns.hidden bits the switches of `f` leave out (0: none). */
function hiddenMask(f: EventFilters): number {
  return (f.hidePublicationDated ? PUBLICATION_DATED : 0) | (f.keyOnly ? NOT_KEY : 0);
}

/** The folded text a query is matched against: title and every source sentence. */
export function eventSearchText(event: EventRecord): string {
  return foldText([event.title, ...event.sources.map((s) => s.sentence)].join('\n'));
}

/** Looks up (and may cache) an event's search text; see eventSearchText. */
export type SearchTextOf = (event: EventRecord) => string;

/** How matching looks things up; the store passes cached versions. */
export interface MatchContext {
  searchTextOf?: SearchTextOf;
  /**
   * The day the event was first reported: the publication day of its first source's article
   * (sources are sorted by publication). Used by `asOf`; without it every event counts as known.
   */
  firstPublished?: (event: EventRecord) => string;
  /** Used when `affiliated` is on; without it every actor counts only as itself. */
  creditsOf?: CreditsOf;
}

/** The actor ids an event counts for: its actors, plus with `affiliated` what they belong to. */
export function creditedActors(
  event: EventRecord,
  f: EventFilters,
  creditsOf: CreditsOf = SELF_ONLY,
): readonly string[] {
  if (!f.affiliated) return event.actors;
  const ids = new Set<string>();
  for (const id of event.actors) for (const credited of creditsOf(id)) ids.add(credited);
  return [...ids];
}

/**
 * A predicate for the filters. `ignore` leaves one criterion out, which is how facet counts are
 * computed ("how many events would this actor add, given everything else").
 */
export function eventMatcher(
  f: EventFilters,
  context: MatchContext = {},
  ignore?: 'actors' | 'types',
): (event: EventRecord) => boolean {
  const { searchTextOf = eventSearchText, creditsOf } = context;
  const words = queryWords(f.query);
  const actors = ignore === 'actors' ? [] : f.actors;
  const types = ignore === 'types' ? [] : f.types;
  return (e) => {
    if (!switchesOk(f, e) || !knownOk(f, e, context)) return false;
    if (types.length > 0 && !types.includes(e.type)) return false;
    if (actors.length > 0) {
      const credited = creditedActors(e, f, creditsOf);
      const involved = (id: string): boolean => credited.includes(id);
      if (f.match === 'all' ? !actors.every(involved) : !actors.some(involved)) return false;
    }
    return words.length === 0 || includesAllWords(searchTextOf(e), words);
  };
}

export function filterEvents(
  events: readonly EventRecord[],
  f: EventFilters,
  context?: MatchContext,
): EventRecord[] {
  return events.filter(eventMatcher(f, context));
}

/**
 * Per actor, how many events it appears in under the current filters. With `any`, selecting one
 * more actor widens the view, so the actor selection is ignored and each count says what ticking
 * that actor contributes; with `all`, selecting narrows, so counts respect the selection.
 */
export function countByActor(
  events: readonly EventRecord[],
  f: EventFilters,
  context: MatchContext = {},
): Map<string, number> {
  const matches = eventMatcher(f, context, f.match === 'any' ? 'actors' : undefined);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!matches(e)) continue;
    for (const id of creditedActors(e, f, context.creditsOf)) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** Per event type, how many events match every other filter (types combine with "any"). */
export function countByType(
  events: readonly EventRecord[],
  f: EventFilters,
  context?: MatchContext,
): Map<EventType, number> {
  const matches = eventMatcher(f, context, 'types');
  const counts = new Map<EventType, number>();
  for (const e of events) if (matches(e)) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}

export interface FilterResult {
  /** The matching events, in the order given (filterEvents). */
  events: EventRecord[];
  /** Their indexes in the events given (only from filterAndCountColumns). */
  indices?: Uint32Array;
  /** As countByActor. */
  actorCounts: Map<string, number>;
  /** As countByType. */
  typeCounts: Map<EventType, number>;
}

/**
 * filterEvents, countByActor and countByType in one pass over the events, each criterion checked
 * once per event; `textMatches` (TextIndex.matching, aligned with `events`) replaces the search.
 * The same results as the three functions (filter.test.ts checks they agree).
 */
export function filterAndCount(
  events: readonly EventRecord[],
  f: EventFilters,
  context: MatchContext = {},
  textMatches?: Uint8Array,
): FilterResult {
  const { searchTextOf = eventSearchText, creditsOf } = context;
  const words = queryWords(f.query);
  const types = f.types.length > 0 ? new Set(f.types) : null;
  const out: EventRecord[] = [];
  const actorCounts = new Map<string, number>();
  const typeCounts = new Map<EventType, number>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (!switchesOk(f, e) || !knownOk(f, e, context)) continue;
    const textOk =
      words.length === 0 ||
      (textMatches ? textMatches[i] === 1 : includesAllWords(searchTextOf(e), words));
    if (!textOk) continue;
    const typeOk = types === null || types.has(e.type);
    const credited = f.affiliated ? creditedActors(e, f, creditsOf) : e.actors;
    let actorOk = true;
    if (f.actors.length > 0) {
      const involved = (id: string): boolean => credited.includes(id);
      actorOk = f.match === 'all' ? f.actors.every(involved) : f.actors.some(involved);
    }
    if (actorOk) typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
    // With `any`, the actor selection is ignored for the actor counts (see countByActor).
    if (typeOk && (f.match === 'any' || actorOk)) {
      for (const id of credited) actorCounts.set(id, (actorCounts.get(id) ?? 0) + 1);
    }
    if (typeOk && actorOk) out.push(e);
  }
  return { events: out, actorCounts, typeCounts };
}

/**
 * The events' actors and types as flat integer arrays (made once per set of events), so that
 * filtering and counting a hundred thousand events is arithmetic on typed arrays rather than
 * string lookups: actor ids become indexes, event i's actors are actors[offsets[i] … offsets[i+1]).
 */
/**
 * Actor ids numbered in the order first seen. Columns made with the same numbering (the chunks of
 * one build) join by copying, with no renumbering of their actors.
 */
export class ActorNumbering {
  readonly ids: string[] = [];
  readonly index = new Map<string, number>();

  /** The number of an actor id (a new one for an id not seen before). */
  indexOf(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.index.set(id, i);
    }
    return i;
  }
}

export class EventColumns {
  readonly actorIds: string[];
  readonly actorIndex: Map<string, number>;
  readonly offsets: Uint32Array;
  readonly actors: Uint32Array;
  readonly types: Uint8Array;
  /** Per event, the switches that leave it out (bits: dated only by publication, not a key event). */
  readonly hidden: Uint8Array;
  /** Each event's window (window.ts eventWindow): from its first day to the end of its last. */
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;

  /**
   * The columns of `events`; or, with `size`, empty columns of that size to be filled (concat).
   * Actors are numbered by `numbering` (shared, for columns that will be joined), else afresh.
   */
  constructor(
    events: readonly EventRecord[],
    size?: { events: number; links: number },
    readonly numbering = new ActorNumbering(),
  ) {
    this.actorIds = numbering.ids;
    this.actorIndex = numbering.index;
    let total = 0;
    for (const e of events) total += e.actors.length;
    const n = size?.events ?? events.length;
    this.offsets = new Uint32Array(n + 1);
    this.actors = new Uint32Array(size?.links ?? total);
    this.types = new Uint8Array(n);
    this.hidden = new Uint8Array(n);
    this.startMs = new Float64Array(n);
    this.endMs = new Float64Array(n);
    const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
    let k = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      this.offsets[i] = k;
      this.types[i] = typeIndex.get(e.type) ?? 0;
      this.hidden[i] =
        (e.dateBasis === 'publication' ? PUBLICATION_DATED : 0) | (isKeyEvent(e) ? 0 : NOT_KEY);
      this.startMs[i] = dayToMs(e.start);
      this.endMs[i] = dayToMs(e.end) + MS_PER_DAY;
      for (const id of e.actors) this.actors[k++] = this.indexOf(id);
    }
    this.offsets[events.length] = k;
  }

  /**
   * The columns of several sets of events one after the other, from each set's columns: what
   * `new EventColumns(parts.flat())` makes, in a copy of typed arrays and a remap of actor indexes
   * rather than a pass over every event's strings (the chunk loader's commit: chunks just arrived
   * are the only ones read, tests/filter.test.ts checks the two agree).
   */
  static concat(parts: readonly EventColumns[]): EventColumns {
    let events = 0;
    let links = 0;
    for (const p of parts) {
      events += p.types.length;
      links += p.actors.length;
    }
    // Parts numbered alike (a build's chunks) are copied as they are; others are renumbered.
    const shared = parts.length > 0 && parts.every((p) => p.numbering === parts[0]!.numbering);
    const out = new EventColumns([], { events, links }, shared ? parts[0]!.numbering : undefined);
    let i = 0;
    let k = 0;
    for (const p of parts) {
      const n = p.types.length;
      for (let j = 0; j < n; j++) out.offsets[i + j] = p.offsets[j]! + k;
      if (shared) out.actors.set(p.actors, k);
      else {
        const remap = Uint32Array.from(p.actorIds, (id) => out.indexOf(id));
        for (let j = 0; j < p.actors.length; j++) out.actors[k + j] = remap[p.actors[j]!]!;
      }
      out.types.set(p.types, i);
      out.hidden.set(p.hidden, i);
      out.startMs.set(p.startMs, i);
      out.endMs.set(p.endMs, i);
      i += n;
      k += p.actors.length;
    }
    out.offsets[events] = k;
    return out;
  }

  /** The index of an actor id (a new one for an id not seen before). */
  indexOf(id: string): number {
    return this.numbering.indexOf(id);
  }
}

/**
 * filterAndCount on EventColumns (aligned with `events`): the same results, an order of magnitude
 * faster on large datasets. `textMatches` as for filterAndCount.
 */
export function filterAndCountColumns(
  events: readonly EventRecord[],
  columns: EventColumns,
  f: EventFilters,
  context: MatchContext = {},
  textMatches?: Uint8Array,
): FilterResult {
  const { searchTextOf = eventSearchText, creditsOf = SELF_ONLY } = context;
  const words = queryWords(f.query);
  const typeKeep = new Uint8Array(EVENT_TYPES.length).fill(f.types.length > 0 ? 0 : 1);
  for (const t of f.types) typeKeep[EVENT_TYPES.indexOf(t)] = 1;
  // Credited actors per actor index: itself, or with `affiliated` everything it belongs to.
  const credits: (Uint32Array | null)[] = [];
  const creditsOfIndex = (a: number): Uint32Array => {
    let c = credits[a];
    if (!c)
      credits[a] = c = Uint32Array.from(creditsOf(columns.actorIds[a]!), (id) =>
        columns.indexOf(id),
      );
    return c;
  };
  const selected = f.actors.map((id) => columns.indexOf(id));
  const wanted = new Uint8Array(columns.actorIds.length);
  for (const a of selected) wanted[a] = 1;
  const need = new Set(selected).size;
  const counts = new Uint32Array(columns.actorIds.length + 64);
  const typeTotals = new Uint32Array(EVENT_TYPES.length);
  // Per event: the credited actors without repeats (a stamp per actor says "seen in event i").
  const stamp = new Int32Array(columns.actorIds.length + 64).fill(-1);
  const credited: number[] = [];
  const out: EventRecord[] = [];
  const indices = new Uint32Array(events.length);
  const { offsets, actors, types } = columns;
  let bigCounts = counts;
  let bigStamp = stamp;
  const anyMatch = f.match === 'any';
  const hasWords = words.length > 0;
  const { hidden } = columns;
  const mask = hiddenMask(f);
  for (let i = 0; i < events.length; i++) {
    if ((hidden[i]! & mask) !== 0) continue;
    if (f.asOf !== null && !knownOk(f, events[i]!, context)) continue;
    if (
      hasWords &&
      !(textMatches ? textMatches[i] === 1 : includesAllWords(searchTextOf(events[i]!), words))
    )
      continue;
    let n = 0;
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    if (!f.affiliated) {
      for (let k = from; k < to; k++) {
        const a = actors[k]!;
        if (bigStamp[a] !== i) credited[n++] = a;
        bigStamp[a] = i;
      }
    } else {
      for (let k = from; k < to; k++) {
        const c = creditsOfIndex(actors[k]!);
        if (columns.actorIds.length > bigStamp.length) {
          // Affiliations may name actors no event has: grow the scratch arrays.
          const grown = new Int32Array(columns.actorIds.length * 2).fill(-1);
          grown.set(bigStamp);
          bigStamp = grown;
          const more = new Uint32Array(columns.actorIds.length * 2);
          more.set(bigCounts);
          bigCounts = more;
        }
        for (let j = 0; j < c.length; j++) {
          const b = c[j]!;
          if (bigStamp[b] !== i) credited[n++] = b;
          bigStamp[b] = i;
        }
      }
    }
    let actorOk = true;
    if (selected.length > 0) {
      let hits = 0;
      for (let j = 0; j < n; j++) {
        const a = credited[j]!;
        if (a < wanted.length && wanted[a] === 1) hits++;
      }
      actorOk = anyMatch ? hits > 0 : hits >= need;
    }
    const type = types[i]!;
    if (actorOk) typeTotals[type]!++;
    const typeOk = typeKeep[type] === 1;
    if (typeOk && (anyMatch || actorOk)) for (let j = 0; j < n; j++) bigCounts[credited[j]!]!++;
    if (typeOk && actorOk) {
      indices[out.length] = i;
      out.push(events[i]!);
    }
  }
  const actorCounts = new Map<string, number>();
  for (let a = 0; a < columns.actorIds.length; a++)
    if (bigCounts[a]! > 0) actorCounts.set(columns.actorIds[a]!, bigCounts[a]!);
  const typeCounts = new Map<EventType, number>();
  EVENT_TYPES.forEach((t, k) => typeTotals[k]! > 0 && typeCounts.set(t, typeTotals[k]!));
  return { events: out, indices: indices.slice(0, out.length), actorCounts, typeCounts };
}

/**
 * filterAndCount for a dataset that is filtered again and again, with an inverted index: the
 * events of each actor (made once). A change of the actor selection then costs the events of the
 * selected actors, not a pass over all events, and the actor counts (which, with `any`, do not
 * depend on the actor selection) are kept for the other criteria they were counted under.
 * Results equal filterAndCount's (filter.test.ts).
 */
/** The matching events of a run with their indexes, and the type counts. */
type Scanned = Required<Omit<FilterResult, 'actorCounts'>>;

export class FilterIndex {
  /** Events of actor a: postings[postingStart[a] … postingStart[a + 1]), ascending. */
  private readonly postingStart: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly actorCache = new Map<string, Map<string, number>>();
  private reverse: { creditsOf: CreditsOf; of: Map<number, number[]> } | null = null;

  constructor(
    private readonly events: readonly EventRecord[],
    private readonly columns: EventColumns,
  ) {
    const actorCount = columns.actorIds.length;
    const counts = new Uint32Array(actorCount + 1);
    for (let k = 0; k < columns.actors.length; k++) counts[columns.actors[k]! + 1]!++;
    for (let a = 0; a < actorCount; a++) counts[a + 1]! += counts[a]!;
    this.postingStart = counts.slice();
    this.postings = new Uint32Array(columns.actors.length);
    const fill = counts;
    for (let i = 0; i < events.length; i++) {
      for (let k = columns.offsets[i]!; k < columns.offsets[i + 1]!; k++) {
        this.postings[fill[columns.actors[k]!]!++] = i;
      }
    }
  }

  private credits: { creditsOf: CreditsOf; of: Uint32Array[] } | null = null;
  /** The result without criteria (the loaded events themselves, in order), once made. */
  private everything: Scanned | null = null;

  /**
   * The events of `candidates` (all when null) that pass `commonOk`, those of the kept types in
   * `events`/`indices`, and the type counts (every criterion but the types). `all`: every event
   * passes, so the list is the loaded events' own array.
   */
  private scan(
    candidates: Uint32Array | null,
    commonOk: (i: number) => boolean,
    typeKeep: Uint8Array,
    all: boolean,
  ): Scanned {
    const { events, columns } = this;
    const total = candidates ? candidates.length : events.length;
    const indices = new Uint32Array(total);
    const out: EventRecord[] = [];
    const typeTotals = new Uint32Array(EVENT_TYPES.length);
    for (let k = 0; k < total; k++) {
      const i = candidates ? candidates[k]! : k;
      if (!commonOk(i)) continue;
      const type = columns.types[i]!;
      typeTotals[type]!++;
      if (typeKeep[type] === 1) {
        indices[out.length] = i;
        out.push(events[i]!);
      }
    }
    const typeCounts = new Map<EventType, number>();
    EVENT_TYPES.forEach((t, k) => typeTotals[k]! > 0 && typeCounts.set(t, typeTotals[k]!));
    return {
      events: all && out.length === events.length ? (events as EventRecord[]) : out,
      indices: indices.slice(0, out.length),
      typeCounts,
    };
  }

  /** Per actor index, the indexes it counts for with affiliations (new ids get indexes first). */
  private creditIndexes(creditsOf: CreditsOf): Uint32Array[] {
    if (this.credits?.creditsOf !== creditsOf) {
      const ids = this.columns.actorIds;
      const of: Uint32Array[] = [];
      for (let a = 0; a < ids.length; a++) {
        of.push(Uint32Array.from(creditsOf(ids[a]!), (id) => this.columns.indexOf(id)));
      }
      this.credits = { creditsOf, of };
    }
    return this.credits.of;
  }

  /** Actor indexes whose events count for `a` (itself, and with affiliations its members). */
  private countingFor(a: number, affiliated: boolean, creditsOf: CreditsOf): number[] {
    if (!affiliated) return [a];
    if (!this.reverse || this.reverse.creditsOf !== creditsOf) {
      const of = new Map<number, number[]>();
      const ids = this.columns.actorIds;
      for (let b = 0; b < ids.length; b++) {
        for (const id of creditsOf(ids[b]!)) {
          const c = this.columns.indexOf(id);
          let list = of.get(c);
          if (!list) of.set(c, (list = []));
          list.push(b);
        }
      }
      this.reverse = { creditsOf, of };
    }
    return this.reverse.of.get(a) ?? [];
  }

  /** Events involving the selected actors (any or all of them), ascending; null when none selected. */
  private actorEvents(f: EventFilters, creditsOf: CreditsOf): Uint32Array | null {
    if (f.actors.length === 0) return null;
    const n = this.events.length;
    const hits = new Uint8Array(n);
    const selected = [...new Set(f.actors)];
    const seen = new Int32Array(n).fill(-1);
    selected.forEach((id, s) => {
      const a = this.columns.indexOf(id);
      for (const b of this.countingFor(a, f.affiliated, creditsOf)) {
        if (b + 1 >= this.postingStart.length) continue; // named only by affiliations: no events
        for (let k = this.postingStart[b]!; k < this.postingStart[b + 1]!; k++) {
          const i = this.postings[k]!;
          if (seen[i] === s) continue;
          seen[i] = s;
          if (hits[i]! < 255) hits[i]!++;
        }
      }
    });
    const need = f.match === 'all' ? selected.length : 1;
    let count = 0;
    for (let i = 0; i < n; i++) if (hits[i]! >= need) count++;
    const out = new Uint32Array(count);
    for (let i = 0, k = 0; i < n; i++) if (hits[i]! >= need) out[k++] = i;
    return out;
  }

  run(f: EventFilters, context: MatchContext = {}, textMatches?: Uint8Array): FilterResult {
    const { events, columns } = this;
    const { searchTextOf = eventSearchText, creditsOf = SELF_ONLY } = context;
    const words = queryWords(f.query);
    // The criteria every count respects: the switches and the text.
    const mask = hiddenMask(f);
    const commonOk = (i: number): boolean =>
      (columns.hidden[i]! & mask) === 0 &&
      (f.asOf === null || knownOk(f, events[i]!, context)) &&
      (words.length === 0 ||
        (textMatches ? textMatches[i] === 1 : includesAllWords(searchTextOf(events[i]!), words)));
    const typeKeep = new Uint8Array(EVENT_TYPES.length).fill(f.types.length > 0 ? 0 : 1);
    for (const t of f.types) typeKeep[EVENT_TYPES.indexOf(t)] = 1;

    // The matching events, and the type counts (every criterion but the types).
    const candidates = this.actorEvents(f, creditsOf);
    // No criterion at all (an actor unticked, a search cleared): every event, scanned once.
    const unfiltered = !candidates && mask === 0 && f.asOf === null && words.length === 0 && f.types.length === 0;
    const { events: out, indices: matching, typeCounts } = unfiltered
      ? (this.everything ??= this.scan(null, commonOk, typeKeep, true))
      : this.scan(candidates, commonOk, typeKeep, false);

    // The actor counts: with `any` over the events passing text and types (whatever actors are
    // selected, so kept per those criteria); with `all` over the matching events.
    let actorCounts: Map<string, number>;
    const key = `${f.affiliated ? 1 : 0}${mask}\u0000${f.asOf}\u0000${[...f.types].sort().join(',')}\u0000${words.join(' ')}`;
    const cached = f.match === 'any' ? this.actorCache.get(key) : undefined;
    if (cached) actorCounts = cached;
    else {
      // With affiliations, each actor counts for what it belongs to (ids no event names included).
      const credits = f.affiliated ? this.creditIndexes(creditsOf) : null;
      const counts = new Uint32Array(columns.actorIds.length);
      const stamp = new Int32Array(columns.actorIds.length).fill(-1);
      const count = (i: number): void => {
        for (let k = columns.offsets[i]!; k < columns.offsets[i + 1]!; k++) {
          const a = columns.actors[k]!;
          if (!credits) {
            if (stamp[a] !== i) counts[a]!++;
            stamp[a] = i;
            continue;
          }
          const c = credits[a]!;
          for (let j = 0; j < c.length; j++) {
            const b = c[j]!;
            if (stamp[b] !== i) counts[b]!++;
            stamp[b] = i;
          }
        }
      };
      if (f.match === 'any') {
        for (let i = 0; i < events.length; i++)
          if (typeKeep[columns.types[i]!] === 1 && commonOk(i)) count(i);
      } else for (let k = 0; k < matching.length; k++) count(matching[k]!);
      actorCounts = new Map<string, number>();
      for (let a = 0; a < counts.length; a++)
        if (counts[a]! > 0) actorCounts.set(columns.actorIds[a]!, counts[a]!);
      if (f.match === 'any') {
        if (this.actorCache.size > 8) this.actorCache.clear();
        this.actorCache.set(key, actorCounts);
      }
    }
    return { events: out, indices: matching, actorCounts, typeCounts };
  }
}
