/**
 * The whole build: read inputs → analyse each article → merge events → actors → dataset, plus
 * the build report. Pure apart from reading the inputs; writing is the caller's job.
 */
import { readFileSync } from 'node:fs';
import { DATASET_VERSION, type Dataset } from '../model/dataset.ts';
import { validateDataset } from '../model/validate.ts';
import type { BuildReport } from './write/report.ts';
import { buildKnowledgeBase, parseCurated, type KnowledgeBase } from './actors/kb.ts';
import { ActorRegistry } from './actors/registry.ts';
import { analyseInBatches, type ArticleAnalysis, type ArticleResult } from './analyse.ts';
import { mergeCandidates } from './events/merge.ts';
import { refineDates } from './events/refine.ts';
import type { CandidateEvent } from './events/candidate.ts';
import { cacheFingerprint } from './map/cache.ts';
import { Fold } from './map/fold.ts';
import { toArticleResult } from './map/outcome.ts';
import type { DirectOutcome } from './map/file.ts';
import { mapFiles, mapFilesDirect, mapFilesSync, poolFor, type Decoded, type MapOptions } from './map/run.ts';
import { readInputs, readInputsAsync } from './read/read.ts';
import { capSources, sortCuts, type SourcesCut } from './state/cap.ts';
import type { Problem, ReadResult } from './read/types.ts';
import { collectFiles, type InputFile, type ReadLimits } from './read/walk.ts';

export const GENERATOR = 'dateline 0.1.0';


export interface BuildOptions {
  /** Curated actors file (JSON); missing file is fine, a broken one is a reported problem. */
  actorsFile?: string | null;
  onProgress?: (done: number, total: number, stage: string) => void;
  /** Threads for the per-article stage (buildDatasetAsync only; buildDataset is always 1). */
  jobs?: MapOptions['jobs'];
  /** Cache of per-file results (map/cache.ts); null or absent: no cache. */
  cacheDir?: string | null;
  /** Caps on file size and count (read/walk.ts); absent: the defaults. */
  limits?: ReadLimits;
}

/** How the per-article stage went: files analysed now and files taken from the cache. */
export interface BuildStats {
  analysedFiles: number;
  cachedFiles: number;
}

export function loadKnowledgeBase(actorsFile: string | null | undefined, problems: Problem[]): KnowledgeBase {
  if (!actorsFile) return buildKnowledgeBase();
  let text: string;
  try {
    text = readFileSync(actorsFile, 'utf8');
  } catch {
    return buildKnowledgeBase(); // optional file
  }
  try {
    const curated = parseCurated(JSON.parse(text));
    if (curated.ok) return buildKnowledgeBase(curated.value);
    problems.push({ file: actorsFile, severity: 'error', reason: `curated actors ignored: ${curated.reason}` });
  } catch (error) {
    problems.push({ file: actorsFile, severity: 'error', reason: `curated actors ignored: not valid JSON (${(error as Error).message})` });
  }
  return buildKnowledgeBase();
}

export interface Analysed {
  analyses: ArticleAnalysis[];
  problems: Problem[];
  inputsSeen: number;
  kb: KnowledgeBase;
}

/** Read and analyse every input (tests, stress); synchronous, so Word and PDF files are refused (analyseInputsAsync). */
export function analyseInputs(inputs: string[], options: BuildOptions = {}): Analysed {
  const problems: Problem[] = [];
  const kb = loadKnowledgeBase(options.actorsFile, problems);
  return analyseRead(readInputs(inputs, (done, total) => options.onProgress?.(done, total, 'read'), options.limits), kb, problems, options);
}

/** analyseInputs for every format, Word and PDF included (`annotate`). */
export async function analyseInputsAsync(inputs: string[], options: BuildOptions = {}): Promise<Analysed> {
  const problems: Problem[] = [];
  const kb = loadKnowledgeBase(options.actorsFile, problems);
  return analyseRead(await readInputsAsync(inputs, (done, total) => options.onProgress?.(done, total, 'read'), options.limits), kb, problems, options);
}

function analyseRead(read: ReadResult, kb: KnowledgeBase, problems: Problem[], options: BuildOptions): Analysed {
  problems.push(...read.problems);
  const analyses: ArticleAnalysis[] = [];
  // (In batches, one stage at a time: analyse.ts.)
  const total = read.articles.length;
  analyseInBatches(read.articles, kb, (done) => options.onProgress?.(done, total, 'analyse')).forEach((analysed, i) => {
    // A bug on one article must not cost the others; report it like bad input.
    if (analysed instanceof Error) problems.push({ file: read.articles[i]!.path, severity: 'error', reason: `could not be analysed (${analysed.message})` });
    else analyses.push(analysed);
  });
  return { analyses, problems, inputsSeen: read.inputsSeen, kb };
}

/** Articles and the knowledge base they were analysed with: what assembleDataset needs. */
export interface Assemblable {
  analyses: ArticleResult[];
  kb: KnowledgeBase;
}

export function assembleDataset(a: Assemblable): Dataset {
  return assemble(a).dataset;
}

