/**
 * `.docx` (Word 2007 and later): the text with mammoth, one paragraph per Word paragraph; the
 * title and dates from docProps/core.xml. The archive is checked and unpacked under a cap first
 * (zip.ts), so mammoth never sees a zip bomb. Older `.doc` files and password-protected
 * documents are not zips at all (OLE compound files) and are refused by their first bytes.
 */
import { documentArticle } from './document.ts';
import { unzip, ZIP_MAGIC, zipEntryNames } from './zip.ts';
import { one, type BinaryReader, type ReaderOutput } from './types.ts';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const xmlText = (raw: string): string =>
  raw.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });

/** One element's text in core.xml (`dc:title`, `dcterms:created`); the file is a few hundred bytes of flat XML. */
export function coreField(coreXml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(coreXml);
  const value = m ? xmlText(m[1]!).trim() : '';
  return value || null;
}

export async function readDocx(bytes: Uint8Array, path: string, order: Parameters<typeof documentArticle>[2]): Promise<ReaderOutput> {
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, reason: 'password-protected Word document, or an old .doc saved as .docx (not a .docx zip): not read' };
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, reason: 'not a .docx file (it does not start as a zip archive)' };
  const unzipped = unzip(bytes);
  if (!unzipped.ok) return unzipped;
  if (!unzipped.entries.has('word/document.xml')) return { ok: false, reason: 'not a Word document (the zip has no word/document.xml)' };
  const core = unzipped.entries.get('docProps/core.xml')?.toString('utf8') ?? '';
  const created = coreField(core, 'dcterms:created');
  const modified = coreField(core, 'dcterms:modified');
  // extractRawText ends every paragraph with a blank line; no styles, images or links are read.
  // Loaded on the first Word file only, like pdf.js (pdf.ts).
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  const article = documentArticle(
    {
      format: 'docx',
      paragraphs: value.replace(/\r\n?/g, '\n').split(/\n\s*\n/),
      metaTitle: coreField(core, 'dc:title'),
      metaDate: created ? { value: created, from: 'docx dcterms:created' } : modified ? { value: modified, from: 'docx dcterms:modified' } : null,
      warnings: [],
    },
    path,
    order,
  );
  return one(article);
}

export const docxReader: BinaryReader = {
  name: 'Word document',
  extensions: ['.docx'],
  binary: true,
  // Without the extension: a zip with a Word document in it (read from the zip's directory only).
  sniffBytes: (bytes) => zipEntryNames(bytes)?.includes('word/document.xml') ?? false,
  read: (bytes, { path, options }) => readDocx(bytes, path, options.dateOrder),
};
