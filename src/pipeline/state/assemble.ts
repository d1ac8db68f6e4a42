/**
 * Writes the outputs of a build from its state into a new generation (write/publish.ts): the
 * chunks (those whose months did not change are linked from the published generation), actors,
 * redirects, the manifest and, up to DATASET_JSON_MAX_EVENTS events, dataset.json. Produces the
 * same bytes as write.ts does from a whole Dataset.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_VERSION, EVENT_TYPES, type ActorRecord, type ArticleRecord } from '../../model/dataset.ts';
import { ACTORS_FILE, CHUNKS_DIR, DATASET_JSON_MAX_EVENTS, MANIFEST_FILE, MANIFEST_VERSION, REDIRECTS_FILE, type Overview } from '../../model/manifest.ts';
import { validateManifest } from '../../model/validate-manifest.ts';
import { chunkRef, manifestFor, partitionDays, type DayCounts } from '../write/chunks.ts';
import { DATASET_FILE, type Staging } from '../write/publish.ts';
import type { EventLine, MonthFiles } from './months.ts';
import type { ChunkState, MonthSummary } from './store.ts';

export interface Assembly {
  /** The generation being written. */
  staging: Staging;
  generator: string;
  months: Record<string, MonthSummary>;
  monthFiles: MonthFiles;
  /** Used articles that have events, by id. */
  articles: Map<string, ArticleRecord>;
  actors: ActorRecord[];
  previousChunks: Record<string, ChunkState>;
  /** Whether a month merged this build has other redirects than before (else the published redirects.json is kept). */
  redirectsChanged: boolean;
  /** SHA-256 of the redirects.json the state's build published. */
  previousRedirects: string | null;
}

export interface AssemblyResult {
  chunks: Record<string, ChunkState>;
  events: number;
  datasetJson: boolean;
  /** Chunk files written (the others were unchanged). */
  chunksWritten: number;
  /** SHA-256 of the redirects.json of this generation. */
  redirects: string;
}

const fail = (what: string, errors: string[]): never => {
  throw new Error(`internal error: ${what} does not validate: ${errors.join('; ')}`);
};

