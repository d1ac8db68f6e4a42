/**
 * Runtime check of the chunked dataset (manifest.ts), in the style of validate.ts: the shape with
 * zod, then the promises the format makes — chunks in time order without overlap, counts that add
 * up, events inside their chunk's period, sources citing the chunk's articles. The first problems
 * are reported in words.
 */
import { z } from 'zod';
import { EVENT_TYPES, type EventRecord } from './dataset.ts';
import { MANIFEST_VERSION, type EventChunk, type Manifest } from './manifest.ts';
import { ArticleSchema, DaySchema, EventSchema } from './validate.ts';

const MAX_ERRORS = 5;
const count = z.number().int().nonnegative();

const ManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  generator: z.string(),
  extent: z.object({ start: DaySchema, end: DaySchema }).nullable(),
  events: count,
  articles: count,
  chunks: z.array(
    z.object({
      file: z.string().regex(/^events-[\w-]+\.json$/, 'expected events-<period>.json'),
      start: DaySchema,
      end: DaySchema,
      maxEnd: DaySchema,
      events: count.min(1),
    }),
  ),
  actors: z.string().min(1),
  redirects: z.string().min(1),
  overview: z.object({
    types: z.array(z.enum(EVENT_TYPES)),
    bins: z.array(z.object({ month: z.string().regex(/^-?\d{4}-\d{2}$/, 'expected YYYY-MM'), events: count, types: z.array(count) })),
  }),
});

const ChunkSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  start: DaySchema,
  end: DaySchema,
  events: z.array(EventSchema),
  articles: z.array(ArticleSchema),
});

/** Events on their own (a writer checks newly merged events before they go into chunks). */
export function validateEvents(value: unknown): Checked<EventRecord[]> {
  const parsed = z.array(EventSchema).safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data as EventRecord[] } : { ok: false, errors: shapeErrors(parsed.error) };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function shapeErrors(error: z.ZodError): string[] {
  return error.issues.slice(0, MAX_ERRORS).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

const done = <T>(errors: string[], value: T): Checked<T> => (errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, value });

export function validateManifest(value: unknown): Checked<Manifest> {
  const parsed = ManifestSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: shapeErrors(parsed.error) };
  const m = parsed.data as Manifest;
  const errors: string[] = [];
  const files = new Set<string>();
  m.chunks.forEach((c, i) => {
    if (files.has(c.file)) errors.push(`chunks.${i}: file ${c.file} listed twice`);
    files.add(c.file);
    if (c.start > c.end) errors.push(`chunks.${i}: start ${c.start} is after end ${c.end}`);
    if (c.maxEnd < c.start) errors.push(`chunks.${i}: maxEnd ${c.maxEnd} is before start ${c.start}`);
    const prev = m.chunks[i - 1];
    // Parts of one crowded day share its period; any other chunk starts after the previous ends.
    const samePeriod = prev && prev.start === c.start && prev.end === c.end && c.start === c.end;
    if (prev && !samePeriod && c.start <= prev.end) errors.push(`chunks.${i}: overlaps or precedes ${prev.file}`);
  });
  const inChunks = m.chunks.reduce((n, c) => n + c.events, 0);
  if (inChunks !== m.events) errors.push(`chunks hold ${inChunks} events, the manifest says ${m.events}`);
  if ((m.extent === null) !== (m.events === 0)) errors.push('extent must be null exactly when there are no events');
  if (m.extent && m.chunks.length) {
    const first = m.chunks[0]!;
    if (m.extent.start < first.start || m.extent.start > first.end) errors.push(`extent starts ${m.extent.start}, outside the first chunk`);
    const lastEnd = m.chunks.reduce((d, c) => (c.maxEnd > d ? c.maxEnd : d), m.chunks[0]!.maxEnd);
    if (m.extent.end !== lastEnd) errors.push(`extent ends ${m.extent.end}, the chunks' events end ${lastEnd}`);
  }
  let inBins = 0;
  m.overview.bins.forEach((b, i) => {
    inBins += b.events;
    if (b.types.length !== m.overview.types.length) errors.push(`overview.bins.${i}: ${b.types.length} type counts for ${m.overview.types.length} types`);
    else if (b.types.reduce((n, x) => n + x, 0) !== b.events) errors.push(`overview.bins.${i}: type counts do not add up to ${b.events}`);
    if (i > 0 && b.month <= m.overview.bins[i - 1]!.month) errors.push(`overview.bins.${i}: months out of order`);
  });
  if (inBins !== m.events) errors.push(`overview counts ${inBins} events, the manifest says ${m.events}`);
  return done(errors, m);
}

/**
 * A chunk file; with its ChunkRef, also that it matches what the manifest says of it. `shape:
 * false` skips the schema (for a writer whose events were checked one by one already).
 */
export function validateChunk(value: unknown, ref?: { start: string; end: string; maxEnd: string; events: number }, { shape = true } = {}): Checked<EventChunk> {
  let c = value as EventChunk;
  if (shape) {
    const parsed = ChunkSchema.safeParse(value);
    if (!parsed.success) return { ok: false, errors: shapeErrors(parsed.error) };
    c = parsed.data as EventChunk;
  }
  const errors: string[] = [];
  const articles = new Set(c.articles.map((a) => a.id));
  c.events.forEach((e, i) => {
    if (e.start > e.end) errors.push(`event ${e.id}: start ${e.start} is after end ${e.end}`);
    if (e.start < c.start || e.start > c.end) errors.push(`event ${e.id}: starts ${e.start}, outside the chunk ${c.start}…${c.end}`);
    const prev = c.events[i - 1];
    if (prev && (prev.start > e.start || (prev.start === e.start && (prev.end > e.end || (prev.end === e.end && prev.id >= e.id))))) errors.push(`event ${e.id}: out of order`);
    for (const s of e.sources) if (!articles.has(s.article)) errors.push(`event ${e.id}: article ${s.article} is not in the chunk`);
  });
  if (ref) {
    if (ref.start !== c.start || ref.end !== c.end) errors.push(`chunk period ${c.start}…${c.end} differs from the manifest's ${ref.start}…${ref.end}`);
    if (ref.events !== c.events.length) errors.push(`chunk holds ${c.events.length} events, the manifest says ${ref.events}`);
    const maxEnd = c.events.reduce((d, e) => (e.end > d ? e.end : d), c.start);
    if (c.events.length && maxEnd !== ref.maxEnd) errors.push(`chunk's events end ${maxEnd}, the manifest says ${ref.maxEnd}`);
  }
  return done(errors, c);
}
