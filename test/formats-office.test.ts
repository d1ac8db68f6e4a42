/**
 * Word (.docx) and PDF files (issue 14 item 4): each fixture gives the expected title, date and
 * first sentence; each hostile variant gives exactly one rejection line naming the file. The
 * files are made here from test/fixtures/formats/office.ts, none is kept as a binary blob.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildDatasetAsync } from '../src/pipeline/build.ts';
import { readInputs, readInputsAsync } from '../src/pipeline/read/read.ts';
import { isGuessedDate } from '../src/components/date-source.ts';
import { docx, docxBomb, docxEntries, officeFixture, OFFICE_DOCS, pdf, zip, type OfficeDoc } from './fixtures/formats/office.ts';
import { tempFolders } from './helpers/folder.ts';

const folder = tempFolders('dateline-office-');

const firstSentence = (body: string): string => body.split(/(?<=[.!?])\s+/)[0]!;

const EXPECTED = {
  'bridge.docx': {
    title: 'Rail bridge over the Sava reopens after repairs',
    published: '2024-05-14',
    publishedFrom: 'first lines',
    first: 'ZAGREB (River Desk) - The rail bridge over the Sava reopened to freight trains on Tuesday, six months after floodwater undermined one of its piers, the national railway said.',
  },
  'flood.docx': {
    title: 'Volunteers fill sandbags as river rises',
    published: '2025-02-03',
    publishedFrom: 'first lines',
    first: 'Hundreds of volunteers filled sandbags along the river front on Monday as the water rose to its highest level in a decade.',
  },
  'harvest.pdf': {
    title: 'Wheat harvest begins early after dry spring',
    published: '2023-06-28',
    publishedFrom: 'first lines',
    first: 'Farmers in the northern plains began harvesting wheat on Wednesday, two weeks earlier than usual after the driest spring in thirty years.',
  },
  'observatory.pdf': {
    title: 'Mountain observatory opens to visitors',
    published: '2022-11-20',
    publishedFrom: 'PDF CreationDate',
    first: 'The new observatory on the ridge above the valley opened to visitors on Saturday, with a telescope that can be booked by schools.',
  },
};

describe('Word and PDF fixtures', () => {
  it.each(Object.entries(EXPECTED))('%s: title, date with its source, first sentence, paragraphs kept', async (name, want) => {
    const r = await readInputsAsync([folder({ [name]: officeFixture(name) })]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    const a = r.articles[0]!;
    expect(a).toMatchObject({ path: name, format: name.endsWith('.pdf') ? 'pdf' : 'docx', title: want.title, published: want.published, publishedFrom: want.publishedFrom });
    expect(firstSentence(a.body)).toBe(want.first);
    // The title and date lines are not article text; the story's paragraphs stay paragraphs.
    expect(a.body.split('\n\n')).toEqual(OFFICE_DOCS[name]!.paragraphs.filter((p) => p !== want.title && !p.includes(want.published.slice(0, 4))));
  });

  it('a date taken from the metadata, not the text, is a warning in the report', async () => {
    const r = await readInputsAsync([folder({ 'observatory.pdf': officeFixture('observatory.pdf') })]);
    expect(r.problems).toEqual([{ file: 'observatory.pdf', severity: 'warning', reason: expect.stringMatching(/^no date on the first lines of the text: the PDF CreationDate date .* is used$/) }]);
  });

  it('a metadata date (created, else modified) is shown as a guess in the app and warned in the build report', async () => {
    // The observatory story without a date line, each file with its own last sentence (no duplicates).
    const story = (n: string, dates: Partial<OfficeDoc>): OfficeDoc => ({ ...dates, paragraphs: [...OFFICE_DOCS['observatory.pdf']!.paragraphs, `This is copy number ${n} of the story.`] });
    const dir = folder({
      'created.docx': docx(story('one', { created: '2022-11-19T10:00:00Z', modified: '2022-11-25T10:00:00Z' })),
      'modified.docx': docx(story('two', { modified: '2022-11-21T10:00:00Z' })),
      'created.pdf': pdf(story('three', { created: '2022-11-20', modified: '2022-11-25' })),
      'modified.pdf': pdf(story('four', { modified: '2022-11-22' })),
    });
    const { dataset, report } = await buildDatasetAsync([dir]);
    expect(dataset.articles.map((a) => [a.path, a.published, a.publishedFrom, isGuessedDate(a.publishedFrom)]).sort()).toEqual([
      ['created.docx', '2022-11-19', 'docx dcterms:created', true],
      ['created.pdf', '2022-11-20', 'PDF CreationDate', true],
      ['modified.docx', '2022-11-21', 'docx dcterms:modified', true],
      ['modified.pdf', '2022-11-22', 'PDF ModDate', true],
    ]);
    expect(report.problems.map((p) => [p.file, p.severity, p.reason])).toEqual(
      (['created.docx', 'created.pdf', 'modified.docx', 'modified.pdf'] as const).map((file) => [
        file,
        'warning',
        `no date on the first lines of the text: the ${dataset.articles.find((a) => a.path === file)!.publishedFrom} date (when the file was made, maybe not published) is used`,
      ]),
    );
    // A date on the document's first lines is not a guess.
    expect(isGuessedDate((await readInputsAsync([folder({ 'bridge.docx': bridge })])).articles[0]!.publishedFrom)).toBe(false);
  });

  it('reaches the dataset through the asynchronous build, next to text files, and the sync path says where to go', async () => {
    const dir = folder({ 'bridge.docx': officeFixture('bridge.docx'), 'harvest.pdf': officeFixture('harvest.pdf') });
    const { dataset, report } = await buildDatasetAsync([dir]);
    expect(report.articlesUsed).toBe(2);
    expect(dataset.articles.map((a) => a.title).sort()).toEqual(['Rail bridge over the Sava reopens after repairs', 'Wheat harvest begins early after dry spring']);
    const sync = readInputs([dir]);
    expect(sync.articles).toEqual([]);
    expect(sync.problems.map((p) => p.reason)).toEqual(['Word document files are read only by the asynchronous path (readInputsAsync, mapFileBatchAsync)', 'PDF files are read only by the asynchronous path (readInputsAsync, mapFileBatchAsync)']);
  });

  it('worker threads read them too: the same dataset with 2 threads as in-process', async () => {
    // 16 files or more go to the pool (map/run.ts); the text files around the office ones are small stories.
    const files: Record<string, Uint8Array | string> = Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, officeFixture(name)]));
    for (let i = 0; i < 14; i++) files[`note-${i}.md`] = `---\ntitle: Ferry note ${i}\ndate: 2024-03-${String(i + 1).padStart(2, '0')}\n---\nThe ferry to the island sailed ${i + 2} times on Friday after the storm, the port said.\n`;
    const dir = folder(files);
    const inProcess = await buildDatasetAsync([dir], { jobs: 1 });
    const pooled = await buildDatasetAsync([dir], { jobs: 2 });
    expect(inProcess.report.articlesUsed).toBe(18);
    expect(JSON.stringify(pooled.dataset)).toBe(JSON.stringify(inProcess.dataset));
  }, 60_000);
});

describe('Word and PDF files without their extension', () => {
  it('a PDF saved as "report" and a Word file saved as "memo" are known by their bytes and read by their reader', async () => {
    const r = await readInputsAsync([folder({ report: officeFixture('harvest.pdf'), memo: officeFixture('bridge.docx') })]);
    expect(r.problems).toEqual([]);
    const byPath = Object.fromEntries(r.articles.map((a) => [a.path, a]));
    for (const [path, name] of [['report', 'harvest.pdf'], ['memo', 'bridge.docx']] as const) {
      const want = EXPECTED[name];
      expect(byPath[path], path).toMatchObject({ format: name.endsWith('.pdf') ? 'pdf' : 'docx', title: want.title, published: want.published, publishedFrom: want.publishedFrom });
      expect(firstSentence(byPath[path]!.body)).toBe(want.first);
    }
  });

  it('a zip without word/document.xml, or other bytes, stay an unknown type; a known extension keeps its reader', async () => {
    const other = await readInputsAsync([folder({ archive: zip([{ name: 'hello.txt', data: Buffer.from('hello') }]) })]);
    expect(other.problems).toEqual([{ file: 'archive', severity: 'error', reason: expect.stringMatching(/^unknown file type "\(none\)"; expected \.txt, /) }]);
    // A PDF saved as .html is read as a page (and rejected as one), a Word file saved as .csv as a sheet.
    const named = await readInputsAsync([folder({ 'harvest.html': harvest, 'bridge.csv': bridge })]);
    expect(named.articles).toEqual([]);
    expect(named.problems.map((p) => [p.file, p.severity])).toEqual([['bridge.csv', 'error'], ['harvest.html', 'error']]);
    expect(named.problems.map((p) => p.reason).join('\n')).not.toMatch(/PDF|Word|zip/);
  });
});

const h = OFFICE_DOCS['harvest.pdf']!;
const bridge = officeFixture('bridge.docx');
const harvest = officeFixture('harvest.pdf');

/** Each hostile file and the one line it must be rejected with (a RegExp of the reason). */
const HOSTILE: Record<string, [Uint8Array | string, RegExp]> = {
  'cut.docx': [bridge.subarray(0, Math.floor(bridge.length * 0.6)), /^not a readable \.docx: the zip archive is damaged or cut short/],
  'cut-early.pdf': [harvest.subarray(0, 600), /^not a readable PDF \(damaged or cut short\)$/],
  'bomb.docx': [docxBomb(), /^unpacks to more than 50 MB \(declared by the zip\): not read, a possible zip bomb$/],
  'lying-bomb.docx': [docxBomb(true), /^unpacks to more than 50 MB: not read, a possible zip bomb$/],
  'many-entries.docx': [zip([...docxEntries(h), ...Array.from({ length: 3000 }, (_, i) => ({ name: `x/${i}.xml`, data: new Uint8Array(1) }))]), /^zip archive of 3004 entries \(more than 2000\)/],
  'old-or-locked.docx': [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /^password-protected Word document, or an old \.doc/],
  'not-word.docx': [zip([{ name: 'hello.txt', data: Buffer.from('hello') }]), /^not a Word document \(the zip has no word\/document\.xml\)$/],
  'scan.pdf': [pdf(h, { noText: true }), /^no text layer \(scanned PDF\?\)/],
  'locked.pdf': [pdf(h, { encrypted: true }), /^password-protected PDF: not read$/],
  'page.pdf': ['<!DOCTYPE html><html><body><p>Not a PDF at all.</p></body></html>', /^not a PDF \(no %PDF- header\)$/],
  'empty.pdf': ['', /^empty file$/],
};

