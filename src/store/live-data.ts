/**
 * The app's data over a whole session: the generation published when the page opened
 * (generation.ts pins it across every fetch), then each newer one as the pipeline publishes it
 * (`npm start` rebuilds on every change), noticed by asking `data/generation.json` every few
 * seconds (and at once when the page is shown again) and swapped in without a reload: the store
 * keeps the selection, filters and view (the URL does not change), shows the old build until the
 * new one's events are in, and a selected event the new build no longer has is reported in the
 * notices (LinkNotices). Polling a small file works with the dev server and a static deploy alike.
 */
import type { ChunkLoader, ChunkLoaderOptions } from './chunk-loader.ts';
import { GenerationChanged, locateGeneration, publishedGenerationId } from './generation.ts';
import { failureMessage, fetchGeneration, showGeneration } from './load.ts';
import type { DatelineStore } from './store.ts';

/** How often the app asks whether a newer build was published. */
export const POLL_MS = 3000;
/** A newer build that cannot be loaded is tried this many times, then left until another appears. */
const MAX_ATTEMPTS = 3;

export interface LiveDataOptions {
  pollMs: number;
  loader: Partial<ChunkLoaderOptions>;
  /** The server has the generation folders (the dev server of `npm start`): see generation.ts. */
  folders: boolean;
}

/** The page's document; absent in Node (tests), and typed here since src/store is also compiled without the DOM library. */
interface PageDocument {
  visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}
const page = (globalThis as { document?: PageDocument }).document;
const pageHidden = (): boolean => page?.visibilityState === 'hidden';

export class LiveData {
  /** The generation whose data is in the store, or on its way there. */
  private shownId: string | null = null;
  private loader: ChunkLoader | null = null;
  private busy = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly attempts = new Map<string, number>();
  private readonly options: LiveDataOptions;
  private readonly onVisible = (): void => {
    if (!pageHidden()) void this.refresh();
  };

  constructor(
    private readonly store: DatelineStore,
    /** The app's base URL (ends with `/`). */
    private readonly base: string,
    options: Partial<LiveDataOptions> = {},
  ) {
    this.options = { pollMs: POLL_MS, loader: {}, folders: false, ...options };
  }

  /** Load the generation published now, then follow newer ones. */
  async start(): Promise<void> {
    await this.show(publishedGenerationId(this.base));
    page?.addEventListener('visibilitychange', this.onVisible);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    page?.removeEventListener('visibilitychange', this.onVisible);
    this.loader?.stop();
  }

  /** Ask for the published generation now, and swap to it if it is newer. */
  async refresh(): Promise<void> {
    if (this.busy || this.stopped || pageHidden()) return;
    const id = await publishedGenerationId(this.base);
    if (this.busy || this.stopped || id === null || id === this.shownId) return;
    if ((this.attempts.get(id) ?? 0) >= MAX_ATTEMPTS) return;
    await this.show(Promise.resolve(id));
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh().finally(() => this.schedule());
    }, this.options.pollMs);
  }

  /**
   * Load generation `requested` into the store: first, or replacing what is shown (anything but
   * the loading page). A promise: the first load asks for generation.json and the data at once.
   */
  private async show(requested: Promise<string | null>): Promise<void> {
    const previous = this.shownId;
    const replacing = this.store.getState().load.status !== 'loading';
    this.busy = true;
    try {
      const at = await locateGeneration(this.base, requested, this.options.folders);
      const fetched = await fetchGeneration(at);
      const id = await requested;
      if (this.stopped) return;
      this.loader?.stop();
      this.shownId = id;
      this.loader = showGeneration(this.store, fetched, this.options.loader, {
        replacing,
        failed: (error, message, committed) => this.failed(id, previous, error, message, committed),
      });
    } catch (error) {
      this.failed(await requested, previous, error, failureMessage(error), false);
    } finally {
      this.busy = false;
    }
  }

  private failed(
    id: string | null,
    previous: string | null,
    error: unknown,
    message: string,
    committed: boolean,
  ): void {
    if (this.stopped) return;
    if (error instanceof GenerationChanged) {
      // Published again while loading: load that one (whatever is shown stays until then).
      if (!committed) this.shownId = previous;
      setTimeout(() => void this.refresh(), 0);
      return;
    }
    if (committed || this.store.getState().load.status === 'loading') {
      this.store.getState().datasetFailed(message);
      return;
    }
    // A newer build that cannot be loaded: the reader keeps the one shown; it is tried again later.
    this.shownId = previous;
    if (id !== null) this.attempts.set(id, (this.attempts.get(id) ?? 0) + 1);
    console.warn(`Dateline: a newer build could not be loaded: ${message}`);
  }
}
