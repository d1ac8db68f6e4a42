/**
 * `dateline build` into an out folder, incrementally: files whose stamp is unchanged since the
 * last build are not read again; changed ones are mapped (cache, or analysis on worker threads)
 * and their candidates filed by month; the fold runs over every file as before; only the months
 * that an added or removed article touches are merged again, and only the chunks holding those
 * months are rewritten. The outputs are byte-identical to a fresh build (build.ts + write.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATOR, loadKnowledgeBase, sortProblems } from '../build.ts';
import type { BuildReport } from '../write/report.ts';
import { cacheFingerprint } from '../map/cache.ts';
import { Fold, type UsedArticle } from '../map/fold.ts';
import { decodeOutcome } from '../map/outcome.ts';
import { mapFiles, poolFor, type Decoded, type MapOptions } from '../map/run.ts';
import { ShardError, shardFiles, type Shards } from '../map/shard.ts';
import type { Problem } from '../read/types.ts';
import { collectFiles, type InputFile, type ReadLimits } from '../read/walk.ts';
import { safeJson } from '../write/escape.ts';
import { BuildRefused, judgeBuild, type GuardOptions } from '../write/guard.ts';
import { REPORT_FILE, Staging } from '../write/publish.ts';
import type { Pool } from '../workers/pool.ts';
import { assembleFromState } from './assemble.ts';
import { sortCuts } from './cap.ts';
import { Interner } from './intern.ts';
import { MonthFiles } from './months.ts';
import { decodeRefine } from '../events/refine.ts';
import { hasMoves, monthsMoved, movesAfter, movesOf, readMoves, writeMoves } from './refined.ts';
import { actorRecords, fileMissing, mergeMonths } from './steps.ts';
import { startHelper } from './helper.ts';
import type { StateKeeper } from './keeper.ts';
import { keepsState, keptStateBytes, openState, saveState, stateDir, type BuildState, type FileEntry } from './store.ts';

// (The benchmark's rebuilds in one process, scripts/bench/rebuild-kept.mjs, take the keeper from the compiled bundle.)
export { StateKeeper } from './keeper.ts';

export interface DirBuildOptions {
  actorsFile?: string | null;
  jobs?: number | 'auto';
  /** Cache folder (per-file cache and build state); null: a fresh build, nothing kept. */
  cacheDir: string | null;
  onProgress?: (done: number, total: number, stage: string) => void;
  /** Bytes of candidates from which months are merged on threads (map/run.ts mergePoolFor); absent: the default. */
  mergeOnThreadsFrom?: number;
  /** Bytes of a kept state's file shards from which a thread lists and warms up while it loads (state/helper.ts); absent: the default. */
  helperFromBytes?: number;
  /** Caps on file size and count (read/walk.ts); absent: the defaults. */
  limits?: ReadLimits;
  /** When a build may not replace the published one (write/guard.ts); absent: the defaults. */
  guard?: GuardOptions;
  /**
   * Asked last, just before publishing: a reason not to publish (the build is then refused), or
   * null. The watcher (cli/watch.ts) refuses a build whose inputs changed while it read them.
   */
  beforePublish?: () => Promise<string | null>;
  /**
   * The outcomes of `dateline map` (map/shard.ts): the files and their analyses come from them
   * instead of the inputs, which are not read (`dateline reduce`). Everything after is the same.
   */
  shards?: Shards;
  /**
   * Where a process that builds into the same folder again and again (the watcher) keeps the state
   * between its builds, so that a rebuild does not read back what it saved (state/keeper.ts).
   */
  keeper?: StateKeeper<BuildState>;
}

