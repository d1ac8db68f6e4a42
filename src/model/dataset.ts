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

/**
 * Version of the format below. The app refuses a dataset whose major version it does not know.
 * Version 2 added how each date was obtained (`dateBasis`), the event's `modality`, the trigger
 * word of each source, the evidence of a merge, the `product` actor kind, and replaced the event
 * types by PLOVER's. Version 3 added the actor kinds `agreement`, `law`, `operation` and `index`
 * (a version-2 reader would refuse them). Version 4 added the kinds `currency`, `commodity`,
 * `event` and `facility`, and the affiliation roles `issuer` and `party`. The app still reads
 * versions 1 to 3 by converting them (`./migrate.ts`): a version-2 or version-3 file is a
 * version-4 file with an older number.
 */
export const DATASET_VERSION = 4;

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

/**
 * What kind of thing an actor (an entity of events) is. `place` is a location that is not acting
 * as a government. The named things that events are about: `product` (a phone, an aircraft,
 * software; its maker as an affiliation), `agreement` (treaties, accords, deals, plans, annexes:
 * `agreement:brussels-agreement`), `law` (laws, acts, UN and other resolutions:
 * `law:un-security-council-resolution-1244`), `operation` (military and police operations:
 * `operation:operation-allied-force`), `index` (market indices: `index:dow-jones-industrial-average`),
 * `currency` (`currency:serbian-dinar`; its issuer as an affiliation), `commodity` (traded goods
 * and oil benchmarks: `commodity:brent-crude`), `event` (named events: wars, revolutions,
 * summits, games: `event:kosovo-war`) and `facility` (bridges, border crossings, plants, bases,
 * pipelines, monasteries: `facility:jarinje-crossing`).
 * Ids are `<kind>:<slug of the canonical name>`, for every kind.
 */
