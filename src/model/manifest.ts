/**
 * The chunked dataset: what `dateline build` writes under `<out>/chunks/` so that a client can
 * load a large build (a million events) by time window instead of as one file. It is additive:
 * `dataset.json` (dataset.ts) keeps its format and is still written for builds up to
 * DATASET_JSON_MAX_EVENTS events; the chunks are written for every build.
 *
 * Files in `chunks/`:
 * - `manifest.json` (Manifest): extent, the list of event chunks, the overview index.
 * - one EventChunk file per time partition, named after its period (`events-2008.json`).
 * - `actors.json` (ActorRecord[], sorted by id, as in Dataset.actors: counts cover all events).
 * - `redirects.json` (Dataset.redirects).
 *
 * Partition: events are grouped by their start day into the largest calendar period that holds at
 * most CHUNK_MAX_EVENTS of them, trying century, decade, year, month, then day; a day with more
 * is cut into numbered parts. The same input gives the same files, byte for byte. The runtime
 * validator is `./validate-manifest.ts`. Every field below is commented; changing the meaning of
 * one or removing one bumps MANIFEST_VERSION, adding an optional one does not.
 */
import type { ArticleRecord, EventRecord, EventType } from './dataset.ts';

/**
 * Version of the format below. Version 2 holds the events of dataset format version 2 (and its
 * event types in the overview), version 3 those of dataset version 3 (more actor kinds), version 4
 * those of dataset version 4 (more actor kinds again); the app converts versions 1 to 3 as it
 * reads them (`./migrate.ts`).
 */
export const MANIFEST_VERSION = 4;
/** Folder (under the build's out folder) and file name of the manifest. */
export const CHUNKS_DIR = 'chunks';
export const MANIFEST_FILE = 'manifest.json';
export const ACTORS_FILE = 'actors.json';
export const REDIRECTS_FILE = 'redirects.json';
/** Most events in one chunk file (unless a single day has more: then it is split in parts). */
export const CHUNK_MAX_EVENTS = 20_000;
/** `dataset.json` is written only up to this many events (a larger one is too big for a browser). */
export const DATASET_JSON_MAX_EVENTS = 200_000;

/** One event chunk as listed in the manifest. */
export interface ChunkRef {
  /** File name, relative to the manifest: `events-` + period + `.json`; parts of a day end `-p1`, `-p2`, … */
  file: string;
  /** First day (YYYY-MM-DD) of the period; every event in the chunk starts on or after it. */
  start: string;
  /** Last day of the period, inclusive; every event in the chunk starts on or before it. */
  end: string;
  /** Latest end day of the chunk's events: a chunk can hold events overlapping [start, maxEnd]. */
  maxEnd: string;
  /** Number of events in the chunk. */
  events: number;
}

/** Events starting in one month, for the overview (density strip) before any chunk is loaded. */
export interface OverviewBin {
  /** The month, `YYYY-MM`. */
  month: string;
  /** Events whose start day is in the month. */
  events: number;
  /** Of those, how many of each type, in the order of Overview.types. */
  types: number[];
}

/** Event counts over time for the whole build. */
export interface Overview {
  /** The event types the per-type counts refer to, in order (EVENT_TYPES at build time). */
  types: EventType[];
  /** Months with at least one event, in time order. */
  bins: OverviewBin[];
}

/** `chunks/manifest.json`. */
export interface Manifest {
  /** Format version, equal to MANIFEST_VERSION for this code. */
  version: typeof MANIFEST_VERSION;
  /** Name and version of the tool that wrote it (no timestamp: builds are reproducible). */
  generator: string;
  /** Earliest start and latest end day of all events; null when there are no events. */
  extent: { start: string; end: string } | null;
  /** Number of events in all chunks together. */
  events: number;
  /** Number of articles the events come from. */
  articles: number;
  /** Event chunks in time order; their periods do not overlap and each event is in exactly one. */
  chunks: ChunkRef[];
  /** File of the actors (ActorRecord[]), relative to the manifest. */
  actors: string;
  /** File of the redirects (old event id → current id), relative to the manifest. */
  redirects: string;
  /** Counts per month and type. */
  overview: Overview;
}

/** One event chunk file. */
export interface EventChunk {
  /** Format version, equal to MANIFEST_VERSION. */
  version: typeof MANIFEST_VERSION;
  /** First day of the chunk's period (as in its ChunkRef). */
  start: string;
  /** Last day of the chunk's period, inclusive (as in its ChunkRef). */
  end: string;
  /** The events, sorted by start, end, then id (as in Dataset.events). */
  events: EventRecord[];
  /** The articles these events' sources cite, sorted by id; an article may be in several chunks. */
  articles: ArticleRecord[];
}
