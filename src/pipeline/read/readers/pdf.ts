/**
 * `.pdf`: the text layer with pdf.js (pdfjs-dist), lines put back together into paragraphs
 * (pdf-lines.ts), the title from the document's Info dictionary or its first line. pdf.js runs
 * here as a parser only: no eval of font programs, no font loading, no fetching of anything (the
 * bytes are all it gets), no XFA forms, no scripts (pdf.js never runs a PDF's JavaScript without
 * a scripting sandbox, which is not loaded). A PDF without text (a scan), an encrypted one and a
 * file that is not a PDF are refused with one line; past MAX_PAGES pages the rest is not read.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentArticle } from './document.ts';
import { pageLines, paragraphsOf, type TextPiece } from './pdf-lines.ts';
import { one, type BinaryReader, type ReaderOutput } from './types.ts';
import type { DateOrder } from '../published.ts';

/** Pages read from one file: a long report's first 500 pages are far more than any article. */
export const MAX_PAGES = 500;
/** pdf.js's verbosity: errors only (its warnings about fonts it does not load would fill the terminal). */
const ERRORS_ONLY = 0;
/** The header may follow up to a kilobyte of junk, as readers tolerate. */
const HEADER_WINDOW = 1024;

const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_WINDOW)).includes('%PDF-');

/** "D:20230701090000Z" → "2023-07-01"; null if it is not a PDF date. */
export function pdfDay(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy | string> {
  // Loaded on the first PDF only: builds without one do not pay for pdf.js (about 2 MB of code, and its worker).
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes the buffer over; the caller's bytes stay whole
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: ERRORS_ONLY,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return 'password-protected PDF: not read';
    if (name === 'InvalidPDFException') return 'not a readable PDF (damaged or cut short)';
    throw error;
  }
}

export async function readPdf(bytes: Uint8Array, path: string, order: DateOrder | undefined): Promise<ReaderOutput> {
  if (!isPdf(bytes)) return { ok: false, reason: 'not a PDF (no %PDF- header)' };
  const doc = await open(bytes);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  try {
    const pages = Math.min(doc.numPages, MAX_PAGES);
    const paragraphs: string[] = [];
    const pageOf: number[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const paragraph of paragraphsOf(pageLines(content.items.flatMap((i): TextPiece[] => ('str' in i ? [i] : []))))) {
        paragraphs.push(paragraph);
        pageOf.push(n);
      }
      page.cleanup();
    }
    if (!paragraphs.some((p) => /\p{L}/u.test(p))) return { ok: false, reason: `no text layer (scanned PDF?): ${pages} page${pages === 1 ? '' : 's'} without text, not read` };
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    const day = pdfDay(info.CreationDate) ?? pdfDay(info.ModDate);
    const from = pdfDay(info.CreationDate) ? 'PDF CreationDate' : 'PDF ModDate';
    const warnings = doc.numPages > MAX_PAGES ? [`only the first ${MAX_PAGES} of ${doc.numPages} pages read`] : [];
    const title = typeof info.Title === 'string' ? info.Title : null;
    return one(documentArticle({ format: 'pdf', paragraphs, pages: pageOf, metaTitle: title, metaDate: day ? { value: day, from } : null, warnings }, path, order));
  } finally {
    await doc.destroy();
  }
}

export const pdfReader: BinaryReader = {
  name: 'PDF',
  extensions: ['.pdf'],
  binary: true,
  sniffBytes: isPdf,
  read: (bytes, { path, options }) => readPdf(bytes, path, options.dateOrder),
};
