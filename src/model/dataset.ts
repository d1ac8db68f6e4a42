/**
 * The Dateline dataset: what `dateline build` writes and the app reads.
 *
 * This module is the single definition of the format. Every field is commented; a change that
 * alters the meaning of a field or removes one bumps DATASET_VERSION. Adding an optional field
 * does not. The runtime validator lives in `./validate.ts` and mirrors these types.
 *
 * Conventions:
 * - Calendar days are ISO strings `YYYY-MM-DD` (proleptic Gregorian, UTC, no time zone).
 * - Offsets are UTF-16 code-unit offsets (JavaScript string indices), end exclusive.
 * - Arrays are sorted deterministically so that two builds of the same input are byte-identical.
 *
 * Large builds are also (and above DATASET_JSON_MAX_EVENTS events, only) written as time-partitioned
 * chunks of these same records with a manifest and an overview index: see `./manifest.ts`.
 */

/** Version of the format below. The app refuses a dataset whose major version it does not know. */
export const DATASET_VERSION = 1;

/** How precisely an event's date is known; the interval [start, end] covers the whole unit. */
export const PRECISIONS = [
  'day',
  'week',
  'month',
  'season',
  'quarter',
  'year',
  'decade',
  'century',
] as const;
export type Precision = (typeof PRECISIONS)[number];

/** What kind of thing an actor is. `place` is a location that is not acting as a government. */
export const ACTOR_KINDS = ['person', 'country', 'organization', 'group', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The event taxonomy; see docs/EVENTS.md for what each type covers and how it is chosen. */
export const EVENT_TYPES = [
  'statement',
  'meeting',
  'agreement',
  'election',
  'military',
  'violence',
  'protest',
  'legal',
  'diplomacy',
  'economy',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One input article (a file, or one record of a JSON / JSON Lines file). */
export interface ArticleRecord {
  /** Stable id: hash of the normalised body text, so renaming a file does not change it. */
  id: string;
  /** Where it came from: path relative to the input folder, plus `#n` for the n-th record (1-based) of a multi-record file. */
  path: string;
  /** Headline. */
  title: string;
  /** Publication day (YYYY-MM-DD), the anchor for relative dates. */
  published: string;
  /** Outlet or news agency, from metadata or the body's dateline; null when unknown. */
  outlet: string | null;
  /** Place from the dateline ("BELGRADE"), title-cased; null when absent. */
  place: string | null;
  /** Link to the original, only http(s) URLs are kept; null when absent. */
  url: string | null;
}

/** A named participant: person, country, organisation, group. */
export interface ActorRecord {
  /** Stable id derived from the canonical name and kind (`country:serbia`, `person:albin-kurti`). */
  id: string;
  /** Canonical display name. */
  name: string;
  /** Kind of actor. */
  kind: ActorKind;
  /** Other names seen or curated for this actor (sorted, without the canonical name). */
  aliases: string[];
  /** Actors this one belongs to (a minister to a country, a mission to an organisation). */
  affiliations: { actor: string; role: string | null }[];
  /** Number of events that involve this actor directly. */
  eventCount: number;
}

/** A span of text inside a source sentence, pointing at what it mentions. */
export interface SourceSpan {
  /** Offset in the sentence where the mention starts. */
  start: number;
  /** Offset in the sentence where the mention ends (exclusive). */
  end: number;
  /** For actor mentions, the actor id; for the date expression, null. */
  actor: string | null;
}

/** Where an event was reported: one sentence of one article. */
export interface SourceRecord {
  /** Id of the article (see ArticleRecord.id). */
  article: string;
  /** The sentence text exactly as in the article body. */
  sentence: string;
  /** Offset of the sentence in the article body. */
  start: number;
  /** End offset of the sentence in the article body (exclusive). */
  end: number;
  /** The temporal expression that dates the event, relative to the sentence; null if none. */
  timex: { start: number; end: number; text: string; value: string } | null;
  /** Actor mentions inside the sentence, sorted by start. */
  mentions: SourceSpan[];
}

/** Something that happened (or is scheduled) at a date. */
export interface EventRecord {
  /** Stable id (see docs/IDS.md): never changes when unrelated articles are added or removed. */
  id: string;
  /** The date as EDTF / ISO 8601-2 (`2008-02-17`, `2008-02`, `2022-22`, `2021-06-11/2021-06-13`). */
  date: string;
  /** First day the event may fall on (YYYY-MM-DD). */
  start: string;
  /** Last day the event may fall on, inclusive (YYYY-MM-DD). */
  end: string;
  /** Precision of the date. */
  precision: Precision;
  /** Short readable title (not the whole sentence). */
  title: string;
  /** Event type from EVENT_TYPES. */
  type: EventType;
  /** Ids of the actors involved, sorted. */
  actors: string[];
  /** True when the date lies after the publication date of every source (scheduled, expected). */
  future: boolean;
  /** Sentences that report this event; at least one, sorted by article publication then path. */
  sources: SourceRecord[];
}

/** The whole dataset, written as `dataset.json`. */
export interface Dataset {
  /** Format version, equal to DATASET_VERSION for this code. */
  version: typeof DATASET_VERSION;
  /** Name and version of the tool that wrote it (no timestamp: builds are reproducible). */
  generator: string;
  /** Articles the events come from, sorted by id. */
  articles: ArticleRecord[];
  /** Actors referenced by events, sorted by id. */
  actors: ActorRecord[];
  /** Events sorted by start, end, then id. */
  events: EventRecord[];
  /** Former event ids that now resolve to another event (after a merge), old id → current id. */
  redirects: Record<string, string>;
}
