/**
 * What Word and PDF files share once their text is out: paragraphs and a little metadata become
 * one article. A document rarely says in its metadata when it was published: the creation or
 * modification date is when someone saved the file. So the date is looked for first on the
 * document's own first lines ("14 May 2024", "Published 3 February 2025"), and the metadata date
 * is taken only when the text has none, with a warning that says so.
 */
import { parsePublicationDate, type DateOrder } from '../published.ts';
import type { OriginMap } from '../origin.ts';
import { toArticle, type RecordResult } from '../record.ts';

export interface DocumentText {
  format: 'docx' | 'pdf';
  /** Paragraphs in reading order; empty ones are dropped here. */
  paragraphs: string[];
  /** PDF: the page of each paragraph (same length as `paragraphs`). Without it, paragraphs are numbered among those with text (Word). */
  pages?: number[];
  /** Title in the document's metadata (docx dc:title, PDF /Title), if any. */
  metaTitle: string | null;
  /** A date in the metadata (ISO day or date-time) and where it was found ("docx dcterms:created"). */
  metaDate: { value: string; from: string } | null;
  /** Said by the reader (pages not read). */
  warnings: string[];
}

/** Paragraphs looked at for a date line, after the title. */
const DATE_LINES = 3;
/** A first paragraph longer than this is the story, not its title. */
const MAX_TITLE_CHARS = 200;
/** Fewer words than this is a cover page or a form, not an article. */
const MIN_WORDS = 8;

/** Metadata titles that name the file or the program rather than the story. */
const PLACEHOLDER_TITLE_RE = /^(?:untitled|document\d*|microsoft word - .*|.*\.(?:docx?|pdf|rtf|odt))$/i;

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

export function documentArticle(doc: DocumentText, path: string, order: DateOrder | undefined): RecordResult {
  const kept = doc.paragraphs.flatMap((p, i) => {
    const text = p.replace(/[ \t]+/g, ' ').trim();
    return text ? [{ text, page: doc.pages?.[i] }] : [];
  });
  const paragraphs = kept.map((p) => p.text);
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS) return { ok: false, reason: `no article text in the document (${words} word${words === 1 ? '' : 's'})` };
  const metaTitle = doc.metaTitle?.trim() && !PLACEHOLDER_TITLE_RE.test(doc.metaTitle.trim()) ? doc.metaTitle.trim() : null;
  // The first line is the headline when the metadata has none, or when it repeats the metadata's title.
  const first = paragraphs[0]!;
  const headline = first.length <= MAX_TITLE_CHARS && paragraphs.length > 1 && (metaTitle === null || same(first, metaTitle)) && !/[.!?]["”’]?$/.test(first);
  const title = metaTitle ?? (headline ? first : undefined);
  const rest = headline ? paragraphs.slice(1) : paragraphs;
  const dateAt = rest.slice(0, DATE_LINES).findIndex((p) => 'day' in parsePublicationDate(p, order));
  const warnings = [...doc.warnings];
  let date: { value: string; from: string };
  if (dateAt !== -1) date = { value: rest[dateAt]!, from: 'first lines' }; // as plain text says it (txt.ts), so the app shows it alike
  else if (doc.metaDate) {
    date = doc.metaDate;
    warnings.push(`no date on the first lines of the text: the ${doc.metaDate.from} date (when the file was made, maybe not published) is used`);
  } else {
    return { ok: false, reason: `no publication date: none on the first ${DATE_LINES} lines of the text and none in the document's metadata` };
  }
  // The date line is the document's byline, not article text.
  const offset = headline ? 1 : 0;
  const used = rest.flatMap((text, i) => (i === dateAt ? [] : [{ text, k: i + offset }]));
  const body = used.map((p) => p.text).join('\n\n');
  const record = { title, date: date.value, body };
  const origin = documentOrigin(used, (k) => (kept[k]!.page !== undefined ? { page: kept[k]!.page! } : { paragraph: k + 1 }));
  const result = toArticle(record, path, doc.format, { parseDate: (v) => parsePublicationDate(v, order), publishedFrom: date.from, origin });
  return result.ok ? { ...result, warnings: [...warnings, ...result.warnings] } : result;
}

/** An anchor where each paragraph starts in the body (joined by blank lines), at its page or paragraph number. */
function documentOrigin(used: { text: string; k: number }[], place: (k: number) => { page: number } | { paragraph: number }): OriginMap {
  const anchors: OriginMap = [];
  let at = 0;
  for (const p of used) {
    const here = place(p.k);
    // A new anchor only where the place changes: a PDF page of many paragraphs is one anchor.
    const samePage = 'page' in here && anchors.at(-1)?.page === here.page;
    if (!samePage) anchors.push({ body: at, ...here });
    at += p.text.length + 2;
  }
  return anchors;
}
