/**
 * Plain .txt files as people save them (issue 14 item 5), on the team's fixtures
 * (test/fixtures/formats/text/): each yields the expected article (title, date and where it was
 * found, first sentence after the dateline, place) with a warning when the date is a guess, and
 * each hostile variant is exactly one clear rejection naming the file, or a readable article.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../src/pipeline/read/read.ts';
import type { FormatOptions } from '../src/pipeline/read/readers/types.ts';
import type { RawArticle, ReadResult } from '../src/pipeline/read/types.ts';
import { DEFAULT_LIMITS } from '../src/pipeline/read/walk.ts';
import { garbage, latin1Story, LIBRARY_MTIME, oneLine, TEXT_DIR, TEXT_EXPECTED, type ExpectedText } from './fixtures/formats/text.ts';
import { expectRejected } from './helpers/rejected.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-text-'));
  dirs.push(dir);
  return dir;
};

/** The fixtures copied into a fresh folder, library-hours.txt given its modification time. */
function fixtureFolder(): string {
  const dir = freshDir();
  for (const name of readdirSync(TEXT_DIR)) copyFileSync(join(TEXT_DIR, name), join(dir, name));
  utimesSync(join(dir, 'library-hours.txt'), LIBRARY_MTIME, LIBRARY_MTIME);
  return dir;
}

/** Reads one file written into a fresh folder (with a modification time and the readers' options if given). */
function readOne(name: string, content: string | Uint8Array, how: { mtime?: Date; formats?: FormatOptions } = {}): ReadResult {
  const dir = freshDir();
  writeFileSync(join(dir, name), content);
  if (how.mtime) utimesSync(join(dir, name), how.mtime, how.mtime);
  return readInputs([dir], undefined, how.formats ? { ...DEFAULT_LIMITS, formats: how.formats } : undefined);
}

/** The story's first sentence: after the dateline, up to the first full stop after a lower-case letter or a digit ("U.S." is not one). */
const firstSentence = (a: RawArticle): string => a.body.slice(a.dateline?.end ?? 0).split(/(?<=[\p{Ll}\d]\.)\s/u)[0]!;

function expectArticle(r: ReadResult, file: string, want: ExpectedText): void {
  const a = r.articles.find((x) => x.path === file);
  expect(a, file).toBeDefined();
  expect({ title: a!.title, published: a!.published, publishedFrom: a!.publishedFrom, place: a!.place, outlet: a!.outlet, format: a!.format }).toEqual({
    title: want.title,
    published: want.published,
    publishedFrom: want.publishedFrom,
    place: want.place,
    outlet: want.outlet,
    format: 'txt',
  });
  expect(firstSentence(a!)).toBe(want.firstSentence);
  const warnings = r.problems.filter((p) => p.file === file);
  if (want.warning) {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.reason).toMatch(want.warning);
  } else {
    expect(warnings).toEqual([]);
  }
}