export interface DirBuild {
  report: BuildReport;
  datasetJson: boolean;
  stats: {
    /** The build state: reused (read back), kept (in memory since this process's build before, keeper.ts), new (none usable), busy (another build into the same folder was running), none (no cache). */
    state: 'reused' | 'kept' | 'new' | 'busy' | 'none';
    filesAnalysed: number;
    filesFromCache: number;
    /** Whether a helper thread listed the inputs while the state loaded (state/helper.ts). */
    helped: boolean;
    filesUnchanged: number;
    monthsMerged: number;
    chunks: number;
    chunksWritten: number;
  };
  /** Milliseconds per stage, for benchmarks. */
  stageMs: Record<string, number>;
  /** Published, but with a warning (many fewer articles than the previous build). */
  warning: string | null;
}

export async function buildIntoDir(inputs: string[], outDir: string, options: DirBuildOptions): Promise<DirBuild> {
  const stageMs: Record<string, number> = {};
  let last = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    stageMs[stage] = Math.round(now - last);
    last = now;
  };
  const kbProblems: Problem[] = [];
  const kb = loadKnowledgeBase(options.actorsFile, kbProblems);
  const fingerprint = cacheFingerprint(GENERATOR, options.actorsFile);
  lap('setup');
  mkdirSync(outDir, { recursive: true }); // before stateDir, which forgets states of missing out folders
  let dir = options.cacheDir ? stateDir(options.cacheDir, outDir) : null;
  // (A large state: a thread lists the inputs and warms up for analysis while it loads; none when
  // the state is in memory, where it only slowed the rebuild: at 100k, through tsx, listing on it
  // took 2.3 s and here 1.1.)
  const helper = dir && !options.shards && !keepsState(options.keeper, dir, fingerprint) ? startHelper(options.jobs ?? 'auto', keptStateBytes(dir), { actorsFile: options.actorsFile ?? null, cache: { dir: options.cacheDir, fingerprint } }, inputs, options.limits, options.helperFromBytes) : null;
  let opened: ReturnType<typeof openState>;
  let stateUse: DirBuild['stats']['state'];
  let temporary: string | null = null;
  try {
    opened = dir ? openState(dir, fingerprint, options.keeper) : null;
    stateUse = !dir ? 'none' : !opened ? 'busy' : opened.fresh ? 'new' : opened.kept ? 'kept' : 'reused';
    if (!dir || !opened) {
      dir = temporary = mkdtempSync(join(tmpdir(), 'dateline-state-'));
      opened = openState(temporary, fingerprint)!;
    }
  } catch (error) {
    await helper?.close(); // (its thread would keep the process alive)
    throw error;
  }
  let pool: Pool | null = null;
  let staging: Staging | null = null;
  lap('load state');
  try {
    const previous = opened.state;
    const months = new MonthFiles(dir);
    if (options.shards && options.shards.listing.fingerprint !== fingerprint)
      throw new ShardError('the shards were mapped by another version of the tool or with another actors file: map them again');
    // (The helper's listing, unless its thread failed.)
    const listedOnThread = (await helper?.listing.catch(() => null)) ?? null;
    const { files, problems, unreadable } = options.shards
      ? { files: shardFiles(options.shards), problems: options.shards.listing.problems, unreadable: options.shards.listing.unreadable }
      : (listedOnThread ?? collectFiles(inputs, options.limits));
    const shown = options.shards?.listing.inputs ?? inputs;
    lap('list files');
    const before = new Map(previous.files.map((f) => [`${f.fsPath}\u0000${f.displayPath}`, f]));
    const entries: (FileEntry | undefined)[] = files.map((f) => {
      const old = before.get(`${f.fsPath}\u0000${f.displayPath}`);
      return old && old.stamp === f.stamp ? old : undefined;
    });
    const stats: DirBuild['stats'] = { state: stateUse, helped: listedOnThread !== null, filesAnalysed: 0, filesFromCache: 0, filesUnchanged: entries.filter(Boolean).length, monthsMerged: 0, chunks: 0, chunksWritten: 0 };
    const spilled = new Set<string>();
    const mapOptions: MapOptions = { jobs: options.jobs ?? 'auto', cache: { dir: options.cacheDir, fingerprint }, actorsFile: options.actorsFile ?? null, ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.mergeOnThreadsFrom !== undefined ? { mergeOnThreadsFrom: options.mergeOnThreadsFrom } : {}) };
    const position = new Map(files.map((f, i) => [f, i]));
    const toMap = files.filter((_, i) => !entries[i]);
    pool = poolFor(mapOptions, toMap.length);
    // (Few files: on the helper, which has the knowledge base and the tagger's model loaded. Many:
    // the pool's threads, and the helper's memory and core freed for them.)
    if (pool) await helper?.close();
    const warm = !pool && helper && toMap.length > 0 ? await helper.ready() : null;
    const interner = new Interner();
    const onFile = (file: InputFile, { key, cached, light, candidates }: Decoded): void => {
      const old = before.get(`${file.fsPath}\u0000${file.displayPath}`);
      entries[position.get(file)!] = { fsPath: file.fsPath, displayPath: file.displayPath, stamp: file.stamp ?? '', key, light: interner.light(light) };
      if (cached) stats.filesFromCache++;
      else stats.filesAnalysed++;
      if (old && old.key === key) return; // touched, not changed: its candidates are filed already
      for (const c of candidates) {
        const articleKey = `${key}#${c.record}`;
        months.append(c.month, articleKey, c.json);
        spilled.add(articleKey);
      }
    };
    if (options.shards) {
      const lines = new Map(options.shards.files.map((f, i) => [files[i]!, f]));
      for (const file of toMap) {
        const line = lines.get(file)!;
        const decoded = decodeOutcome(options.shards.outcome(line));
        onFile(file, { key: line.key, cached: true, ...decoded });
        // Every candidate of a shard is here: none is to be found by reading the file (which may
        // be on another machine), even for an article with none.
        decoded.light.records.forEach((_, i) => spilled.add(`${line.key}#${i}`));
      }
    } else await mapFiles(toMap, () => kb, mapOptions, onFile, pool ?? warm, warm ? 1 : undefined);
    // (The merge has threads of its own, steps.ts: these would carry the analysis's heap into it.)
    await pool?.close();
    pool = null;

    lap('analyse');
    const fold = new Fold();
    fold.addListingProblems(problems);
    entries.forEach((e) => fold.add(e!.displayPath, e!.key, e!.light, true));
    const used = new Set(fold.used.map((u) => u.key));
    const dropped = new Set(previous.used.filter((key) => !used.has(key)));
    const dirty = new Set<string>();
    /** The articles that came or went since the build before: their months, and their refining records. */
    const changed: UsedArticle[] = [];
    if (dropped.size) {
      for (const f of previous.files) {
        f.light.records.forEach((record, i) => {
          const key = `${f.key}#${i}`;
          if (!dropped.has(key)) return;
          record.months?.forEach((m) => dirty.add(m));
          changed.push({ key, record });
        });
      }
    }
    const wasUsed = new Set(previous.used);
    const missing = new Set<string>();
    for (const u of fold.used) {
      if (wasUsed.has(u.key)) continue;
      changed.push(u);
      for (const m of u.record.months ?? []) dirty.add(m);
      if (!spilled.has(u.key)) missing.add(u.key);
    }
    await fileMissing(files, entries, missing, months, () => kb, mapOptions);
    months.flush();
    // Candidates dated by another article's report to a day move to that day's month (refined.ts).
    // (From the moves before, where there are some: only what the changed articles touch is worked out again.)
    const movesBefore = opened.fresh || !hasMoves(dir) ? null : readMoves(dir);
    const moves = movesBefore ? movesAfter(movesBefore, fold.used, changed) : movesOf(fold.used);
    for (const m of monthsMoved(movesBefore ?? {}, moves)) dirty.add(m);
    writeMoves(dir, moves);

    const summaries = { ...previous.months };
    lap('fold');
    // (A few months: the helper merges some of them while this thread merges the others.)
    const merged = await mergeMonths([...dirty].sort(), dir, used, mapOptions, (await helper?.ready()) ?? null);
    await helper?.close();
    for (const [m, summary] of merged) {
      if (summary) summaries[m] = summary;
      else delete summaries[m];
    }
    stats.monthsMerged = merged.size;

    // (Articles with events: with candidates, or with one told without a date that another report dated.)
    const hasEvents = (r: (typeof fold.used)[number]['record']): boolean => !!r.months?.length || !!r.refine?.some((line) => {
      const [id, role] = decodeRefine(line, r.article!.id);
      return role === 'u' && !!moves[id];
    });
    const articles = new Map(fold.used.filter((u) => hasEvents(u.record)).map((u) => [u.record.article!.id, u.record.article!]));
    lap('merge');
    const actors = actorRecords(fold, kb, summaries);
    lap('actors');
    staging = new Staging(outDir);
    const redirectsChanged = opened.fresh || [...merged].some(([m, summary]) => !samePairs(previous.months[m]?.redirects ?? [], summary?.redirects ?? []));
    const result = assembleFromState({ staging, generator: GENERATOR, months: summaries, monthFiles: months, articles, actors, previousChunks: previous.chunks, redirectsChanged, previousRedirects: previous.redirects ?? null });
    lap('write');
    stats.chunks = Object.keys(result.chunks).length;
    stats.chunksWritten = result.chunksWritten;
    const report: BuildReport = {
      inputs: shown,
      inputsSeen: fold.inputsSeen,
      articlesUsed: fold.used.length,
      rejected: fold.inputsSeen - fold.used.length,
      formats: fold.formats(),
      events: result.events,
      actors: actors.length,
      chars: fold.chars(),
      problems: sortProblems([...kbProblems, ...fold.problems()]),
      sourcesCut: sortCuts(Object.values(summaries).flatMap((s) => s.cut ?? [])),
    };
    // Inputs that vanished while the build ran count as unreadable: the build saw only part of them.
    // (Shards were read elsewhere: their inputs need not exist here.)
    const vanished = options.shards ? [] : inputs.filter((i) => !unreadable.includes(i) && !existsSync(i));
    const verdict = judgeBuild(report, [...unreadable, ...vanished], previousReport(outDir), options.guard);
    const keeper = temporary ? undefined : options.keeper;
    const built = { fingerprint, files: entries.map((e) => e!), used: fold.used.map((u) => u.key), months: summaries, tables: previous.tables, shards: previous.shards };
    const refusal = verdict.refuse || ((await options.beforePublish?.()) ?? null);
    if (refusal) {
      // Nothing is published, but the month files now hold this build's merges: the state says so,
      // with the chunks still those published and no published redirects to keep, so the next
      // build writes what this one would have and redoes nothing else. (The watcher drops a build
      // during which a file changed; at 100k articles a state thrown away cost a merge of every
      // month.) If the state cannot be saved, it stays marked in progress: the next build starts afresh.
      try {
        saveState(dir, { ...built, chunks: previous.chunks }, keeper);
      } catch {
        // (still marked in progress)
      }
      throw new BuildRefused(refusal, outDir, report);
    }
    staging.write(REPORT_FILE, `${safeJson(report, 2)}\n`);
    staging.commit();
    staging = null;
    saveState(dir, { ...built, chunks: result.chunks, redirects: result.redirects }, keeper);
    lap('save state');
    return { report, datasetJson: result.datasetJson, stats, stageMs, warning: verdict.warn };
  } finally {
    staging?.abort();
    await pool?.close();
    await helper?.close();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

const samePairs = (a: [string, string][], b: [string, string][]): boolean => a.length === b.length && a.every(([x, y], i) => x === b[i]![0] && y === b[i]![1]);

/** The published build's report (through the current generation), or null. */
function previousReport(outDir: string): Pick<BuildReport, 'articlesUsed'> | null {
  try {
    const report = JSON.parse(readFileSync(join(outDir, REPORT_FILE), 'utf8')) as BuildReport;
    return typeof report.articlesUsed === 'number' ? report : null;
  } catch {
    return null;
  }
}
