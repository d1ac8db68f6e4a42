/**
 * Where an article's publication date was found (ArticleRecord.publishedFrom), as the phrase the
 * details show after the date: "(from the file name)". Plain text: React renders it as text.
 */

/** Sources named by a common noun take "the"; field and markup names ("JSON-LD datePublished") do not. */
const WITH_THE: Readonly<Record<string, string>> = {
  'header line': 'the header line',
  'front matter': 'the front matter',
  dateline: 'the dateline',
  'first lines': 'the first lines',
  'file name': 'the file name',
  'file modification time': 'the file’s modification time',
};

/**
 * Dates the reader had to guess because the text gives none: shown as such. A Word or PDF
 * document's metadata date (readers/docx.ts, pdf.ts) is when the file was made or last saved,
 * not when the story was published, so it is a guess too (and the build report warns for it).
 */
const GUESSED = new Set([
  'file name',
  'file modification time',
  'docx dcterms:created',
  'docx dcterms:modified',
  'PDF CreationDate',
  'PDF ModDate',
]);

/** A column header or field name comes from the input: long ones are cut. */
const MAX_CHARS = 60;

export function dateSourceText(from: string | undefined): string | null {
  const trimmed = from?.replace(/\s+/g, ' ').trim();
  if (!trimmed) return null;
  const named =
    WITH_THE[trimmed] ?? (trimmed.length > MAX_CHARS ? `${trimmed.slice(0, MAX_CHARS)}…` : trimmed);
  return `(from ${named})`;
}

export const isGuessedDate = (from: string | undefined): boolean =>
  from !== undefined && GUESSED.has(from);