describe('plain text fixtures', () => {
  const folder = fixtureFolder();
  const all = readInputs([folder]);

  it('the folder: every fixture used, warnings only for the guessed dates', () => {
    expect(all.articles.map((a) => a.path).sort()).toEqual(Object.keys(TEXT_EXPECTED).sort());
    expect(all.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(all.problems.map((p) => p.file).sort()).toEqual(['2023-05-07-sudan-aid.txt', 'library-hours.txt']);
  });

  for (const [name, want] of Object.entries(TEXT_EXPECTED)) {
    it(`${name}: title, date (${want.publishedFrom}), first sentence`, () => {
      expectArticle(all, name, want);
    });
  }

  it('the header file is read exactly as before: its date header wins over the dateline, the body starts after the blank line', () => {
    const a = all.articles.find((x) => x.path === 'ceasefire-header.txt')!;
    const text = readFileSync(join(TEXT_DIR, 'ceasefire-header.txt'), 'utf8');
    expect(a.body).toBe(text.slice(text.indexOf('\n\n') + 2).trim());
  });

  it('a byline is the author, not the story; the dateline is kept out of the first sentence and the title', () => {
    const a = all.articles.find((x) => x.path === 'pristina-crossing.txt')!;
    expect(a.author).toBe('Arta Krasniqi');
    expect(a.body.startsWith('PRISTINA, Feb 18 (Balkan Desk) - Kosovo')).toBe(true);
    expect(a.dateline).toEqual({ start: 0, end: 'PRISTINA, Feb 18 (Balkan Desk) - '.length });
  });

  it('Windows line endings read the same', () => {
    const text = readFileSync(join(TEXT_DIR, 'harbour-reopens.txt'), 'utf8').replace(/\n/g, '\r\n');
    const r = readOne('harbour-reopens.txt', text);
    expectArticle(r, 'harbour-reopens.txt', TEXT_EXPECTED['harbour-reopens.txt']!);
  });

  it('a story that starts at once (dateline first): the title is its first words, the place its dateline', () => {
    const r = readOne('talks.txt', 'WASHINGTON — The Senate approved the spending bill on Friday, 12 May 2023, after a week of talks, officials said.\n', { mtime: LIBRARY_MTIME });
    expect(r.articles[0]).toMatchObject({ title: 'The Senate approved the spending bill on Friday, 12 May 2023, after', place: 'Washington', publishedFrom: 'file modification time' });
  });

  it('sudan_20230507.txt: a compact date in the name', () => {
    const r = readOne('sudan_20230507.txt', 'Aid convoy reaches Wad Madani\n\nAn aid convoy reached Wad Madani on Sunday.\n');
    expect(r.articles[0]).toMatchObject({ published: '2023-05-07', publishedFrom: 'file name' });
    // Not a day: the name's digits are ignored, and the modification time is used.
    const odd = readOne('sudan_20231307.txt', 'Aid convoy reaches Wad Madani\n\nAn aid convoy reached Wad Madani on Sunday.\n', { mtime: LIBRARY_MTIME });
    expect(odd.articles[0]).toMatchObject({ published: '2024-01-15', publishedFrom: 'file modification time' });
  });

  it('an all-number date on the first lines needs --date-order, and the warning says so', () => {
    const text = 'Dam road reopens\n07/05/2023\n\nThe dam road reopened on Thursday after repairs, the water board said.\n';
    const guessed = readOne('dam.txt', text, { mtime: LIBRARY_MTIME });
    expect(guessed.articles[0]).toMatchObject({ published: '2024-01-15', publishedFrom: 'file modification time' });
    expect(guessed.problems[0]!.reason).toMatch(/ambiguous .*--date-order dmy or mdy/);
    const ordered = readOne('dam.txt', text, { mtime: LIBRARY_MTIME, formats: { dateOrder: 'dmy' } });
    expect(ordered.problems).toEqual([]);
    expect(ordered.articles[0]).toMatchObject({ title: 'Dam road reopens', published: '2023-05-07', publishedFrom: 'first lines' });
    expect(ordered.articles[0]!.body).toBe('The dam road reopened on Thursday after repairs, the water board said.');
  });
});

describe('plain text: hostile variants', () => {
  it('empty and blank files are one rejection each', () => {
    expectRejected(readOne('empty.txt', ''), 'empty.txt', /^empty file$/);
    expectRejected(readOne('blank.txt', '\n  \n\t\n'), 'blank.txt', /^empty file$/);
  });

  it('binary garbage named .txt is one rejection, with NUL bytes or without', () => {
    expectRejected(readOne('photo.txt', garbage(64 * 1024, true)), 'photo.txt', /^binary content \(NUL bytes\), not text$/);
    expectRejected(readOne('noise.txt', garbage(64 * 1024, false)), 'noise.txt', /^not valid UTF-8 or UTF-16 text \(undecodable bytes\)$/);
  });

  it('Latin-1 bytes are one rejection (no encoding is guessed)', () => {
    expectRejected(readOne('cafe.txt', latin1Story()), 'cafe.txt', /^not valid UTF-8 or UTF-16 text/);
  });

  it('a title line alone is one rejection', () => {
    expectRejected(readOne('2023-05-07-stub.txt', 'Aid convoy reaches Wad Madani\n'), '2023-05-07-stub.txt', /^no story after the title line/);
  });

  it('a header with a bad date is still rejected as before, not read as plain text', () => {
    expectRejected(readOne('2023-05-07-bad.txt', 'date 2023-13-01 Headline\n\nBody.\n'), '2023-05-07-bad.txt', /^publication date "2023-13-01" does not exist/);
  });

  it('a 5 MB file on one line is read in bounded time: the title is its first words, the date from its name', () => {
    const started = performance.now();
    const r = readOne('2023-06-01-council.txt', oneLine(5));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ title: 'The council met again on Tuesday and agreed to keep the bridge', published: '2023-06-01', publishedFrom: 'file name' });
    expect(r.articles[0]!.body.length).toBeGreaterThan(5_000_000);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
  }, 30_000);
});

