/**
 * Seeded generator of valid Dateline datasets for benchmarks: `tsx scripts/bench/generate-dataset.ts
 * <events> <out.json> [seed] [--chunks <dir>]`. Realistic spreads: most events recent and
 * day-precise, a long tail back to 1900, coarser precisions, a few hundred busy actors and many rare
 * ones, 1–3 sources each.
 *
 * `--chunks <dir>` also writes the chunked form (manifest, time-partitioned event chunks, actors,
 * redirects: src/model/manifest.ts) with the pipeline's own writer, as `dateline build` does under
 * `<out>/chunks/`. `-` as <out.json> writes only the chunks (a million events make a dataset.json
 * too big for one JavaScript string).
 */
import { writeFileSync } from 'node:fs';
import { writeChunks } from '../../src/pipeline/write/write.ts';
import {
  DATASET_VERSION,
  EVENT_TYPES,
  type ActorKind,
  type Dataset,
  type EventRecord,
  type Precision,
} from '../../src/model/dataset.ts';
import { addDays, formatDay, utcMs } from '../../src/model/dates.ts';
import { intervalToEdtf, timexToInterval } from '../../src/model/edtf.ts';
import { importanceOf } from '../../src/model/importance.ts';

/** mulberry32: small, fast, good enough for synthetic data, and reproducible from a seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRECISION_WEIGHTS: [Precision, number][] = [
  ['day', 0.62],
  ['week', 0.05],
  ['month', 0.15],
  ['season', 0.03],
  ['quarter', 0.03],
  ['year', 0.09],
  ['decade', 0.02],
  ['century', 0.01],
];
const KINDS: ActorKind[] = [
  'person',
  'person',
  'person',
  'country',
  'organization',
  'organization',
  'group',
];
const WORDS =
  'talks summit ceasefire election protest agreement sanctions troops border court ruling vote visit deal strike parliament minister envoy plates bridge'.split(
    ' ',
  );

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function weighted<T>(random: () => number, table: [T, number][]): T {
  let x = random();
  for (const [item, w] of table) if ((x -= w) <= 0) return item;
  return table[table.length - 1]![0];
}

/** TIMEX-style value for a day at a precision, so intervals come from the model's own code. */
function valueAt(day: string, precision: Precision): string {
  const y = day.slice(0, 4);
  const m = Number(day.slice(5, 7));
  switch (precision) {
    case 'day':
      return day;
    case 'week':
      return day; // made a week below
    case 'month':
      return day.slice(0, 7);
    case 'season':
      return `${y}-${['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][m - 1]}`;
    case 'quarter':
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return y;
    case 'decade':
      return y.slice(0, 3);
    case 'century':
      return y.slice(0, 2);
  }
}

export function generateDataset(eventCount: number, seed = 1): Dataset {
  const random = rng(seed);
  const actorCount = Math.max(50, Math.round(Math.sqrt(eventCount) * 6));
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const kind = pick(random, KINDS);
    return {
      id: `${kind}:synthetic-${i}`,
      name: `${kind === 'person' ? 'Person' : kind === 'country' ? 'Country' : kind === 'group' ? 'Group' : 'Org'} ${i}`,
      kind,
      aliases: [],
      affiliations: [],
      eventCount: 0,
    };
  });
  const articleCount = Math.max(10, Math.round(eventCount / 3));
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    id: `a${i.toString(16).padStart(16, '0')}`,
    path: `synthetic/${i}.txt`,
    title: `Synthetic article ${i}`,
    published: formatDay(utcMs(2000, 1, 1) + Math.floor(random() * 9000) * 86_400_000),
    outlet: 'Synthetic Wire',
    place: null,
    url: `https://example.org/${i}`,
  }));
  const startMs = utcMs(1900, 1, 1);
  const spanDays = Math.round((utcMs(2025, 12, 31) - startMs) / 86_400_000);
  const events: EventRecord[] = [];
  for (let i = 0; i < eventCount; i++) {
    // Skewed to recent decades: news is mostly about now.
    const day = formatDay(startMs + Math.floor(Math.pow(random(), 0.25) * spanDays) * 86_400_000);
    const precision = weighted(random, PRECISION_WEIGHTS);
    const base = timexToInterval(valueAt(day, precision))!;
    const interval = precision === 'week' ? { start: day, end: addDays(day, 6), precision } : base;
    const n = 1 + Math.floor(random() * random() * 4);
    const ids = new Set<string>();
    // Zipf-like: a few actors are in many events.
    while (ids.size < n) ids.add(actors[Math.floor(Math.pow(random(), 2.2) * actorCount)]!.id);
    const words = `${pick(random, WORDS)} ${pick(random, WORDS)} ${pick(random, WORDS)}`;
    const sentence = `Officials said the ${words} took place, according to reports.`;
    const sources = Array.from({ length: 1 + Math.floor(random() * random() * 3) }, () => ({
      article: pick(random, articles).id,
      sentence,
      start: 0,
      end: sentence.length,
      timex: null,
      trigger: null,
      mentions: [],
    }));
    const type = pick(random, EVENT_TYPES); // (the same place in the random stream as before)
    const eventActors = [...ids].sort();
    events.push({
      id: `e${((i * 2654435761) >>> 0).toString(36).padStart(7, '0')}${i.toString(36)}`,
      date: precision === 'week' ? `${interval.start}/${interval.end}` : intervalToEdtf(interval),
      start: interval.start,
      end: interval.end,
      precision,
      title: `${words.charAt(0).toUpperCase()}${words.slice(1)} ${i}`,
      type,
      actors: eventActors,
      future: false,
      // From the index, not the random stream, so the rest of the data stays as it was.
      dateBasis: i % 10 === 0 ? 'publication' : 'explicit',
      modality: 'asserted',
      merge: sources.length > 1 ? { score: 0.8, reasons: ['same-date', 'same-type'] } : null,
      // As a build stores it (src/pipeline/events/merge.ts).
      importance: importanceOf({ type, actors: eventActors, sources }),
      sources,
    });
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  const counts = new Map<string, number>();
  for (const e of events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  for (const a of actors) a.eventCount = counts.get(a.id) ?? 0;
  return {
    version: DATASET_VERSION,
    generator: `dateline-bench seed ${seed}`,
    articles,
    actors,
    events,
    redirects: {},
  };
}

/** Write `dataset` as dataset.json (when `out` is not `-`) and, with `chunksDir`, in chunks. */
export function writeGenerated(dataset: Dataset, out: string, chunksDir?: string): string[] {
  const wrote: string[] = [];
  if (out !== '-') {
    writeFileSync(out, JSON.stringify(dataset));
    wrote.push(out);
  }
  if (chunksDir) wrote.push(`${chunksDir}/ (${writeChunks(chunksDir, dataset)} event chunks)`);
  return wrote;
}

if (process.argv[1]?.endsWith('generate-dataset.ts')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--chunks');
  const chunksDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const [countArg, out, seedArg] = args;
  if (!countArg || !out || (at >= 0 && !chunksDir) || !(Number(countArg) >= 0)) {
    process.stderr.write(
      'usage: tsx scripts/bench/generate-dataset.ts <events> <out.json|-> [seed] [--chunks <dir>]\n',
    );
    process.exit(2);
  }
  const dataset = generateDataset(Number(countArg), seedArg ? Number(seedArg) : 1);
  const wrote = writeGenerated(dataset, out, chunksDir);
  process.stderr.write(
    `${dataset.events.length} events, ${dataset.actors.length} actors: wrote ${wrote.join(', ') || 'nothing'}\n`,
  );
}