export const ACTOR_KINDS = [
  'person',
  'country',
  'organization',
  'group',
  'place',
  'product',
  'agreement',
  'law',
  'operation',
  'index',
  'currency',
  'commodity',
  'event',
  'facility',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * The event taxonomy: the sixteen top-level categories of PLOVER (Political Language Ontology for
 * Verifiable Event Records, the successor of CAMEO), lower-cased, plus `statement` and `other`.
 * Ordered by quad class (EVENT_TYPE_CLASS), so that stacked counts of one colour lie together.
 * docs/EVENTS.md lists what each covers, with example words, and how a clause gets its type.
 */
export const EVENT_TYPES = [
  /** Agree to, promise or offer cooperation; sign an agreement ("signed", "deal", "accord"). */
  'agree',
  /** Meet, visit, hold talks, negotiate, mediate, telephone ("met", "talks", "summit"). */
  'consult',
  /** Praise, endorse, defend verbally, recognise diplomatically ("praised", "backed", "recognised"). */
  'support',
  /** Yield: apologise, admit, ease restrictions, release, resign under pressure ("apologised", "eased"). */
  'concede',
  /** Material cooperation: economic, military, judicial or security cooperation, joint projects ("invest", "cooperate"). */
  'cooperate',
  /** Give material aid: economic, military, humanitarian, asylum ("donated", "aid", "granted asylum"). */
  'aid',
  /** Withdraw or demobilise forces, disarm, cease fire, remove barricades ("withdrew", "ceasefire"). */
  'retreat',
  /** Ask, demand, appeal, urge, apply for membership ("urged", "called for", "applied"). */
  'request',
  /** Criticise, accuse, condemn, denounce, sue ("accused", "condemned", "criticised"). */
  'accuse',
  /** Reject, refuse, veto, deny, defy ("rejected", "refused", "ruled out"). */
  'reject',
  /** Threaten, warn of action, give an ultimatum ("threatened", "warned"). */
  'threaten',
  /** Demonstrate, rally, march, strike, boycott, block roads ("protest", "barricades"). */
  'protest',
  /** Reduce or break relations: expel diplomats, suspend talks, embargo, tariffs, sanctions. */
  'sanction',
  /** Show of force without attacking: deploy or mobilise forces, raise the alert, manoeuvres. */
  'mobilize',
  /** Repression and non-lethal force: arrest, detain, ban, raid, seize, deport, sentence. */
  'coerce',
  /** Use of violence: attack, kill, bomb, shoot, wound, clash, set on fire. */
  'assault',
  /** A public statement that is none of the above (CAMEO 01, which PLOVER has no category for). */
  'statement',
  /** Anything else: elections, laws coming into force, economic news, undated states of affairs. */
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * PLOVER's quad classes, plus `neutral` for `statement` and `other`. The timeline colours events
 * by class (one colour each), while filters work per type.
 */
export const EVENT_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'neutral',
] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

/** The quad class of each event type. */
export const EVENT_TYPE_CLASS: Readonly<Record<EventType, EventClass>> = {
  agree: 'verbal-cooperation',
  consult: 'verbal-cooperation',
  support: 'verbal-cooperation',
  concede: 'verbal-cooperation',
  cooperate: 'material-cooperation',
  aid: 'material-cooperation',
  retreat: 'material-cooperation',
  request: 'verbal-conflict',
  accuse: 'verbal-conflict',
  reject: 'verbal-conflict',
  threaten: 'verbal-conflict',
  protest: 'material-conflict',
  sanction: 'material-conflict',
  mobilize: 'material-conflict',
  coerce: 'material-conflict',
  assault: 'material-conflict',
  statement: 'neutral',
  other: 'neutral',
};

/** The event types of format version 1. */
export const V1_EVENT_TYPES = [
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
export type V1EventType = (typeof V1_EVENT_TYPES)[number];

/**
 * Version 1's types as version 2 types, for reading old datasets and old links. Version 1 typed
 * topics, PLOVER types actions, so a topic goes to the action most of its events were, or to
 * `other` when they were no PLOVER action: `election` (votes, results: domestic processes),
 * `economy` (currencies, trade figures, tariffs: mostly not an action between actors) and `legal`
 * (mostly court proceedings, opinions, laws coming into force; calling those `coerce` would be
 * wrong, and the arrests and bans among them become `coerce` when the data is rebuilt).
 */
export const LEGACY_EVENT_TYPES: Readonly<Record<V1EventType, EventType>> = {
  statement: 'statement',
  meeting: 'consult',
  agreement: 'agree',
  election: 'other',
  military: 'mobilize',
  violence: 'assault',
  protest: 'protest',
  legal: 'other',
  diplomacy: 'cooperate',
  economy: 'other',
  other: 'other',
};

/**
 * How an event's date was obtained, from the most direct evidence to the least:
 * - `explicit`: a calendar date written in the event's own clause ("on 17 February 2008");
 * - `relative`: an expression in the clause resolved against the publication date or an earlier
 *   date of the text ("on Wednesday", "two days later", "last month");
 * - `narrative`: no date in the clause; the story's narrative time, the date of an earlier
 *   sentence that the text continues;
 * - `publication`: no date in the text at all; the article's publication date.
 */
export const DATE_BASES = ['explicit', 'relative', 'narrative', 'publication'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/**
 * Whether the text says the event happened:
 * - `asserted`: reported as having happened (or happening);
 * - `future`: scheduled or expected ("will", "plans to", "is due to");
 * - `hypothetical`: possible or conditional ("could", "may", "might", "would", "if").
 */
export const MODALITIES = ['asserted', 'future', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

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
  /**
   * Where the publication day was found, a short phrase the app shows next to it: `header line`,
   * `front matter`, `field "date"`, `JSON-LD datePublished`, `RSS pubDate`, `column "Date"`, and
   * for plain text `dateline`, `first lines`, `file name` or `file modification time` (the last
   * two are guesses, also warned about in the build report). Optional: absent in datasets written
   * before it was added (no version change: an optional field).
   */
  publishedFrom?: string;
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
  /**
   * Actors this one belongs to (a minister to a country, a mission to an organisation), with the
   * role when known: `maker` (of a product), `issuer` (of a currency), `party` (to an agreement,
   * from an article that says it signed or ratified it), or a person's office.
   */
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
  /**
   * The word that names the event (a verb such as "signed" or an event noun such as "talks"),
   * relative to the sentence; null when the extractor did not find one.
   */
  trigger: { start: number; end: number; text: string } | null;
  /** Actor mentions inside the sentence, sorted by start. */
  mentions: SourceSpan[];
  /**
   * Where the sentence is in the original file, when the reader could tell (see SourceOrigin).
   * Optional: absent in datasets written before it was added, and where the text was not found.
   */
  origin?: SourceOrigin;
}

/**
 * A place in an original file: the 1-based `line` of a text format (.txt, .md, JSON, CSV/TSV,
 * HTML, feeds; found by matching the sentence's paragraph in the file, so in markup it is the
 * line where that text is), the `page` of a PDF, or the `paragraph` of a Word document.
 */
export type SourceOrigin = { line: number } | { page: number } | { paragraph: number };

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
  /**
   * How the date was obtained (see DATE_BASES); for an event with several sources, the most
   * direct basis among them, so `publication` means that no source dates it in its text.
   */
  dateBasis: DateBasis;
  /** Whether the sources report it as happened, scheduled or possible (see MODALITIES). */
  modality: Modality;
  /**
   * Why several candidate reports were merged into this event; null for an event from one
   * report. `score` in [0, 1] says how strongly they agree; `reasons` are short codes:
   * `same-date`, `same-type`, `shared-actors:<n>`, `similar-predicate`, `named-again`,
   * `dated-by-another` (see docs/EVENTS.md).
   */
  merge: { score: number; reasons: string[] } | null;
  /**
   * How much the event matters, 0–100, from its independent reports, its actors and its type
   * (model/importance.ts); key events have at least KEY_IMPORTANCE. Written by every build since
   * it was added; absent in datasets written before (readers compute it then).
   */
  importance?: number;
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