describe('plain text: the command line', () => {
  const cli = (input: string, out: string): ReturnType<typeof spawnSync> =>
    spawnSync('npx', ['tsx', 'src/pipeline/cli/main.ts', 'build', '--input', input, '--out', out, '--no-cache', '--jobs', '1'], { encoding: 'utf8' });

  it('a build says used/rejected per file type and warns about guessed dates, naming the files', () => {
    const input = fixtureFolder();
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'notes.rtf'), '{\\rtf1 notes}');
    const out = freshDir();
    const run = cli(input, out);
    const stderr = String(run.stderr);
    expect(run.status, stderr).toBe(0);
    expect(stderr).toContain('Read 8 input(s): 6 article(s) used, 2 rejected — txt 6/1, rtf 0/1.\n');
    expect(stderr).toContain('  skipped: empty.txt: empty file\n');
    expect(stderr).toContain('  warning: 2023-05-07-sudan-aid.txt: no publication date in the text: 2023-05-07 taken from the file name\n');
    expect(stderr).toContain("  warning: library-hours.txt: no publication date in the text or the file name: 2024-01-15 taken from the file's modification time\n");
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as { formats: unknown };
    expect(report.formats).toEqual([
      { format: 'txt', used: 6, rejected: 1 },
      { format: 'rtf', used: 0, rejected: 1 },
    ]);
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as { articles: { path: string; publishedFrom?: string; place: string | null }[] };
    // The dataset lists the articles its events come from (library-hours.txt reports none), each with its date's source.
    expect(dataset.articles.map((a) => a.path).sort()).toEqual(Object.keys(TEXT_EXPECTED).filter((name) => name !== 'library-hours.txt').sort());
    for (const a of dataset.articles) expect(a.publishedFrom, a.path).toBe(TEXT_EXPECTED[a.path]!.publishedFrom);
  }, 120_000);

  it('a file dated by its modification time gets the new day once touched on another day, cache or not', () => {
    const input = freshDir();
    const file = join(input, 'undated.txt');
    writeFileSync(file, 'Ceasefire talks resume\n\nDelegations from both sides met in Geneva on Tuesday and agreed to a ceasefire.\n');
    const cache = freshDir();
    const out = freshDir();
    const build = (): string => {
      const run = spawnSync('npx', ['tsx', 'src/pipeline/cli/main.ts', 'build', '--input', input, '--out', out, '--cache-dir', cache, '--jobs', '1'], { encoding: 'utf8' });
      expect(run.status, String(run.stderr)).toBe(0);
      return String(run.stderr);
    };
    utimesSync(file, new Date(Date.UTC(2024, 0, 15, 12)), new Date(Date.UTC(2024, 0, 15, 12)));
    expect(build()).toContain("2024-01-15 taken from the file's modification time");
    utimesSync(file, new Date(Date.UTC(2024, 1, 20, 12)), new Date(Date.UTC(2024, 1, 20, 12)));
    expect(build()).toContain("2024-02-20 taken from the file's modification time");
  }, 120_000);

  it('a folder where nothing can be used: exit 1, one line per file and the counts per type', () => {
    const input = freshDir();
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'photo.txt'), garbage(4096, true));
    const run = cli(input, freshDir());
    const stderr = String(run.stderr);
    expect(run.status).toBe(1);
    expect(stderr).toContain('Read 2 input(s): 0 article(s) used, 2 rejected — txt 0/2.\n');
    expect(stderr).toContain('  skipped: empty.txt: empty file\n');
    expect(stderr).toContain('  skipped: photo.txt: binary content (NUL bytes), not text\n');
    expect(stderr).toMatch(/all 2 input\(s\) were rejected/);
  }, 120_000);
});
