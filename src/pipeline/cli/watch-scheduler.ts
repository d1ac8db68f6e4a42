/**
 * When the watcher builds: once the watched files have been quiet for `quietMs` (a file written
 * in pieces, a rename, an editor's temp-and-rename save or a folder copied in is one change), one
 * build at a time, and after a build during which anything changed (or whose inputs moved under
 * it) exactly one more, again once things are quiet. No change is lost, builds never overlap, and
 * a burst of changes costs one build, not one per file.
 */

/** How a build ended, as far as scheduling is concerned. */
export type BuildOutcome =
  /** Published, or refused for a reason another build of the same files would meet again. */
  | 'done'
  /** Not published because the inputs changed while it ran: build again once they settle. */
  | 'stale'
  /** Another process is building into the same folder: try again a little later. */
  | 'busy';

export interface SchedulerOptions {
  /** How long the watched files must be still before a build starts. */
  quietMs: number;
  /** How long to wait before trying again when another process holds the out folder. */
  busyRetryMs: number;
}

export class RebuildScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  /** Something changed since the running (or last) build started. */
  private dirty = false;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  /** Builds started, for tests and logs. */
  builds = 0;

  constructor(
    private readonly build: () => Promise<BuildOutcome>,
    private readonly options: SchedulerOptions,
  ) {}

  /** A watched file changed (or appeared, or went): build once things are quiet. */
  changed(): void {
    if (this.closed) return;
    this.dirty = true;
    // While a build runs nothing is timed: the build's end looks at `dirty`.
    if (!this.running) this.arm(this.options.quietMs);
  }

  /**
   * A change was heard since the running build started. Its snapshot check cannot see a write that
   * landed just before the build's first snapshot (the build already decided on, the file not yet
   * quiet), so the build is not published either: it is built again once things are quiet.
   */
  get changedSinceStart(): boolean {
    return this.running !== null && this.dirty;
  }

  /** Nothing is waiting to be built and no build runs. */
  get idle(): boolean {
    return !this.running && this.timer === null && !this.dirty;
  }

  /** Resolves the next time the scheduler is idle (at once if it is). */
  whenIdle(): Promise<void> {
    if (this.idle || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stop scheduling; resolves when a running build has ended. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.settle();
  }

  private arm(delayMs: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, delayMs);
  }

  private start(): void {
    if (this.closed || this.running) return;
    this.dirty = false;
    this.builds++;
    this.running = this.runOnce().finally(() => {
      this.running = null;
      this.settle();
    });
  }

  private async runOnce(): Promise<void> {
    let outcome: BuildOutcome;
    try {
      outcome = await this.build();
    } catch {
      outcome = 'done'; // the build reports its own failures; a throw must not stop the watcher
    }
    if (this.closed) return;
    if (outcome === 'busy') {
      this.dirty = true;
      this.arm(this.options.busyRetryMs);
    } else if (outcome === 'stale' || this.dirty) {
      this.dirty = true;
      this.arm(this.options.quietMs);
    }
  }

  private settle(): void {
    if (!this.idle && !this.closed) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
