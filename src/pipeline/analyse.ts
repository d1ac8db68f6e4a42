/** One article through the per-article stages: sentences, dates, actors, candidate events. */
import type { ArticleRecord } from '../model/dataset.ts';
import type { ActorMention } from './actors/context.ts';
import type { KbActor, KnowledgeBase } from './actors/kb.ts';
import { recogniseActors } from './actors/recognise.ts';
import { resolveReferences } from './actors/coref.ts';
import { recogniseNamedThings } from './actors/named-things.ts';
import { linkParties } from './actors/parties.ts';
import { tagNameTokens } from './actors/name-tokens.ts';
import { recogniseProducts } from './actors/products.ts';
import { detectEvents } from './events/detect.ts';
import { findTriggers } from './events/triggers.ts';
import type { CandidateEvent } from './events/candidate.ts';
import { originLookup } from './read/origin.ts';
import { bodyHash } from './read/read.ts';
import type { RawArticle } from './read/types.ts';
import { makeDoc, type Doc } from './text/doc.ts';
import { splitAfterDateline, type Sentence } from './text/sentences.ts';
import { tagTimexes } from './time/tagger.ts';
import type { Timex } from './time/types.ts';

export interface ArticleAnalysis {
  article: ArticleRecord;
  timexes: Timex[];
  mentions: ActorMention[];
  discovered: KbActor[];
  candidates: CandidateEvent[];
  /** Length of the body in UTF-16 units, for throughput figures. */
  bodyChars: number;
  /** The body the offsets index (`dateline annotate` grows mentions to their extents in it); not kept by toResult. */
  body: string;
}

/** The stages the hostile-input benchmark times (scripts/bench/hostile-stages.ts). */
export type AnalysisStage = 'sentences' | 'dates' | 'actors' | 'events';
/** Runs one stage's work: as it is in a build; the benchmark passes one that times each call. */
export type StageRunner = <T>(stage: AnalysisStage, run: () => T) => T;

/** What the benchmark and the tests watch of an analysis; a build passes none. */
export interface AnalyseHooks {
  stage?: StageRunner;
  /** Sees each part's document before it is dropped. */
  onDoc?: (doc: Doc) => void;
}

/**
 * A body longer than this (a report, a transcript, a dump: no news story comes near it) is made
 * into documents of whole sentences at most this long, one after the other, each dropped once its
 * events are found. The tokens in memory are those of one part, and time stays linear in the
 * body: one document of 2 million tokens kept the garbage collector busy for a third of its time,
 * growing faster than the body (docs/SECURITY.md). Dates and names are still found over the whole body; what a part
 * cannot see is an earlier part's story day, narrative time and pronoun antecedents.
 */
export const PART_CHARS = 65_536;

/** The sentences in runs of at most `maxChars` from the first one's start to the last one's end. */
export function sentenceParts(sentences: Sentence[], maxChars = PART_CHARS): Sentence[][] {
  const parts: Sentence[][] = [];
  for (let first = 0; first < sentences.length; ) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]!.end - sentences[first]!.start <= maxChars) last++;
    parts.push(sentences.slice(first, last + 1));
    first = last + 1;
  }
  return parts;
}

/** One article through the per-article stages; throws what a stage threw. */
export function analyseArticle(raw: RawArticle, kb: KnowledgeBase, hooks: AnalyseHooks = {}): ArticleAnalysis {
  const [analysed] = analyseArticles([raw], kb, hooks);
  if (analysed instanceof Error) throw analysed;
  return analysed!;
}

/**
 * Articles through the per-article stages one stage at a time: every article's dates, then every
 * article's sentences, and so on. Each article's analysis is the same as alone (no stage reads
 * another article); run this way over a batch of a dozen articles the build is about a fifth
 * faster than article by article, as each stage's code and data stay in the processor's caches
 * while it runs (docs/ARCHITECTURE.md). An article's parts (PART_CHARS) go one round each, so one
 * document per article is in memory at a time. A stage that throws on an article costs that
 * article only: its slot holds the error.
 */
export function analyseArticles(raws: RawArticle[], kb: KnowledgeBase, hooks: AnalyseHooks = {}): (ArticleAnalysis | Error)[] {
  const stage: StageRunner = hooks.stage ?? ((_stage, run) => run());
  const out: (ArticleAnalysis | Error | undefined)[] = raws.map(() => undefined);
  let live = raws.map((_, i) => i);
  /** Runs `work` for every article still standing, in order; one that throws is out. */
  const each = <T>(name: AnalysisStage, work: (i: number) => T): T[] => {
    const results: T[] = [];
    for (const i of live) {
      try {
        results[i] = stage(name, () => work(i));
      } catch (error) {
        out[i] = error instanceof Error ? error : new Error(String(error));
      }
    }
    live = live.filter((i) => out[i] === undefined);
    return results;
  };
  const timexes = each('dates', (i) => tagTimexes(raws[i]!.body, { dct: raws[i]!.published }));
  const sentences = each('sentences', (i) => splitAfterDateline(raws[i]!.body, contentStartOf(raws[i]!)));
  const actors = each('actors', (i) => recogniseActors(raws[i]!.body, kb, raws[i]!.dateline));
  const works: Work[] = [];
  for (const i of live) works[i] = startWork(raws[i]!, timexes[i]!, sentences[i]!, actors[i]!);
  const rounds = Math.max(0, ...live.map((i) => works[i]!.parts.length));
  for (let p = 0; p < rounds; p++) {
    const atRound = live;
    live = live.filter((i) => p < works[i]!.parts.length);
    const docs = each('sentences', (i) => makeDoc(raws[i]!.body, works[i]!.parts[p]!));
    if (hooks.onDoc) for (const i of live) hooks.onDoc(docs[i]!);
    const named = each('actors', (i) => nameThings(works[i]!, docs[i]!, p, kb));
    each('events', (i) => {
      const w = works[i]!;
      const found = detectEvents(w.input, { doc: docs[i]!, timexes: w.partTimexes[p]!, named: named[i]!.named, resolved: named[i]!.resolved, triggers: findTriggers(docs[i]!) });
      w.mentions.push(...named[i]!.named);
      w.candidates.push(...found);
    });
    // (An article with fewer parts sat this round out.)
    live = atRound.filter((i) => out[i] === undefined);
  }
  for (const i of live) out[i] = finishWork(works[i]!, raws[i]!);
  return out as (ArticleAnalysis | Error)[];
}

