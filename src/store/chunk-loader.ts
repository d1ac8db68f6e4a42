/**
 * Loading a chunked build (model/manifest.ts) into the store: the events of the chunks around the
 * view, fetched as the view moves, with the least recently used dropped beyond a budget.
 *
 * - A build of up to `eagerMaxEvents` events is loaded whole, every chunk at once (in parallel):
 *   filters, counts and lists then cover everything, as with dataset.json.
 * - A bigger one loads the chunks whose events overlap the view and half a view each side, as long
 *   as they hold at most `viewBudget` events (else only those overlapping the view itself, else
 *   none: the timeline shows the manifest's monthly counts there). Loaded chunks stay while they
 *   hold at most `cacheBudget` events in all; beyond that the least recently wanted go.
 * - Chunks are fetched as soon as wanted, but parsed and handed to the store only once the view
 *   has been still for QUIET_MS (or has waited MAX_WAIT_MS): a gesture never stutters for them.
 *   In a browser the chunk reader's worker fetches, parses and checks them (source.read,
 *   chunk-thread.ts) and sends their events in slices of a few milliseconds each: what is left
 *   for the page once the view is still is filing the chunk (a few ms). Without a worker, and for
 *   a build loaded whole, the page parses each chunk then, in one task.
 *   The store hears about arrivals at most every `commitEveryMs` (and when a batch is complete),
 *   so a burst of chunks costs one render; a build loaded whole, once all its chunks are in
 *   (the timeline shows the manifest's monthly counts until then).
 * - A selected event that is not loaded (a link `?event=<id>`) is searched for: the manifest does
 *   not say which chunk holds an id, so the chunks are fetched one after the other, nearest to
 *   the view first, and their text searched for the id before anything is parsed. The chunk that
 *   has it stays loaded while the event is selected. When no chunk has it, the store is told
 *   (the app then says the event does not exist).
 * - A loader for a newer build (LoaderHooks.replacing, live-data.ts) leaves the shown build's
 *   events in the store until the view's chunks of the new one are in, then replaces them at once.
 */
import type { ActorRecord, ArticleRecord, Dataset, EventRecord } from '../model/dataset.ts';
import { DATASET_VERSION, EVENT_TYPES } from '../model/dataset.ts';
import { dayToMs, MS_PER_DAY } from '../model/dates.ts';
import {
  DATASET_JSON_MAX_EVENTS,
  type ChunkRef,
  type EventChunk,
  type Manifest,
} from '../model/manifest.ts';
import type { TimeWindow } from '../model/window.ts';
import { ChunkError, readChunkText } from './chunk-read.ts';
import { articlesOf, joinEvents } from './parts.ts';
import { selectDisplayWindow } from './selectors.ts';
import type { Catalog, ChunkState, DatelineStore, UnloadedMonth } from './store.ts';

export interface ChunkLoaderOptions {
  /** Builds with at most this many events are loaded whole, at once. */
  eagerMaxEvents: number;
  /** Most events the chunks loaded for one view may hold. */
  viewBudget: number;
  /** Most events kept loaded in all. */
  cacheBudget: number;
  /** Chunks fetched at the same time. */
  concurrency: number;
  commitEveryMs: number;
}

export const CHUNK_LOADER_DEFAULTS: ChunkLoaderOptions = {
  eagerMaxEvents: DATASET_JSON_MAX_EVENTS,
  viewBudget: 120_000,
  cacheBudget: 200_000,
  concurrency: 3,
  commitEveryMs: 250,
};

interface Entry {
  ref: ChunkRef;
  state: ChunkState;
  data: EventChunk | null;
  /** Its events per start month (`YYYY-MM`) and type, while loaded. */
  months: Map<string, number[]> | null;
  fetching: boolean;
  lastUsed: number;
}

const TYPE_INDEX = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));

function monthCounts(events: readonly EventRecord[]): Map<string, number[]> {
  const months = new Map<string, number[]>();
  for (const e of events) {
    const key = e.start.slice(0, -3);
    let counts = months.get(key);
    if (!counts) months.set(key, (counts = EVENT_TYPES.map(() => 0)));
    counts[TYPE_INDEX.get(e.type)!]!++;
  }
  return months;
}

function monthEndMs(startMs: number): number {
  const d = new Date(startMs);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.getTime();
}

/** How a loader that replaces data already shown (a newer build: live-data.ts) behaves. */
export interface LoaderHooks {
  /**
   * The store shows another build's data: keep it until the events the view needs are in (a
   * build loaded whole: all of them), then replace it in one commit (the store's dataReplaced).
   */
  replacing?: boolean;
  /**
   * Told of a failure instead of the store (which would then show an error page); `committed`:
   * whether this loader's data is in the store yet.
   */
  failed?: (error: unknown, message: string, committed: boolean) => void;
}

