/**
 * A dependency-free check of the chunked dataset (manifest.ts) for the browser, in the manner of
 * check-dataset.ts (the pipeline's zod validator is validate-manifest.ts; check-chunks.test.ts keeps
 * the two in agreement on what they accept). The manifest, actors and redirects are checked when
 * they arrive; each event chunk when it arrives, against its entry in the manifest.
 */
import type { ActorRecord, Dataset } from './dataset.ts';
import { checkActor, checkArticle, checkEvent, Checker, type Obj } from './check-dataset.ts';
import { EVENT_TYPES } from './dataset.ts';
import { MANIFEST_VERSION, type ChunkRef, type EventChunk, type Manifest } from './manifest.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const MONTH_RE = /^-?\d{4}-\d{2}$/;
const FILE_RE = /^events-[\w-]+\.json$/;

function done<T>(c: Checker, value: T): Checked<T> {
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, value };
}

export function checkManifest(value: unknown): Checked<Manifest> {
  const c = new Checker();
  if (!c.object(value, '')) return { ok: false, errors: c.errors };
  if (value.version !== MANIFEST_VERSION) c.fail('version', `expected ${MANIFEST_VERSION}`);
  c.string(value.generator, 'generator');
  if (value.extent !== null && c.object(value.extent, 'extent')) {
    c.day(value.extent.start, 'extent.start');
    c.day(value.extent.end, 'extent.end');
  }
  c.offset(value.events, 'events');
  c.offset(value.articles, 'articles');
  c.string(value.actors, 'actors', 1);
  c.string(value.redirects, 'redirects', 1);
  c.each(value, 'chunks', '', (v, p) => {
    if (!c.object(v, p)) return;
    if (c.string(v.file, `${p}.file`) && !FILE_RE.test(v.file))
      c.fail(`${p}.file`, 'expected events-<period>.json');
    c.day(v.start, `${p}.start`);
    c.day(v.end, `${p}.end`);
    c.day(v.maxEnd, `${p}.maxEnd`);
    c.offset(v.events, `${p}.events`);
  });
  if (c.object(value.overview, 'overview')) {
    c.each(value.overview, 'types', 'overview', (t, p) => c.oneOf(t, EVENT_TYPES, p));
    c.each(value.overview, 'bins', 'overview', (b, p) => {
      if (!c.object(b, p)) return;
      if (c.string(b.month, `${p}.month`) && !MONTH_RE.test(b.month))
        c.fail(`${p}.month`, 'expected YYYY-MM');
      c.offset(b.events, `${p}.events`);
      c.each(b, 'types', p, (n, np) => c.offset(n, np));
    });
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const m = value as unknown as Manifest;
  // The promises the reader relies on: chunks in time order, counts that add up.
  m.chunks.forEach((ref, i) => {
    const prev = m.chunks[i - 1];
    if (ref.start > ref.end || ref.maxEnd < ref.start) c.fail(`chunks.${i}`, 'period out of order');
    if (prev && ref.start < prev.start) c.fail(`chunks.${i}`, 'chunks out of time order');
  });
  const inChunks = m.chunks.reduce((n, ref) => n + ref.events, 0);
  if (inChunks !== m.events)
    c.fail('chunks', `hold ${inChunks} events, the manifest says ${m.events}`);
  const types = m.overview.types.length;
  m.overview.bins.forEach((b, i) => {
    if (b.types.length !== types) c.fail(`overview.bins.${i}.types`, `expected ${types} counts`);
  });
  return done(c, m);
}

export function checkActors(value: unknown): Checked<ActorRecord[]> {
  const c = new Checker();
  const holder: Obj = { actors: value };
  c.each(holder, 'actors', '', (v, p) => checkActor(c, v, p));
  return done(c, value as ActorRecord[]);
}

export function checkRedirects(value: unknown): Checked<Dataset['redirects']> {
  const c = new Checker();
  if (c.object(value, 'redirects')) {
    for (const [from, to] of Object.entries(value)) c.string(to, `redirects.${from}`);
  }
  return done(c, value as Dataset['redirects']);
}

/**
 * An event chunk: the shape of every record, events inside the period its manifest entry gives,
 * as many as it says, and every source's article in the chunk. Actors are not cross-checked: the
 * app shows an unknown actor id as it is.
 */
export function checkChunk(value: unknown, ref: ChunkRef): Checked<EventChunk> {
  const c = new Checker();
  if (!c.object(value, '')) return { ok: false, errors: c.errors };
  if (value.version !== MANIFEST_VERSION) c.fail('version', `expected ${MANIFEST_VERSION}`);
  c.each(value, 'articles', '', (v, p) => checkArticle(c, v, p));
  c.each(value, 'events', '', (v, p) => checkEvent(c, v, p));
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const chunk = value as unknown as EventChunk;
  if (chunk.start !== ref.start || chunk.end !== ref.end) {
    c.fail(
      '',
      `period ${chunk.start}…${chunk.end} differs from the manifest's ${ref.start}…${ref.end}`,
    );
  }
  if (chunk.events.length !== ref.events) {
    c.fail('events', `${chunk.events.length} events, the manifest says ${ref.events}`);
  }
  const articles = new Set(chunk.articles.map((a) => a.id));
  for (let i = 0; i < chunk.events.length && !c.full; i++) {
    const e = chunk.events[i]!;
    if (e.start > e.end) c.fail(`events.${i}`, `start ${e.start} is after end ${e.end}`);
    if (e.start < ref.start || e.start > ref.end)
      c.fail(`events.${i}`, `starts ${e.start}, outside ${ref.start}…${ref.end}`);
    if (e.end > ref.maxEnd)
      c.fail(`events.${i}`, `ends ${e.end}, after the manifest's ${ref.maxEnd}`);
    for (const s of e.sources)
      if (!articles.has(s.article)) c.fail(`events.${i}`, `unknown article ${s.article}`);
  }
  return done(c, chunk);
}
