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

export function analyseArticle(raw: RawArticle, kb: KnowledgeBase, hooks: AnalyseHooks = {}): ArticleAnalysis {
  const stage: StageRunner = hooks.stage ?? ((_stage, run) => run());
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
  const body = raw.body;
  const contentStart = raw.dateline?.end ?? 0;
  const timexes = stage('dates', () => tagTimexes(body, { dct: raw.published }));
  const sentences = stage('sentences', () => splitAfterDateline(body, contentStart));
  const actors = stage('actors', () => recogniseActors(body, kb, raw.dateline));
  const parts = sentenceParts(sentences);
  const partTimexes = byPart(timexes, parts);
  const partNames = byPart(actors.mentions, parts);
  const mentions: ActorMention[] = [];
  const discovered = [...actors.discovered];
  const candidates: CandidateEvent[] = [];
  const input = { id: article.id, path: raw.path, published: raw.published, body, contentStart };
  parts.forEach((part, p) => {
    const doc = stage('sentences', () => makeDoc(body, part));
    hooks.onDoc?.(doc);
    const { named, resolved } = stage('actors', () => {
      const products = recogniseProducts(doc, partNames[p]!, kb, contentStart);
      const things = recogniseNamedThings(doc, products.mentions, contentStart);
      discovered.push(...products.discovered, ...things.discovered);
      tagNameTokens(doc, things.mentions);
      return { named: things.mentions, resolved: resolveReferences(doc, things.mentions) };
    });
    mentions.push(...named);
    const found = stage('events', () => detectEvents(input, { doc, timexes: partTimexes[p]!, named, resolved, triggers: findTriggers(doc) }));
    candidates.push(...found);
  });
  linkParties(candidates, discovered);
  const originAt = originLookup(raw.origin, body);
  for (const c of candidates) {
    const origin = originAt(c.source.start);
    if (origin) c.source.origin = origin;
  }
  return { article, timexes, mentions, discovered, candidates, bodyChars: body.length, body };
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