export interface ChunkSource {
  manifest: Manifest;
  actors: ActorRecord[];
  redirects: Dataset['redirects'];
  /**
   * Fetch a chunk file (relative to the manifest): its bytes (UTF-8), or its text. Bytes cost the
   * main thread next to nothing until decoded, which waits for the view to be still.
   */
  fetchBytes(file: string): Promise<ArrayBuffer | string>;
  /**
   * Fetch, parse and check a chunk off the main thread (chunk-thread.ts), where the page can; null
   * when it cannot after all (the worker could not start or died). Without it, or on null, chunks
   * go through fetchBytes and are parsed here.
   */
  read?(file: string, ref: ChunkRef): Promise<EventChunk | null>;
}

/** A fetched chunk waiting for the view to be still: its bytes, or the chunk the worker read. */
interface Ready {
  i: number;
  since: number;
  body?: ArrayBuffer | string;
  chunk?: EventChunk;
}

const decoder = new TextDecoder();
const textOf = (body: ArrayBuffer | string): string =>
  typeof body === 'string' ? body : decoder.decode(body);

/**
 * Parsing a chunk (about 20,000 events) and bringing it into the store take the main thread for
 * a while: done when the view has been still for QUIET_MS, so that a zoom or a drag never stutters
 * for it, or after MAX_WAIT_MS at the latest.
 */
const QUIET_MS = 150;
const PUMP_DELAY_MS = 80;
const MAX_WAIT_MS = 1500;
export const PARSE_MEASURE = 'dateline:chunk-parse';
export const COMMIT_MEASURE = 'dateline:chunk-commit';

export class ChunkLoader {
  private readonly entries: Entry[];
  private readonly options: ChunkLoaderOptions;
  private readonly eager: boolean;
  private wanted: number[] = [];
  private queue: number[] = [];
  private active = 0;
  private tick = 0;
  private dirty = true;
  private commitTimer: ReturnType<typeof setTimeout> | null = null;
  private lastCommitMs = -Infinity;
  private committedLoading = false;
  /** When the view last moved, and fetched chunks waiting to be parsed. */
  private lastMoveMs = -Infinity;
  private ready: Ready[] = [];
  private pumpTimer: ReturnType<typeof setTimeout> | null = null;
  private drainTimer: ReturnType<typeof setTimeout> | null = null;
  private dirtySince = Infinity;
  private stopped = false;
  /** Event id → index of the loaded chunk that holds it. */
  private readonly where = new Map<string, number>();
  private searchingFor: string | null = null;
  private pinned = -1;
  private unsubscribe: () => void = () => {};

  /** Nothing committed yet of data that replaces another build's (LoaderHooks.replacing). */
  private replacing: boolean;

  constructor(
    private readonly store: DatelineStore,
    private readonly source: ChunkSource,
    options: Partial<ChunkLoaderOptions> = {},
    private readonly hooks: LoaderHooks = {},
  ) {
    this.replacing = hooks.replacing ?? false;
    this.options = { ...CHUNK_LOADER_DEFAULTS, ...options };
    this.eager = source.manifest.events <= this.options.eagerMaxEvents;
    this.entries = source.manifest.chunks.map((ref) => ({
      ref,
      state: {
        startMs: dayToMs(ref.start),
        endMs: dayToMs(ref.end) + MS_PER_DAY,
        maxEndMs: dayToMs(ref.maxEnd) + MS_PER_DAY,
        events: ref.events,
        loaded: false,
      },
      data: null,
      months: null,
      fetching: false,
      lastUsed: 0,
    }));
    const { overview } = source.manifest;
    this.months = overview.bins.map((b) => {
      const startMs = dayToMs(`${b.month}-01`);
      const counts = EVENT_TYPES.map(() => 0);
      b.types.forEach((n, i) => {
        const t = TYPE_INDEX.get(overview.types[i] ?? '');
        if (t !== undefined) counts[t] = n;
      });
      return { month: b.month, startMs, endMs: monthEndMs(startMs), counts };
    });
  }

  /** The manifest's overview, per month and type (EVENT_TYPES order). */
  private readonly months: { month: string; startMs: number; endMs: number; counts: number[] }[];