/** The dataset, and the events whose sources were capped (state/cap.ts). */
function assemble({ analyses, kb }: Assemblable): { dataset: Dataset; sourcesCut: SourcesCut[] } {
  const registry = new ActorRegistry(kb);
  for (const a of analyses) {
    registry.addDiscovered(a.discovered);
    for (const m of a.mentions) registry.noteSurface(m.actor, m.text);
  }
  const { events, redirects } = mergeCandidates(refineDates(analyses.flatMap((a) => a.candidates)));
  // Articles before the cap, like the folder build (state/build.ts): one whose every report was cut is still listed.
  const usedArticles = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
  const sourcesCut = sortCuts(capSources(events));
  const dataset: Dataset = {
    version: DATASET_VERSION,
    generator: GENERATOR,
    articles: analyses
      .map((a) => a.article)
      .filter((a) => usedArticles.has(a.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    actors: registry.toRecords(events),
    events,
    redirects,
  };
  return { dataset, sourcesCut };
}

export interface Built {
  dataset: Dataset;
  report: BuildReport;
  stats: BuildStats;
}

/**
 * Read, analyse (in-process), merge and validate: the whole build in memory, without writing.
 * Synchronous, so Word and PDF files are refused; buildDatasetAsync reads them.
 */
export function buildDataset(inputs: string[], options: BuildOptions = {}): Built {
  const run = start(inputs, options);
  // Without a cache nothing is stored or sent: the outcomes stay objects, never written as text.
  if (run.mapOptions.cache) mapFilesSync(run.files, run.kb, run.mapOptions, run.onFile);
  else mapFilesDirect(run.files, run.kb, run.mapOptions, run.onDirect);
  return finish(inputs, run.fold, run.results, run.kb(), run.kbProblems);
}

/** The same build with the per-article stage on `options.jobs` worker threads; same bytes out. */
export async function buildDatasetAsync(inputs: string[], options: BuildOptions = {}): Promise<Built> {
  const run = start(inputs, options);
  const pool = poolFor(run.mapOptions, run.files.length);
  try {
    await mapFiles(run.files, run.kb, run.mapOptions, run.onFile, pool);
  } finally {
    await pool?.close();
  }
  return finish(inputs, run.fold, run.results, run.kb(), run.kbProblems);
}

interface Run {
  files: InputFile[];
  fold: Fold;
  results: ArticleResult[];
  kb: () => KnowledgeBase;
  kbProblems: Problem[];
  mapOptions: MapOptions;
  onFile: (file: InputFile, decoded: Decoded) => void;
  /** onFile for an outcome that was never encoded (same fold, same results). */
  onDirect: (file: InputFile, outcome: DirectOutcome) => void;
}

function start(inputs: string[], options: BuildOptions): Run {
  const kbProblems: Problem[] = [];
  const knowledge = loadKnowledgeBase(options.actorsFile, kbProblems);
  const { files, problems } = collectFiles(inputs, options.limits);
  const fold = new Fold();
  fold.addListingProblems(problems);
  const results: ArticleResult[] = [];
  const cache = options.cacheDir ? { dir: options.cacheDir, fingerprint: cacheFingerprint(GENERATOR, options.actorsFile) } : null;
  const onFile = (file: InputFile, { key, cached, light, candidates }: Decoded): void => {
    const used = fold.add(file.displayPath, key, light, cached);
    if (used.length === 0) return;
    const byRecord = new Map<number, CandidateEvent[]>(used.map((i) => [i, []]));
    for (const c of candidates) byRecord.get(c.record)?.push(JSON.parse(c.json) as CandidateEvent);
    for (const i of used) results.push(toArticleResult(light.records[i]!, byRecord.get(i)!));
  };
  const onDirect = (file: InputFile, { light, results: analysed }: DirectOutcome): void => {
    for (const i of fold.add(file.displayPath, null, light, false)) results.push(toArticleResult(light.records[i]!, analysed[i]!.candidates));
  };
  const mapOptions: MapOptions = {
    jobs: options.jobs ?? 1,
    cache,
    actorsFile: options.actorsFile ?? null,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  return { files, fold, results, kb: () => knowledge, kbProblems, mapOptions, onFile, onDirect };
}

/** Problems by file, then record (stable: same file and record keep their order). */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.record ?? 0) - (b.record ?? 0)));
}

function finish(inputs: string[], fold: Fold, results: ArticleResult[], kb: KnowledgeBase, kbProblems: Problem[]): Built {
  const { dataset, sourcesCut } = assemble({ analyses: results, kb });
  const valid = validateDataset(dataset);
  if (!valid.ok) throw new Error(`internal error: the dataset does not validate: ${valid.errors.join('; ')}`);
  const problems = sortProblems([...kbProblems, ...fold.problems()]);
  return {
    dataset,
    report: {
      inputs,
      inputsSeen: fold.inputsSeen,
      articlesUsed: results.length,
      rejected: fold.inputsSeen - results.length,
      formats: fold.formats(),
      events: dataset.events.length,
      actors: dataset.actors.length,
      chars: results.reduce((n, a) => n + a.bodyChars, 0),
      problems,
      sourcesCut,
    },
    stats: { analysedFiles: fold.analysedFiles, cachedFiles: fold.cachedFiles },
  };
}