export function assembleFromState(a: Assembly): AssemblyResult {
  const monthNames = Object.keys(a.months).sort();
  const days: DayCounts = [];
  const monthStart = new Map<string, number>();
  let total = 0;
  for (const m of monthNames) {
    monthStart.set(m, total);
    for (const d of a.months[m]!.days) {
      days.push(d);
      total += d[1];
    }
  }
  // The months of the chunk being written, read once: a month split between two chunks is kept
  // for the second, any other is let go (a 100k-article build's months hold 1 GB of events).
  const loaded = new Map<string, EventLine[]>();
  const monthEvents = (m: string): EventLine[] => {
    let lines = loaded.get(m);
    if (!lines) loaded.set(m, (lines = a.monthFiles.events(m)));
    return lines;
  };
  const chunks: Record<string, ChunkState> = {};
  let chunksWritten = 0;
  for (const part of partitionDays(days)) {
    const pieces = monthNames
      .map((m) => ({ m, from: Math.max(part.from, monthStart.get(m)!), to: Math.min(part.to, monthStart.get(m)! + countOf(a.months[m]!)) }))
      .filter((p) => p.from < p.to);
    for (const m of loaded.keys()) if (!pieces.some((p) => p.m === m)) loaded.delete(m);
    const hash = createHash('sha256').update(JSON.stringify([part.file, part.start, part.end]));
    for (const p of pieces) hash.update(`${p.m}:${a.months[p.m]!.signature}:${p.from - monthStart.get(p.m)!}:${p.to - monthStart.get(p.m)!}`);
    const signature = hash.digest('hex');
    const before = a.previousChunks[part.file];
    const path = join(CHUNKS_DIR, part.file);
    const published = a.staging.previousFile(path);
    if (before && before.signature === signature && published && existsSync(published) && statSync(published).size === before.bytes) {
      a.staging.reuse(path);
      chunks[part.file] = before;
      continue;
    }
    const events = pieces.flatMap((p) => monthEvents(p.m).slice(p.from - monthStart.get(p.m)!, p.to - monthStart.get(p.m)!));
    const ids = [...new Set(events.flatMap((e) => e.articles))].sort();
    const missing = ids.filter((id) => !a.articles.has(id));
    if (missing.length) fail(part.file, [`unknown article(s) ${missing.slice(0, 5).join(', ')}`]);
    const misplaced = events.filter((e, i) => e.start < part.start || e.start > part.end || (i > 0 && (events[i - 1]!.start > e.start || (events[i - 1]!.start === e.start && events[i - 1]!.end > e.end))));
    if (misplaced.length) fail(part.file, [`${misplaced.length} event(s) outside the period or out of order`]);
    // Exactly JSON.stringify(chunk) for an EventChunk {version, start, end, events, articles}.
    const head = JSON.stringify({ version: MANIFEST_VERSION, start: part.start, end: part.end }).slice(0, -1);
    const text = `${head},"events":[${events.map((e) => e.json).join(',')}],"articles":${JSON.stringify(ids.map((id) => a.articles.get(id)!))}}\n`;
    a.staging.write(path, text);
    chunksWritten++;
    chunks[part.file] = { signature, ref: chunkRef(part, events), bytes: Buffer.byteLength(text) };
  }

  const datasetJson = total <= DATASET_JSON_MAX_EVENTS;
  // Kept as published when no month's redirects changed (the 270,000 of a 100k-article build,
  // sorted and written again, took 0.3 s of rebuilding one changed article), and only the very
  // file this state's build published: another build may have published since.
  const redirectsPath = join(CHUNKS_DIR, REDIRECTS_FILE);
  const keep = !a.redirectsChanged && a.previousRedirects !== null && a.staging.previousHash(redirectsPath) === a.previousRedirects && existsSync(a.staging.previousFile(redirectsPath)!);
  let text: string | null = null;
  const redirects = (): string => (text ??= redirectsText(monthNames.map((m) => a.months[m]!.redirects)));
  const overview: Overview = { types: [...EVENT_TYPES], bins: monthNames.map((m) => ({ month: m, events: countOf(a.months[m]!), types: a.months[m]!.types })) };
  const manifest = manifestFor(a.generator, a.articles.size, days[0]?.[0] ?? null, Object.values(chunks).map((c) => c.ref), overview);
  const valid = validateManifest(manifest);
  if (!valid.ok) fail('the manifest', valid.errors);
  a.staging.write(join(CHUNKS_DIR, ACTORS_FILE), `${JSON.stringify(a.actors)}\n`);
  if (keep) a.staging.reuse(redirectsPath);
  else a.staging.write(redirectsPath, `${redirects()}\n`);
  a.staging.write(join(CHUNKS_DIR, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);

  if (datasetJson) {
    // Exactly JSON.stringify(dataset) for a Dataset {version, generator, articles, actors, events, redirects}.
    const articles = [...a.articles.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
    const head = JSON.stringify({ version: DATASET_VERSION, generator: a.generator, articles, actors: a.actors }).slice(0, -1);
    const events = monthNames.map((m) => (loaded.get(m) ?? a.monthFiles.events(m)).map((e) => e.json).join(',')).filter((s) => s !== '');
    a.staging.write(DATASET_FILE, `${head},"events":[${events.join(',')}],"redirects":${redirects()}}\n`);
  }
  return { chunks, events: total, datasetJson, chunksWritten, redirects: a.staging.hashOf(redirectsPath)! };
}

/**
 * The text of the redirects object, as JSON.stringify writes it from the months' redirects in
 * order of merged id, without making the object: a build of 100,000 articles has 270,000 of
 * them, and an object that large is a slow dictionary. Each month's list is sorted (months.ts),
 * so sorting them together merges sorted runs. (A merged id is in one month only.)
 */
export function redirectsText(months: [string, string][][]): string {
  const all = months.flat().sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${all.map(([from, to]) => `${JSON.stringify(from)}:${JSON.stringify(to)}`).join(',')}}`;
}

function countOf(m: MonthSummary): number {
  return m.days.reduce((n, [, k]) => n + k, 0);
}
