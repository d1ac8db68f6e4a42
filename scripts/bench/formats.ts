/**
 * One row per input format for `npm run bench:stages`: reading + extraction (decode, parse, main
 * text, metadata, dates, records) on one core, in MB of input file per second. Inputs are the
 * team's fixtures (test/fixtures/formats), multiplied to about a megabyte per format. Word and
 * PDF are read through their asynchronous libraries; the MB are the file's bytes (a docx is
 * deflated XML, so a megabyte of its file holds more text than a megabyte of PDF).
 */
import { readBytes } from '../../src/pipeline/read/readers/registry.ts';
import { fixture, hugeScriptedPage } from '../../test/fixtures/formats/generate.ts';
import { docx, officeFixture, OFFICE_DOCS, pdf } from '../../test/fixtures/formats/office.ts';

const RUNS = 5;
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A feed with its items repeated to about `bytes`, each item's title made unique. */
function bigFeed(name: string, open: string, close: string, bytes: number): string {
  const text = fixture(name);
  const start = text.indexOf(open);
  const end = text.lastIndexOf(close) + close.length;
  const items = text.slice(start, end);
  const copies = Math.ceil(bytes / items.length);
  const body = Array.from({ length: copies }, (_, i) => items.replaceAll('<title>', `<title>${i} `)).join('\n');
  return text.slice(0, start) + body + text.slice(end);
}

function bigTable(name: string, bytes: number): string {
  const [header, ...rows] = fixture(name).split('\n');
  const good = rows.slice(0, 4).join('\n'); // the first rows: in articles.csv, one with a body of two paragraphs
  return [header, ...Array.from({ length: Math.ceil(bytes / good.length) }, (_, i) => good.replaceAll('Valley Post', `Valley Post ${i}`).replaceAll('river-news', `river-news-${i}`))].join('\n');
}

interface Input {
  format: string;
  files: { name: string; bytes: Uint8Array }[];
  /** Bytes of text inside (Word and PDF): a docx is deflated XML, so its file is far smaller than its text. */
  textBytes?: number;
}

/** A Word or PDF document of the fixture's story repeated to about `bytes` of text (paragraphs made unique). */
function bigDocument(name: string, bytes: number): Uint8Array {
  const doc = OFFICE_DOCS[name]!;
  const story = doc.paragraphs.slice(2);
  const copies = Math.ceil(bytes / story.join('').length);
  const paragraphs = [...doc.paragraphs.slice(0, 2), ...Array.from({ length: copies }, (_, i) => story.map((p) => `${p.slice(0, -1)}, report ${i}.`)).flat()];
  return name.endsWith('.pdf') ? pdf({ ...doc, paragraphs }, { flow: true }) : docx({ ...doc, paragraphs });
}

function inputs(): Input[] {
  const pages = ['news-site.html', 'blog.html', 'amp.html', 'jsonld-only.html', 'time-only.html'];
  return [
    { format: 'html (5 fixture pages)', files: pages.map((name) => ({ name, bytes: encode(fixture(name)) })) },
    { format: 'html (1 MB page)', files: [{ name: 'big.html', bytes: encode(hugeScriptedPage(1)) }] },
    { format: 'rss', files: [{ name: 'big.xml', bytes: encode(bigFeed('rss.xml', '<item>', '</item>', 1e6)) }] },
    { format: 'atom', files: [{ name: 'big.atom', bytes: encode(bigFeed('atom.xml', '<entry>', '</entry>', 1e6)) }] },
    { format: 'csv', files: [{ name: 'big.csv', bytes: encode(bigTable('articles.csv', 1e6)) }] },
    { format: 'tsv', files: [{ name: 'big.tsv', bytes: encode(bigTable('articles.tsv', 1e6)) }] },
    { format: 'docx (2 fixtures)', files: ['bridge.docx', 'flood.docx'].map((name) => ({ name, bytes: officeFixture(name) })) },
    { format: 'docx (1 MB of text)', files: [{ name: 'big.docx', bytes: bigDocument('bridge.docx', 1e6) }], textBytes: 1e6 },
    { format: 'pdf (2 fixtures)', files: ['harvest.pdf', 'observatory.pdf'].map((name) => ({ name, bytes: officeFixture(name) })) },
    { format: 'pdf (1 MB of text)', files: [{ name: 'big.pdf', bytes: bigDocument('harvest.pdf', 1e6) }], textBytes: 1e6 },
  ];
}

async function readAll(input: Input): Promise<number> {
  let articles = 0;
  for (const file of input.files) {
    const out = await readBytes(file.name, file.bytes, { path: file.name, options: {} });
    if (out.ok) articles += out.records.filter((r) => r.result.ok).length;
  }
  return articles;
}

export async function formatRows(): Promise<string> {
  const lines = [`\nreading + extraction per input format, one core, best of ${RUNS} after a warm-up; MB = 10^6 bytes of input file\n`, `${'format'.padEnd(26)} ${'MB'.padStart(7)} ${'articles'.padStart(8)}   MB/s\n`];
  for (const input of inputs()) {
    const megabytes = input.files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
    const articles = await readAll(input);
    let best = Infinity;
    for (let k = 0; k < RUNS; k++) {
      const started = performance.now();
      await readAll(input);
      best = Math.min(best, (performance.now() - started) / 1000);
    }
    const text = input.textBytes ? `   (${(input.textBytes / 1e6 / best).toFixed(2)} MB/s of text)` : '';
    lines.push(`${input.format.padEnd(26)} ${megabytes.toFixed(3).padStart(7)} ${String(articles).padStart(8)}   ${(megabytes / best).toFixed(2).padStart(5)}${text}\n`);
  }
  return lines.join('');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(await formatRows());
