/**
 * The whole build: read inputs → analyse each article → merge events → actors → dataset, plus
 * the build report. Pure apart from reading the inputs; writing is the caller's job.
 */
import { readFileSync } from 'node:fs';
import { DATASET_VERSION, type Dataset } from '../model/dataset.ts';
import { validateDataset } from '../model/validate.ts';
import { buildKnowledgeBase, parseCurated, type KnowledgeBase } from './actors/kb.ts';
import { ActorRegistry } from './actors/registry.ts';
import { analyseArticle, type ArticleAnalysis } from './analyse.ts';
import { mergeCandidates } from './events/merge.ts';
import { readInputs } from './read/read.ts';
import type { Problem } from './read/types.ts';

export const GENERATOR = 'dateline 0.1.0';

export interface BuildReport {
  inputs: string[];
  /** Inputs looked at (files, plus each record of multi-record files). */
  inputsSeen: number;
  articlesUsed: number;
  rejected: number;
  events: number;
  actors: number;
  /** Characters of article text analysed. */
  chars: number;
  problems: Problem[];
}

export interface BuildOptions {
  /** Curated actors file (JSON); missing file is fine, a broken one is a reported problem. */
  actorsFile?: string | null;
  onProgress?: (done: number, total: number, stage: string) => void;
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

/** Read and analyse every input (shared by `build`, `events` and `annotate`). */
export function analyseInputs(inputs: string[], options: BuildOptions = {}): Analysed {
  const problems: Problem[] = [];
  const kb = loadKnowledgeBase(options.actorsFile, problems);
  const read = readInputs(inputs, (done, total) => options.onProgress?.(done, total, 'read'));
  problems.push(...read.problems);
  const analyses: ArticleAnalysis[] = [];
  read.articles.forEach((raw, i) => {
    try {
      analyses.push(analyseArticle(raw, kb));
    } catch (error) {
      // A bug on one article must not cost the others; report it like bad input.
      problems.push({ file: raw.path, severity: 'error', reason: `could not be analysed (${(error as Error).message})` });
    }
    options.onProgress?.(i + 1, read.articles.length, 'analyse');
  });
  return { analyses, problems, inputsSeen: read.inputsSeen, kb };
}

export function assembleDataset({ analyses, kb }: Analysed): Dataset {
  const registry = new ActorRegistry(kb);
  for (const a of analyses) {
    registry.addDiscovered(a.discovered);
    for (const m of a.mentions) registry.noteSurface(m.actor, m.text);
  }
  const { events, redirects } = mergeCandidates(analyses.flatMap((a) => a.candidates));
  const usedArticles = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
  return {
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
}

export function buildDataset(inputs: string[], options: BuildOptions = {}): { dataset: Dataset; report: BuildReport } {
  const analysed = analyseInputs(inputs, options);
  const dataset = assembleDataset(analysed);
  const valid = validateDataset(dataset);
  if (!valid.ok) throw new Error(`internal error: the dataset does not validate: ${valid.errors.join('; ')}`);
  const problems = [...analysed.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.record ?? 0) - (b.record ?? 0)));
  return {
    dataset,
    report: {
      inputs,
      inputsSeen: analysed.inputsSeen,
      articlesUsed: analysed.analyses.length,
      rejected: analysed.inputsSeen - analysed.analyses.length,
      events: dataset.events.length,
      actors: dataset.actors.length,
      chars: analysed.analyses.reduce((n, a) => n + a.bodyChars, 0),
      problems,
    },
  };
}
