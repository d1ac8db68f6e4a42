/**
 * One article body through the pipeline's per-article stages, one at a time, each timed: the stage
 * split of scripts/bench/stages.ts (read, sentences, dates, actors) plus the event stage and the
 * app's search index, as analyse.ts chains them.
 */
import type { EventRecord } from '../../src/model/dataset.ts';
import { TextIndex } from '../../src/model/filter.ts';
import { queryWords } from '../../src/lib/text.ts';
import type { KnowledgeBase } from '../../src/pipeline/actors/kb.ts';
import { resolveReferences } from '../../src/pipeline/actors/coref.ts';
import { recogniseNamedThings } from '../../src/pipeline/actors/named-things.ts';
import { recogniseProducts } from '../../src/pipeline/actors/products.ts';
import { recogniseActors } from '../../src/pipeline/actors/recognise.ts';
import { detectEvents } from '../../src/pipeline/events/detect.ts';
import { findTriggers } from '../../src/pipeline/events/triggers.ts';
import type { CandidateEvent } from '../../src/pipeline/events/candidate.ts';
import { parseFileBytes } from '../../src/pipeline/read/read.ts';
import type { Problem, RawArticle } from '../../src/pipeline/read/types.ts';
import { makeDoc, type Doc } from '../../src/pipeline/text/doc.ts';
import { tagTimexes } from '../../src/pipeline/time/tagger.ts';
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
  doc: Doc | null;
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

export function runStages(bytes: Uint8Array, kb: KnowledgeBase): StageRun {
  const timesMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const errors: string[] = [];
  const timed = <T>(stage: Stage, run: () => T, fallback?: T): T => {
    const started = performance.now();
    try {
      return run();
    } catch (error) {
      if (fallback === undefined) throw error;
      errors.push(`${stage}: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    } finally {
      timesMs[stage] += performance.now() - started;
    }
  };
  const problems: Problem[] = [];
  const records = timed('read', () => parseFileBytes({ fsPath: 'hostile.txt', displayPath: 'hostile.txt' }, bytes, problems));
  const first = records[0]?.result;
  const article = first?.ok ? first.article : null;
  const empty: StageRun = { timesMs, article, doc: null, timexes: [], mentions: [], candidates: [], searchHits: 0, errors };
  if (!article) return empty;
  const body = article.body;
  const contentStart = article.dateline?.end ?? 0;
  const doc = timed('sentences', () => makeDoc(body));
  const timexes = timed('dates', () => tagTimexes(body, { dct: article.published }));
  const { mentions, resolved } = timed('actors', () => {
    const found = recogniseActors(body, kb, article.dateline);
    const products = recogniseProducts(doc, found.mentions, kb, contentStart);
    const things = recogniseNamedThings(doc, products.mentions, contentStart);
    return { mentions: things.mentions, resolved: resolveReferences(doc, things.mentions) };
  });
  const candidates = timed('events', () =>
    detectEvents(
      { id: 'hostile', path: article.path, published: article.published, body, contentStart },
      { doc, timexes, named: mentions, resolved, triggers: findTriggers(doc) },
    ),
    [] as CandidateEvent[],
  );
  const word = doc.tokens[Math.floor(doc.tokens.length / 2)]?.lower ?? 'kosovo';
  const searchHits = timed('search', () => {
    const hits = new TextIndex(asEvents(candidates)).matching(queryWords(word));
    return hits.reduce((n, h) => n + h, 0);
  });
  return { timesMs, article, doc, timexes, mentions, candidates, searchHits, errors };
}