describe('hostile Word and PDF files: one rejection line naming the file', () => {
  it.each(Object.entries(HOSTILE))('%s', async (name, [data, reason]) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const r = await readInputsAsync([folder({ [name]: data })]);
    expect(r.articles).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: name, severity: 'error', reason: expect.stringMatching(reason) });
    expect(fetchSpy).not.toHaveBeenCalled(); // nothing is ever fetched while reading
    fetchSpy.mockRestore();
  });

  it('a PDF cut short after its pages is read or rejected, never more than one line', async () => {
    const r = await readInputsAsync([folder({ 'cut-late.pdf': harvest.subarray(0, harvest.length - 120) })]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(r.articles.length + errors.length).toBe(1);
    if (r.articles[0]) expect(r.articles[0].title).toBe(EXPECTED['harvest.pdf'].title);
    else expect(errors[0]!.file).toBe('cut-late.pdf');
  });

  it('a PDF of 10,000 pages: the first 500 are read, and the report says so', async () => {
    const r = await readInputsAsync([folder({ 'long.pdf': pdf(h, { pages: 10_000 }) })]);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.body.split('\n\n').filter((p) => p.startsWith('Farmers in the northern plains'))).toHaveLength(500);
    expect(r.problems).toEqual([{ file: 'long.pdf', severity: 'warning', reason: 'only the first 500 of 10000 pages read' }]);
  }, 30_000);
});
