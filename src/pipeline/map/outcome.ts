/**
 * What mapping one file produces, as text: the format the worker threads send, the cache stores
 * and the build state keeps. Line 1 is the light part (LightOutcome: everything but the candidate
 * events) as JSON; every further line is one candidate event, `<record>\t<month>\t<JSON>`, where
 * record indexes LightOutcome.records and month (YYYY-MM of the candidate's start) routes it to
 * its merge bucket without parsing it. Candidates are the bulk of an outcome and are only parsed
 * when their month is merged.
 */
import type { ArticleRecord } from '../../model/dataset.ts';
import type { ActorKind } from '../../model/dataset.ts';
import type { ArticleResult } from '../analyse.ts';
import type { CandidateEvent } from '../events/candidate.ts';
import { encodeRefine, refineRecord, type RefineRecord } from '../events/refine.ts';
import type { Problem } from '../read/types.ts';

/** A discovered actor as JSON (KbActor with its aliases as a sorted array). */
export interface DiscoveredActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  affiliations: { actor: string; role: string | null }[];
}

/** One record of a file: rejected, or read (and analysed, unless the analysis failed). */
export interface LightRecord {
  /** 1-based record number in a multi-record file. */
  record?: number;
  /** Why the reader rejected the record; nothing else is set then. */
  error?: string;
  /** Reader warnings (something dropped or guessed). */
  warnings: string[];
  /** Article path and body hash, for the duplicate check across files. */
  path?: string;
  hash?: string;
  /** Set when the analysis threw (a bug on one article must not cost the others). */
  analysisError?: string;
  /** The analysed article without its candidates (set when analysed). */
  article?: ArticleRecord;
  discovered?: DiscoveredActor[];
  mentions?: { actor: string; text: string }[];
  bodyChars?: number;
  /**
   * Months its candidates start in, sorted; not those told without a date (`datedElsewhere`),
   * whose month is a placeholder and which make events only where moved (state/refined.ts).
   */
  months?: string[];
  /** What dating its candidates by other articles' reports needs of them (events/refine.ts encodeRefine); absent when none. */
  refine?: string[];
}

export interface LightOutcome {
  /** Problems of the whole file (cannot read, undecodable, broken JSON, …). */
  problems: Problem[];
  records: LightRecord[];
}

/** A candidate line of an outcome, unparsed. */
export interface CandidateLine {
  record: number;
  month: string;
  json: string;
}

export const monthOf = (c: CandidateEvent): string => c.interval.start.slice(0, -3);

/**
 * Fill each analysed record of a light outcome from its full result (index-aligned with records):
 * everything but the candidates. Returns the same outcome.
 */
export function completeLight(light: LightOutcome, results: (ArticleResult | undefined)[]): LightOutcome {
  results.forEach((result, i) => {
    if (!result) return;
    const record = light.records[i]!;
    record.article = result.article;
    record.discovered = result.discovered.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: [...a.aliases].sort(), affiliations: a.affiliations }));
    record.mentions = result.mentions;
    record.bodyChars = result.bodyChars;
    record.months = [...new Set(result.candidates.filter((c) => !c.datedElsewhere).map(monthOf))].sort();
    const refine = result.candidates.map(refineRecord).filter((r): r is RefineRecord => r !== null);
    if (refine.length) record.refine = refine.map(encodeRefine);
  });
  return light;
}

/** Encode a light outcome plus each analysed record's full result (index-aligned with records). */
export function encodeOutcome(light: LightOutcome, results: (ArticleResult | undefined)[]): string {
  completeLight(light, results);
  const lines: string[] = [JSON.stringify(light)];
  results.forEach((result, i) => {
    if (result) for (const c of result.candidates) lines.push(`${i}\t${monthOf(c)}\t${JSON.stringify(c)}`);
  });
  return lines.join('\n');
}

/** The text of a decoded outcome again (decodeOutcome's inverse: the same lines). */
export function reencodeOutcome(light: LightOutcome, candidates: readonly CandidateLine[]): string {
  return [JSON.stringify(light), ...candidates.map((c) => `${c.record}\t${c.month}\t${c.json}`)].join('\n');
}

export function decodeOutcome(text: string): { light: LightOutcome; candidates: CandidateLine[] } {
  const lines = text.split('\n');
  const light = JSON.parse(lines[0]!) as LightOutcome;
  const candidates = lines.slice(1).map((line): CandidateLine => {
    const tab1 = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab1 + 1);
    return { record: Number(line.slice(0, tab1)), month: line.slice(tab1 + 1, tab2), json: line.slice(tab2 + 1) };
  });
  return { light, candidates };
}

/** The ArticleResult of an analysed record, from its light part and its parsed candidates. */
export function toArticleResult(record: LightRecord, candidates: CandidateEvent[]): ArticleResult {
  return {
    article: record.article!,
    discovered: record.discovered!.map((a) => ({ ...a, aliases: new Set(a.aliases) })),
    mentions: record.mentions!,
    candidates,
    bodyChars: record.bodyChars!,
  };
}