/**
 * Articles are analysed in batches of at most this many, and of at most BATCH_CHARS of text: a
 * batch's documents are in memory together.
 */
export const BATCH_ARTICLES = 16;
const BATCH_CHARS = 256 * 1024;

/** analyseArticles over batches of at most BATCH_ARTICLES articles and BATCH_CHARS characters; `onBatch` gets how many are done. */
export function analyseInBatches(raws: RawArticle[], kb: KnowledgeBase, onBatch?: (done: number) => void): (ArticleAnalysis | Error)[] {
  const out: (ArticleAnalysis | Error)[] = [];
  for (let first = 0; first < raws.length; ) {
    let last = first + 1;
    let chars = raws[first]!.body.length;
    while (last < raws.length && last - first < BATCH_ARTICLES && chars + raws[last]!.body.length <= BATCH_CHARS) chars += raws[last++]!.body.length;
    out.push(...analyseArticles(raws.slice(first, last), kb));
    onBatch?.(last);
    first = last;
  }
  return out;
}

/** An article between its whole-body stages and its per-part ones. */
interface Work {
  article: ArticleRecord;
  timexes: Timex[];
  parts: Sentence[][];
  partTimexes: Timex[][];
  partNames: ActorMention[][];
  mentions: ActorMention[];
  discovered: KbActor[];
  candidates: CandidateEvent[];
  input: { id: string; path: string; published: string; body: string; contentStart: number };
}

const contentStartOf = (raw: RawArticle): number => raw.dateline?.end ?? 0;

function startWork(raw: RawArticle, timexes: Timex[], sentences: Sentence[], actors: ReturnType<typeof recogniseActors>): Work {
  const article: ArticleRecord = {
    id: `a${bodyHash(raw.body)}`,
    path: raw.path,
    title: raw.title,
    published: raw.published,
    ...(raw.publishedFrom ? { publishedFrom: raw.publishedFrom } : {}),
    outlet: raw.outlet,
    place: raw.place,
    url: raw.url,
  };
  const parts = sentenceParts(sentences);
  return {
    article,
    timexes,
    parts,
    partTimexes: byPart(timexes, parts),
    partNames: byPart(actors.mentions, parts),
    mentions: [],
    discovered: [...actors.discovered],
    candidates: [],
    input: { id: article.id, path: raw.path, published: raw.published, body: raw.body, contentStart: contentStartOf(raw) },
  };
}

/** Products and named things in part `p`'s document, and what refers back to them. */
function nameThings(w: Work, doc: Doc, p: number, kb: KnowledgeBase): { named: ActorMention[]; resolved: ReturnType<typeof resolveReferences> } {
  const contentStart = w.input.contentStart;
  const products = recogniseProducts(doc, w.partNames[p]!, kb, contentStart);
  const things = recogniseNamedThings(doc, products.mentions, contentStart);
  w.discovered.push(...products.discovered, ...things.discovered);
  tagNameTokens(doc, things.mentions);
  return { named: things.mentions, resolved: resolveReferences(doc, things.mentions) };
}

function finishWork(w: Work, raw: RawArticle): ArticleAnalysis {
  linkParties(w.candidates, w.discovered);
  const originAt = originLookup(raw.origin, raw.body);
  for (const c of w.candidates) {
    const origin = originAt(c.source.start);
    if (origin) c.source.origin = origin;
  }
  return { article: w.article, timexes: w.timexes, mentions: w.mentions, discovered: w.discovered, candidates: w.candidates, bodyChars: raw.body.length, body: raw.body };
}

/** Spans given to the part their start is in, in text order; one part takes the list as it is. */
function byPart<T extends { start: number }>(spans: T[], parts: Sentence[][]): T[][] {
  if (parts.length <= 1) return [spans];
  const out: T[][] = parts.map(() => []);
  let p = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (p + 1 < parts.length && span.start >= parts[p + 1]![0]!.start) p++;
    out[p]!.push(span);
  }
  return out;
}

/**
 * What later stages need of an analysed article (merge, actors, dataset), without the body or
 * the timexes: small enough to keep for 100k articles, to pass between threads and to cache.
 * An ArticleAnalysis is one too (its mentions carry `actor` and `text`).
 */
export interface ArticleResult {
  article: ArticleRecord;
  discovered: KbActor[];
  /** Distinct (actor, surface text) pairs, for the actors' aliases. */
  mentions: { actor: string; text: string }[];
  candidates: CandidateEvent[];
  bodyChars: number;
}

export function toResult(a: ArticleAnalysis): ArticleResult {
  const seen = new Set<string>();
  const mentions: { actor: string; text: string }[] = [];
  for (const m of a.mentions) {
    const key = `${m.actor}\u0000${m.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ actor: m.actor, text: m.text });
  }
  return { article: a.article, discovered: a.discovered, mentions, candidates: a.candidates, bodyChars: a.bodyChars };
}