  /** Put the first part in the store and start loading. */
  start(): void {
    const { store } = this;
    store.getState().onViewMoving((win) => this.want(win));
    if (this.eager) this.wanted = this.entries.map((_, i) => i);
    // The first part (the manifest's counts) at once, unless another build's events are on show.
    if (!this.replacing) this.commit();
    if (this.eager) {
      this.queue = [...this.wanted];
      this.pump();
    } else {
      this.want(selectDisplayWindow(store.getState()));
    }
    this.unsubscribe = store.subscribe((s) =>
      this.selectionChanged(s.selectedEventId, s.notFoundId),
    );
    // What another build did not have, this one may.
    const notFound = this.replacing ? null : store.getState().notFoundId;
    this.selectionChanged(store.getState().selectedEventId, notFound);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.store.getState().onViewMoving(null);
    if (this.commitTimer !== null) clearTimeout(this.commitTimer);
    if (this.drainTimer !== null) clearTimeout(this.drainTimer);
    if (this.pumpTimer !== null) clearTimeout(this.pumpTimer);
  }

  /** The view shows `win`: load what it needs (called every frame of a gesture; cheap when nothing changes). */
  want(win: TimeWindow): void {
    if (this.eager || this.stopped) return;
    this.lastMoveMs = performance.now();
    const span = win.endMs - win.startMs;
    let wanted = this.overlapping({ startMs: win.startMs - span / 2, endMs: win.endMs + span / 2 });
    if (this.eventsIn(wanted) > this.options.viewBudget) wanted = this.overlapping(win);
    if (this.eventsIn(wanted) > this.options.viewBudget) wanted = [];
    if (wanted.length === this.wanted.length && wanted.every((i, k) => i === this.wanted[k]))
      return;
    this.wanted = wanted;
    const used = ++this.tick;
    for (const i of wanted) this.entries[i]!.lastUsed = used;
    // Nearest to the middle of the view first.
    const mid = (win.startMs + win.endMs) / 2;
    const distance = (i: number): number => {
      const s = this.entries[i]!.state;
      return s.startMs <= mid && s.maxEndMs >= mid
        ? 0
        : Math.min(Math.abs(s.startMs - mid), Math.abs(s.maxEndMs - mid));
    };
    this.queue = wanted
      .filter((i) => !this.entries[i]!.data && !this.entries[i]!.fetching)
      .sort((a, b) => distance(a) - distance(b));
    if (this.isLoading() !== this.committedLoading) this.markDirty();
    this.evict();
    // While a zoom sweeps through windows, the chunks of each are not worth fetching: start once
    // the set of chunks has held for PUMP_DELAY_MS.
    if (this.pumpTimer !== null) clearTimeout(this.pumpTimer);
    this.pumpTimer = setTimeout(() => {
      this.pumpTimer = null;
      this.pump();
    }, PUMP_DELAY_MS);
    this.commitSoon();
  }

  private isLoading(): boolean {
    return this.wanted.some((i) => !this.entries[i]!.data);
  }

  private overlapping(win: TimeWindow): number[] {
    const out: number[] = [];
    this.entries.forEach((e, i) => {
      if (e.state.startMs < win.endMs && e.state.maxEndMs > win.startMs) out.push(i);
    });
    return out;
  }

  private eventsIn(indexes: readonly number[]): number {
    return indexes.reduce((n, i) => n + this.entries[i]!.ref.events, 0);
  }

  private pump(): void {
    while (!this.stopped && this.active < this.options.concurrency && this.queue.length > 0) {
      const i = this.queue.shift()!;
      const entry = this.entries[i]!;
      if (entry.data || entry.fetching) continue;
      entry.fetching = true;
      this.active++;
      // A build loaded whole is read on the page: while it loads at start there is no gesture to
      // keep smooth, and the worker's two structured clones cost more than its parse saves (100k
      // events painted 0.5 s later, README "Chunks read off the main thread").
      const read = this.eager ? undefined : this.source.read;
      const fetchBody = (): Promise<Omit<Ready, 'i' | 'since'>> =>
        this.source.fetchBytes(entry.ref.file).then((body) => ({ body }));
      const fetched = read
        ? read(entry.ref.file, entry.ref).then((chunk) => (chunk ? { chunk } : fetchBody()))
        : fetchBody();
      void fetched
        .then((got) => {
          this.ready.push({ i, since: performance.now(), ...got });
          this.drainSoon();
        })
        .catch((error: unknown) => this.failed(entry, error))
        .finally(() => {
          this.active--;
          this.pump();
        });
    }
  }

  /** Milliseconds until work that has waited since `since` may run (0: now). */
  private quietIn(since: number): number {
    const now = performance.now();
    return Math.max(0, Math.min(this.lastMoveMs + QUIET_MS - now, since + MAX_WAIT_MS - now));
  }

