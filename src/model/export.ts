/**
 * The filtered events as files a person can take elsewhere: JSON (every field, actors by name,
 * sources with their article) and CSV (one row per event, spreadsheet-safe; each actor's kind in
 * the column beside the actors).
 */
import type { ActorRecord, ArticleRecord, EventRecord } from './dataset.ts';
import { eventDateText } from './labels.ts';
import { importance, isKeyEvent } from './importance.ts';

export interface ExportContext {
  actorsById: ReadonlyMap<string, ActorRecord>;
  articlesById: ReadonlyMap<string, ArticleRecord>;
}

/** One event with its actors and sources resolved, as the JSON export writes it. */
export function exportedEvent(e: EventRecord, ctx: ExportContext) {
  return {
    id: e.id,
    date: e.date,
    start: e.start,
    end: e.end,
    precision: e.precision,
    when: eventDateText(e),
    title: e.title,
    type: e.type,
    future: e.future,
    dateBasis: e.dateBasis,
    modality: e.modality,
    merge: e.merge,
    importance: importance(e),
    key: isKeyEvent(e),
    actors: e.actors.map((id) => {
      const actor = ctx.actorsById.get(id);
      return { id, name: actor?.name ?? id, kind: actor?.kind ?? null };
    }),
    sources: e.sources.map((s) => {
      const article = ctx.articlesById.get(s.article);
      return {
        sentence: s.sentence,
        dateExpression: s.timex?.text ?? null,
        trigger: s.trigger?.text ?? null,
        article: {
          id: s.article,
          title: article?.title ?? null,
          outlet: article?.outlet ?? null,
          published: article?.published ?? null,
          url: article?.url ?? null,
          path: article?.path ?? null,
        },
      };
    }),
  };
}

export function eventsToJson(events: readonly EventRecord[], ctx: ExportContext): string {
  return JSON.stringify({ events: events.map((e) => exportedEvent(e, ctx)) }, null, 2) + '\n';
}

const CSV_COLUMNS = [
  'id',
  'date',
  'start',
  'end',
  'precision',
  'when',
  'type',
  'title',
  'future',
  'importance',
  'actors',
  'kinds',
  'sentences',
  'articles',
];

/** A cell starting with one of these is run as a formula by spreadsheets (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Quoted: the RFC 4180 specials, and `;` and tab, which spreadsheets in many locales take as the
 * separator; unquoted, they would start a new cell that could begin with a formula.
 */
const NEEDS_QUOTES = /[",;\t\n\r]/;

const quoted = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * RFC 4180 cell, safe in a spreadsheet: text that would run as a formula gets a leading `'` and is
 * quoted (OWASP's advice), so it shows as the text it is.
 */
export function csvCell(value: string): string {
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  return NEEDS_QUOTES.test(value) ? quoted(value) : value;
}

/** One row per event; several sources go in one cell each for sentences and articles, a line apiece. */
export function eventsToCsv(events: readonly EventRecord[], ctx: ExportContext): string {
  const rows = events.map((e) => {
    const x = exportedEvent(e, ctx);
    return [
      x.id,
      x.date,
      x.start,
      x.end,
      x.precision,
      x.when,
      x.type,
      x.title,
      String(x.future),
      String(x.importance),
      x.actors.map((a) => a.name).join('; '),
      // The kind of each actor, in the same order ("country; agreement"), so a spreadsheet can tell them apart.
      x.actors.map((a) => a.kind ?? 'unknown').join('; '),
      x.sources.map((s) => s.sentence).join('\n'),
      x.sources
        .map((s) =>
          [s.article.title, s.article.outlet, s.article.published, s.article.url]
            .filter((part) => part !== null)
            .join(' — '),
        )
        .join('\n'),
    ];
  });
  return [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
