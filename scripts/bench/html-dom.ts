/**
 * `npx tsx scripts/bench/html-dom.ts`: linkedom against jsdom under @mozilla/readability, on the
 * HTML fixtures (test/fixtures/formats) and a generated 1 MB page: time to parse and extract,
 * and whether each gets the expected title, date and first sentence. jsdom is not a dependency:
 * `npm install --no-save jsdom@29.1.1` first (the last version for Node 20). The result and the
 * choice are written down in docs/ARCHITECTURE.md, "Readers".
 */
import { readHtml } from '../../src/pipeline/read/readers/html.ts';
import { parseWithLinkedom } from '../../src/pipeline/read/readers/html-parse.ts';
import type { DomDocument, ParseHtml } from '../../src/pipeline/read/readers/dom.ts';
import { fixture, hugeScriptedPage } from '../../test/fixtures/formats/generate.ts';
import { HTML_EXPECTED, SCRIPTED_EXPECTED } from '../../test/fixtures/formats/expected.ts';

const RUNS = 5;

async function jsdomParser(): Promise<ParseHtml | null> {
  try {
    const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: { document: unknown } } };
    // Defaults: scripts are not run and no resource is loaded.
    return (html) => new JSDOM(html).window.document as DomDocument;
  } catch {
    return null;
  }
}

function best(run: () => void): number {
  run();
  let min = Infinity;
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    run();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const pages = [...Object.keys(HTML_EXPECTED).map((name) => ({ name, html: fixture(name), want: HTML_EXPECTED[name] })), { name: '1 MB generated', html: hugeScriptedPage(1), want: SCRIPTED_EXPECTED }];
const parsers: [string, ParseHtml | null][] = [['linkedom', parseWithLinkedom], ['jsdom', await jsdomParser()]];
process.stdout.write(`HTML page → article (parse + Readability + text), best of ${RUNS} after a warm-up, one core\n\n`);
process.stdout.write(`${'page'.padEnd(20)} ${'KB'.padStart(6)}  ${parsers.map(([n]) => `${n.padStart(9)} ms  MB/s   title date first-sentence`).join('  ')}\n`);
for (const { name, html, want } of pages) {
  const cells = parsers.map(([, parse]) => {
    if (!parse) return 'not installed';
    const ms = best(() => readHtml(html, name, undefined, parse));
    const r = readHtml(html, name, undefined, parse);
    const ok = (b: boolean): string => (b ? 'yes' : 'NO');
    const quality = !want ? '' : !r.ok ? `rejected: ${r.reason}` : `${ok(r.article.title === want.title).padEnd(5)} ${ok(r.article.published === want.published).padEnd(4)} ${ok(r.article.body.includes(want.firstSentence))}`;
    return `${ms.toFixed(1).padStart(9)} ms ${(html.length / 1e6 / (ms / 1000)).toFixed(2).padStart(5)}   ${quality}`;
  });
  process.stdout.write(`${name.padEnd(20)} ${(html.length / 1024).toFixed(0).padStart(6)}  ${cells.join('  ')}\n`);
}