  private drainSoon(): void {
    if (this.stopped || this.drainTimer !== null || this.ready.length === 0) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = null;
      this.drain();
    }, this.quietIn(this.ready[0]!.since));
  }

  /** Take in one fetched chunk (each in its own task), when the view is still. */
  private drain(): void {
    const next = this.ready[0];
    if (this.stopped || !next) return;
    if (this.quietIn(next.since) > 0) return this.drainSoon();
    this.ready.shift();
    const entry = this.entries[next.i]!;
    // Moved on meanwhile: not worth the main thread (it is fetched again if wanted again).
    if (!this.eager && !this.wanted.includes(next.i)) entry.fetching = false;
    else {
      const started = performance.now();
      try {
        let chunk = next.chunk;
        if (!chunk) {
          const read = readChunkText(textOf(next.body!), entry.ref);
          if (!read.ok) throw new ChunkError(read.message);
          chunk = read.chunk;
        }
        this.accept(next.i, chunk);
      } catch (error) {
        return this.failed(entry, error);
      } finally {
        entry.fetching = false;
      }
      performance.measure(PARSE_MEASURE, { start: started, end: performance.now() });
    }
    this.drainSoon();
    this.commitSoon();
  }

  /** A chunk read and checked: into the loaded set. */
  private accept(i: number, chunk: EventChunk): void {
    if (this.stopped) return;
    const entry = this.entries[i]!;
    entry.data = chunk;
    entry.months = monthCounts(chunk.events);
    entry.state = { ...entry.state, loaded: true };
    entry.lastUsed = Math.max(entry.lastUsed, this.tick);
    for (const e of chunk.events) this.where.set(e.id, i);
    this.markDirty();
    this.evict();
  }

  private failed(entry: Entry, error: unknown): void {
    if (this.stopped) return;
    this.stop();
    const message =
      error instanceof ChunkError
        ? error.message
        : `The dataset could not be loaded (data/chunks/${entry.ref.file}: ${error instanceof Error ? error.message : String(error)}).`;
    if (this.hooks.failed) this.hooks.failed(error, message, !this.replacing);
    else this.store.getState().datasetFailed(message);
  }

  /** Drop the least recently wanted chunks while more than the budget is loaded. */
  private evict(): void {
    if (this.eager) return;
    let loaded = this.entries.reduce((n, e) => n + (e.data ? e.ref.events : 0), 0);
    const keep = new Set(this.wanted);
    while (loaded > this.options.cacheBudget) {
      let victim = -1;
      this.entries.forEach((e, i) => {
        if (!e.data || keep.has(i) || i === this.pinned) return;
        if (victim < 0 || e.lastUsed < this.entries[victim]!.lastUsed) victim = i;
      });
      if (victim < 0) return;
      const e = this.entries[victim]!;
      for (const event of e.data!.events)
        if (this.where.get(event.id) === victim) this.where.delete(event.id);
      e.data = null;
      e.months = null;
      e.state = { ...e.state, loaded: false };
      loaded -= e.ref.events;
      this.markDirty();
    }
  }

  private markDirty(): void {
    if (!this.dirty) this.dirtySince = performance.now();
    this.dirty = true;
  }

  /**
   * Tell the store soon: at once when nothing is on its way, else at most every commitEveryMs
   * (a whole build loaded at once only when complete: each update costs a pass over the events),
   * and never while the view moves (see QUIET_MS).
   */
  private commitSoon(): void {
    if (this.stopped || !this.dirty || this.commitTimer !== null) return;
    const idle = this.active === 0 && this.queue.length === 0 && this.ready.length === 0;
    if (this.eager && !idle) return;
    if (this.replacing && this.isLoading()) return; // the other build's events stay until the view's are in
    const throttle = idle
      ? 0
      : Math.max(0, this.lastCommitMs + this.options.commitEveryMs - performance.now());
    const wait = Math.max(throttle, this.quietIn(this.dirtySince));
    this.commitTimer = setTimeout(() => {
      this.commitTimer = null;
      if (this.quietIn(this.dirtySince) > 0) this.commitSoon();
      else this.commit();
    }, wait);
  }

  private commit(): void {
    if (this.stopped) return;
    const started = performance.now();
    this.dirty = false;
    this.dirtySince = Infinity;
    this.lastCommitMs = performance.now();
    const { manifest, actors, redirects } = this.source;
    const loaded = this.entries.filter((e) => e.data).map((e) => e.data!);
    // Made known as joined from the chunks (parts.ts): the selectors' columns and indexes are
    // then built per chunk and joined, not read again from every loaded event.
    const events = joinEvents(loaded.map((c) => c.events));
    const articles = new Map<string, ArticleRecord>();
    for (const c of loaded)
      for (const a of c.articles) if (!articles.has(a.id)) articles.set(a.id, a);
    const dataset: Dataset = {
      version: DATASET_VERSION,
      generator: manifest.generator,
      articles: articlesOf(articles),
      actors,
      events,
      redirects,
    };
    const complete = loaded.length === this.entries.length;
    // What is not loaded: the overview's counts less the loaded chunks', and where those events lie.
    const unloaded: UnloadedMonth[] = [];
    const unknown: TimeWindow[] = [];
    if (!complete) {
      const loadedMonths = this.entries.filter((e) => e.months).map((e) => e.months!);
      for (const m of this.months) {
        const counts = [...m.counts];
        for (const months of loadedMonths)
          months.get(m.month)?.forEach((n, t) => (counts[t]! -= n));
        if (counts.some((n) => n > 0))
          unloaded.push({
            startMs: m.startMs,
            endMs: m.endMs,
            counts: counts.map((n) => Math.max(0, n)),
          });
      }
      const spans = this.entries
        .filter((e) => !e.data)
        .map((e) => e.state)
        .sort((a, b) => a.startMs - b.startMs);
      for (const s of spans) {
        const last = unknown[unknown.length - 1];
        if (last && s.startMs <= last.endMs) last.endMs = Math.max(last.endMs, s.maxEndMs);
        else unknown.push({ startMs: s.startMs, endMs: s.maxEndMs });
      }
    }
    const catalog: Catalog = {
      events: manifest.events,
      articles: manifest.articles,
      extent: manifest.extent
        ? {
            startMs: dayToMs(manifest.extent.start),
            endMs: dayToMs(manifest.extent.end) + MS_PER_DAY,
          }
        : null,
      overview: manifest.overview,
      complete,
      loadedBy: this.eager ? 'all chunks' : 'time window',
      chunks: this.entries.map((e) => e.state),
      unloaded,
      unknown,
      loading: !complete && this.isLoading(),
    };
    this.committedLoading = catalog.loading;
    if (this.replacing) {
      this.replacing = false;
      this.store.getState().dataReplaced(dataset, catalog);
    } else this.store.getState().chunksLoaded(dataset, catalog);
    performance.measure(COMMIT_MEASURE, { start: started, end: performance.now() });
  }

  // --- Finding a selected event that is not loaded -------------------------------------------

  private selectionChanged(id: string | null, notFound: string | null): void {
    if (id === this.searchingFor) return;
    const at = id === null ? undefined : this.where.get(id);
    this.pinned = at ?? -1;
    if (id === null || at !== undefined || this.eager || notFound === id) {
      this.searchingFor = null;
      return;
    }
    this.searchingFor = id;
    void this.search(id);
  }

  private async search(id: string): Promise<void> {
    const needle = `"id":${JSON.stringify(id)}`;
    const win = selectDisplayWindow(this.store.getState());
    const mid = (win.startMs + win.endMs) / 2;
    const order = this.entries
      .map((e, i) => ({ i, d: Math.abs((e.state.startMs + e.state.endMs) / 2 - mid) }))
      .sort((a, b) => a.d - b.d)
      .map((x) => x.i);
    for (const i of order) {
      if (this.stopped || this.searchingFor !== id) return;
      const entry = this.entries[i]!;
      if (entry.data) {
        if (this.where.get(id) === i) return this.found(i);
        continue;
      }
      let text: string;
      try {
        text = textOf(await this.source.fetchBytes(entry.ref.file));
      } catch (error) {
        return this.failed(entry, error);
      }
      if (this.stopped || this.searchingFor !== id) return;
      if (!text.includes(needle)) continue;
      if (!entry.data) {
        const read = readChunkText(text, entry.ref);
        if (!read.ok) return this.failed(entry, new ChunkError(read.message));
        this.accept(i, read.chunk);
      }
      if (this.where.get(id) === i) return this.found(i);
    }
    if (!this.stopped && this.searchingFor === id) {
      this.searchingFor = null;
      if (this.replacing) this.commit(); // the new build first: replacing it resets what was not found
      this.store.getState().eventNotFound(id);
    }
  }

  private found(i: number): void {
    this.searchingFor = null;
    this.pinned = i;
    this.entries[i]!.lastUsed = ++this.tick;
    this.markDirty();
    this.commit();
  }
}
