/**
 * One article body through the pipeline's per-article stages, each timed: the stage split of
 * scripts/bench/stages.ts (read, sentences, dates, actors) plus the event stage and the app's
 * search index. The analysis is analyse.ts's own (its stage hook times each call), so a long body
 * is measured in the parts a build makes of it.
 */
import type { EventRecord } from '../../src/model/dataset.ts';
import { indexTexts } from '../../src/model/text-index.ts';
import { queryWords } from '../../src/lib/text.ts';
import type { KnowledgeBase } from '../../src/pipeline/actors/kb.ts';
import { analyseArticle, type AnalysisStage } from '../../src/pipeline/analyse.ts';
import type { CandidateEvent } from '../../src/pipeline/events/candidate.ts';
import { parseFileBytes } from '../../src/pipeline/read/read.ts';
import type { Problem, RawArticle } from '../../src/pipeline/read/types.ts';
import type { Token } from '../../src/pipeline/text/doc.ts';
import type { Sentence } from '../../src/pipeline/text/sentences.ts';
import type { Timex } from '../../src/pipeline/time/types.ts';
import type { ActorMention } from '../../src/pipeline/actors/context.ts';

export const STAGES = ['read', 'sentences', 'dates', 'actors', 'events', 'search'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  read: 'read/decode',
  sentences: 'sentences+tokens',
  dates: 'time tagger',
  actors: 'actors',
  events: 'events',
  search: 'search index',
};

export interface StageRun {
  timesMs: Record<Stage, number>;
  article: RawArticle | null;
  /** Every part's sentences and tokens, when asked for (`keep`): the benchmark keeps none. */
  sentences: Sentence[];
  tokens: Token[];
  timexes: Timex[];
  mentions: ActorMention[];
  candidates: CandidateEvent[];
  /** Events the search for a word of the body found. */
  searchHits: number;
  /** Stages that threw (the build reports such an article and goes on; the bench names it). */
  errors: string[];
}

const PUBLISHED = '2022-09-22';

/** The bytes of a .txt article with this body, as a file in the input folder would hold them. */
export function txtBytes(body: string): Uint8Array {
  return new TextEncoder().encode(`date ${PUBLISHED} Hostile input\n\n${body}`);
}

/** Search text as the app builds it, from the candidates as events of one source each. */
function asEvents(candidates: CandidateEvent[]): EventRecord[] {
  return candidates.map((c) => ({ ...c, sources: [c.source] }) as unknown as EventRecord);
}

export function runStages(bytes: Uint8Array, kb: KnowledgeBase, { keep = false } = {}): StageRun {
  const timesMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const errors: string[] = [];
  const timed = <T>(stage: Stage, run: () => T): T => {
    const started = performance.now();
    try {
      return run();
    } finally {
      timesMs[stage] += performance.now() - started;
    }
  };
  const problems: Problem[] = [];
  const records = timed('read', () => parseFileBytes({ fsPath: 'hostile.txt', displayPath: 'hostile.txt' }, bytes, problems));
  const first = records[0]?.result;
  const article = first?.ok ? first.article : null;
  const run: StageRun = { timesMs, article, sentences: [], tokens: [], timexes: [], mentions: [], candidates: [], searchHits: 0, errors };
  if (!article) return run;
  const analysed = (() => {
    try {
      return analyseArticle(article, kb, {
        stage: <T>(stage: AnalysisStage, work: () => T) => timed(stage, work),
        onDoc: keep
          ? (doc) => {
              run.sentences.push(...doc.sentences);
              for (const t of doc.tokens) run.tokens.push(t);
            }
          : undefined,
      });
    } catch (error) {
      errors.push(`analysis: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  })();
  if (!analysed) return run;
  Object.assign(run, { timexes: analysed.timexes, mentions: analysed.mentions, candidates: analysed.candidates });
  const body = article.body;
  const word = /\p{L}+/u.exec(body.slice(Math.floor(body.length / 2)))?.[0].toLowerCase() ?? 'kosovo';
  run.searchHits = timed('search', () => {
    const hits = indexTexts(asEvents(analysed.candidates)).matching(queryWords(word));
    return hits.reduce((n, h) => n + h, 0);
  });
  return run;
}
