/**
 * Watch mode (`npm start`, `dateline watch`): build, then rebuild whenever a watched file is
 * added, changed, renamed or removed. Builds run one at a time once the files have been quiet for
 * a while (watch-scheduler.ts), in this process, each with the out folder's lock (write/lock.ts).
 * A build is published only if no change was heard since it started, the inputs on disk are
 * the same just before publishing as when it started, and none changed within the quiet period
 * (watch-snapshot.ts: an event not heard yet, the loop busy building): a file written in
 * pieces (even one whose first piece landed as the build began), or replaced while the build read it,
 * never publishes a half event set; that build is dropped and another follows once the files
 * settle. A refused or failed build keeps the last good dataset and says so in one line.
 */
import { dirname, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { BuildReport } from '../write/report.ts';
import type { DirBuildOptions } from '../state/build.ts';
import { StateKeeper } from '../state/keeper.ts';
import type { BuildState } from '../state/store.ts';
import { safeText } from '../write/escape.ts';
import { OutputLocked } from '../write/lock.ts';
import { runBuild } from './build-command.ts';
import { describeFailure } from './errors.ts';
import { progressReporter } from './report.ts';
import { RebuildScheduler, type BuildOutcome } from './watch-scheduler.ts';
import { settled, snapshotInputs } from './watch-snapshot.ts';

export interface WatchOptions {
  /** What the build reads (files or folders). */
  inputs: string[];
  /** What to watch: the inputs and whatever else the build depends on (the curated actors file). */
  watched: string[];
  out: string;
  build: DirBuildOptions;
  /** How long the watched files must be still before a build starts. */
  quietMs?: number;
  /** Wait before trying again when another process is building into `out`. */
  busyRetryMs?: number;
  /** Print the build report of each build. */
  report?: boolean;
  /** Where the watcher's own lines go (default: stderr). */
  log?: (line: string) => void;
}

export const DEFAULT_QUIET_MS = 500;
const quietMsOf = (options: WatchOptions): number => options.quietMs ?? DEFAULT_QUIET_MS;
const DEFAULT_BUSY_RETRY_MS = 2000;
const STALE = 'the articles changed while the build read them; it is built again once they settle';

export interface Watching {
  readonly scheduler: RebuildScheduler;
  /** Resolves when nothing is waiting to be built and no build runs. */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

/** A short list of what changed, for the line announcing a rebuild. */
function describeChanges(changes: Map<string, string>): string {
  const shown = [...changes].slice(0, 3).map(([path, event]) => `${event} ${safeText(path)}`);
  const more = changes.size - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A published build in one line: "dateline: built at 15:20:10 in 3.1 s: 66 article(s) used, 0 rejected, 695 event(s); published to public/data". */
export function resultLine(
  report: Pick<BuildReport, 'articlesUsed' | 'rejected' | 'events'>,
  out: string,
  seconds: number,
  now = new Date(),
): string {
  const clock = now.toTimeString().slice(0, 8);
  return `dateline: built at ${clock} in ${seconds.toFixed(1)} s: ${report.articlesUsed} article(s) used, ${report.rejected} rejected, ${report.events} event(s); published to ${safeText(out)}`;
}

/** Build `out` from the inputs now; how it ended, for the scheduler. Never throws. */
async function buildOnce(
  options: WatchOptions,
  log: (line: string) => void,
  changedSinceStart: () => boolean,
): Promise<BuildOutcome> {
  const before = snapshotInputs(options.watched);
  let stale = false;
  const progress = options.report === false ? null : progressReporter();
  const beforePublish = async (): Promise<string | null> => {
    await new Promise((resolve) => setTimeout(resolve, 0)); // let file events already queued be heard
    // All three: the snapshot sees a change during the build; the event, a change just before
    // it; the change times, a change whose event is not heard yet (the loop was busy building).
    const now = snapshotInputs(options.watched);
    stale = changedSinceStart() || now.key !== before.key || !settled(now, quietMsOf(options));
    return stale ? STALE : null;
  };
  const started = performance.now();
  try {
    const report = await runBuild({
      inputs: options.inputs,
      out: options.out,
      quiet: options.report === false,
      options: {
        ...options.build,
        ...(progress ? { onProgress: progress.update } : {}),
        beforePublish,
      },
      done: () => progress?.stop(),
    });
    log(resultLine(report, options.out, (performance.now() - started) / 1000));
    return 'done';
  } catch (error) {
    progress?.stop();
    const { line } = describeFailure(error, options.build.cacheDir);
    if (error instanceof OutputLocked) {
      log(`dateline: ${line}; trying again shortly`);
      return 'busy';
    }
    // Refusals already say the previous dataset stays; other failures say it here.
    log(
      `dateline: ${line}${/keeps the previous dataset|nothing published/.test(line) ? '' : '; the last good dataset stays published'}`,
    );
    return stale ? 'stale' : 'done';
  }
}

/** Start watching (and build once first, unless `initialBuild` is false). */
export async function watchAndBuild(watchOptions: WatchOptions, initialBuild = true): Promise<Watching> {
  // Each build leaves its state in memory for the next (state/keeper.ts): a rebuild does not read back what this process saved.
  const options: WatchOptions = { ...watchOptions, build: { keeper: new StateKeeper<BuildState>(), ...watchOptions.build } };
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const changes = new Map<string, string>();
  const scheduler: RebuildScheduler = new RebuildScheduler(
    (): Promise<BuildOutcome> => {
      if (changes.size) log(`\n${describeChanges(changes)}: rebuilding the dataset…`);
      changes.clear();
      return buildOnce(options, log, () => scheduler.changedSinceStart);
    },
    { quietMs: quietMsOf(options), busyRetryMs: options.busyRetryMs ?? DEFAULT_BUSY_RETRY_MS },
  );
  // The folders holding the watched paths are watched, and in them only those paths: a watched
  // folder that is removed, or moved away, and comes back is seen again, and so is a file that
  // does not exist yet.
  const roots = options.watched.map((p) => resolve(p));
  const relevant = (path: string): boolean => {
    const p = resolve(path);
    return roots.some((r) => r === p || r.startsWith(p + sep) || p.startsWith(r + sep));
  };
  const watcher: FSWatcher = watch([...new Set(roots.map((r) => dirname(r)))], {
    ignoreInitial: true,
    ignored: (path) => !relevant(path),
    // No awaitWriteFinish: the scheduler waits for every watched file to be quiet, not only the
    // one that changed, and the snapshot check catches a write that lands during a build.
  });
  watcher.on('all', (event, path) => {
    if (roots.some((r) => r.startsWith(resolve(path) + sep))) return; // a folder above the watched paths
    changes.set(path, event);
    scheduler.changed();
  });
  watcher.on('error', (error) =>
    log(
      `dateline: watching failed: ${safeText(error instanceof Error ? error.message : String(error))}`,
    ),
  );
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  const names = options.watched.map((p) => safeText(p));
  log(
    `dateline: watching ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]} for changes; each change rebuilds ${safeText(options.out)}`,
  );
  if (initialBuild) {
    scheduler.changed(); // through the scheduler: a change seen meanwhile is then built after it
  }
  return {
    scheduler,
    whenIdle: () => scheduler.whenIdle(),
    close: async () => {
      await watcher.close();
      await scheduler.close();
    },
  };
}

/**
 * Stop watching on Ctrl-C or SIGTERM, then run `then` (default: exit at once). A build cut short
 * is safe: nothing of it is published, its lock is released on exit, and the next build clears
 * what it left (write/publish.ts).
 */
export function stopOnSignals(
  watching: Watching,
  then: (signal: NodeJS.Signals) => void = () => process.exit(0),
): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void watching.close();
      then(signal);
    });
  }
}
