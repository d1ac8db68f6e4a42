/** One article through the per-article stages: sentences, dates, actors, candidate events. */
import type { ArticleRecord } from '../model/dataset.ts';
import type { ActorMention } from './actors/context.ts';
import type { KbActor, KnowledgeBase } from './actors/kb.ts';
import { recogniseActors } from './actors/recognise.ts';
import { resolveReferences } from './actors/coref.ts';
import { recogniseNamedThings } from './actors/named-things.ts';
import { recogniseProducts } from './actors/products.ts';
import { detectEvents } from './events/detect.ts';
import { findTriggers } from './events/triggers.ts';
import type { CandidateEvent } from './events/candidate.ts';
import { originLookup } from './read/origin.ts';
import { bodyHash } from './read/read.ts';
import type { RawArticle } from './read/types.ts';
import { makeDoc } from './text/doc.ts';
import { splitAfterDateline } from './text/sentences.ts';
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

export function analyseArticle(raw: RawArticle, kb: KnowledgeBase): ArticleAnalysis {
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
  const contentStart = raw.dateline?.end ?? 0;
  const timexes = tagTimexes(raw.body, { dct: raw.published });
  const doc = makeDoc(raw.body, splitAfterDateline(raw.body, contentStart));
  const actors = recogniseActors(raw.body, kb, raw.dateline);
  const products = recogniseProducts(doc, actors.mentions, kb, contentStart);
  const things = recogniseNamedThings(doc, products.mentions, contentStart);
  const mentions = things.mentions;
  const discovered = [...actors.discovered, ...products.discovered, ...things.discovered];
  const resolved = resolveReferences(doc, mentions);
  const triggers = findTriggers(doc);
  const candidates = detectEvents({ id: article.id, path: raw.path, published: raw.published, body: raw.body, contentStart }, { doc, timexes, named: mentions, resolved, triggers });
  const originAt = originLookup(raw.origin, raw.body);
  for (const c of candidates) {
    const origin = originAt(c.source.start);
    if (origin) c.source.origin = origin;
  }
  return { article, timexes, mentions, discovered, candidates, bodyChars: raw.body.length, body: raw.body };
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
