/**
 * Watch mode under churn (issue #13 item 7), in `npm run test:stress`: the real watcher
 * (`dateline watch`, what `npm start` runs) on a temp folder whose files are written in pieces,
 * renamed, deleted and re-created and saved the editors' way (temp file + rename) while it builds.
 * Every generation it publishes is sampled as it appears: none may hold the events of a file
 * caught half written, and once the files settle the published dataset is byte for byte a fresh
 * one-shot build of the final folder. Also: the out folder's lock keeps a second build out.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate.ts';
import { lockOutDir } from '../../src/pipeline/write/lock.ts';
import { CLI, expectWhole } from '../helpers/published.ts';
import { fileTree } from '../helpers/tree.ts';

const QUIET_MS = 1000;
/** Pauses inside one write, far shorter than QUIET_MS: the watcher must wait them out. */
const PIECE_PAUSE_MS = 120;

const base = mkdtempSync(join(tmpdir(), 'dateline-watch-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(base, { recursive: true, force: true });
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const WATCH = ['--import', 'tsx', 'src/pipeline/cli/main.ts', 'watch', '--jobs', '1', '--quiet', '--quiet-ms', String(QUIET_MS), '--actors', join(base, 'no-actors.json')];

/** The article caught half written: its first part has an event sentence the whole file does not. */
const HEADER = 'date 2021-03-05 Council vote\n\n';
const HALF = `${HEADER}On 3 March 2021 the Skopje city council approved the bridge plan`;
const REST = [' that the mayor had vetoed in 2019', ' after protests.', ' Officials said the work would start in May.\n'];
const FULL = HALF + REST.join('');

/** Source sentences of the events `dateline events` finds in a folder holding only `text`. */
function sentencesOf(text: string): Set<string> {
  const dir = mkdtempSync(join(base, 'one-'));
  writeFileSync(join(dir, 'piece.txt'), text);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/main.ts', 'events', dir, '--no-cache', '--jobs', '1'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const events = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { sources: { sentence: string }[] });
  return new Set(events.flatMap((e) => e.sources.map((s) => s.sentence)));
}

/** Start `dateline watch` and collect its stderr lines. */
function startWatcher(input: string, out: string, cache: string): { child: ChildProcess; lines: string[] } {
  const child = spawn(process.execPath, [...WATCH, '--input', input, '--out', out, '--cache-dir', cache], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  let rest = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop()!;
    lines.push(...parts.filter(Boolean));
  });
  return { child, lines };
}
const count = (lines: string[], pattern: RegExp): number => lines.filter((l) => pattern.test(l)).length;

/** Read every generation `current` names, as soon as it is switched to (polled every few ms). */
function sampleGenerations(out: string): { seen: Map<string, string>; stop: () => void } {
  const seen = new Map<string, string>();
  const sample = (): void => {
    let id: string;
    try {
      id = basename(readlinkSync(join(out, 'current')));
    } catch {
      return;
    }
    if (seen.has(id)) return;
    try {
      seen.set(id, readFileSync(join(out, 'generations', id, 'dataset.json'), 'utf8'));
    } catch {
      // pruned before it could be read: cannot happen within two builds, and is caught below
    }
  };
  const timer = setInterval(sample, 3);
  return {
    seen,
    stop: () => {
      clearInterval(timer);
      sample();
    },
  };
}

describe('dateline watch under churn', () => {
  it('publishes only whole files and settles on what a fresh build of the final folder publishes', async () => {
    const input = join(base, 'articles');
    const out = join(base, 'out');
    cpSync('data/articles', input, { recursive: true });
    writeFileSync(join(input, 'piece.txt'), FULL);
    const halfOnly = [...sentencesOf(HALF)].filter((s) => !sentencesOf(FULL).has(s));
    expect(halfOnly.length, 'the half-written file has an event of its own').toBeGreaterThan(0);

    const { lines } = startWatcher(input, out, join(base, 'cache'));
    await expect.poll(() => existsSync(join(out, 'current')), { timeout: 120_000 }).toBe(true);
    const sampler = sampleGenerations(out);
    let operations = 0;
    // The longest real pause between two pieces of one write: a starved test process (CI runs the
    // stress files side by side on two cores) can sleep far longer than asked, and a pause of a
    // whole quiet period is, to any watcher, a finished file.
    let longestPauseMs = 0;
    const op = (f: () => void): void => {
      f();
      operations++;
    };

    for (let round = 0; round < 4; round++) {
      // A build starts (a touched file), and while it reads, piece.txt is rewritten in pieces.
      const started = count(lines, /rebuilding the dataset/);
      op(() => utimesSync(join(input, 'a01-independence-declared.txt'), new Date(), new Date(2020, 0, 1 + round)));
      await expect.poll(() => count(lines, /rebuilding the dataset/), { timeout: 60_000, interval: 5 }).toBeGreaterThan(started);
      op(() => writeFileSync(join(input, 'piece.txt'), HALF));
      let lastPieceMs = performance.now();
      await sleep(2 * PIECE_PAUSE_MS);
      for (const piece of REST) {
        op(() => appendFileSync(join(input, 'piece.txt'), piece));
        longestPauseMs = Math.max(longestPauseMs, performance.now() - lastPieceMs);
        lastPieceMs = performance.now();
        await sleep(PIECE_PAUSE_MS);
      }
      // Renamed away and back, an editor's save (temp file, then rename over), deleted and re-created.
      const [from, to] = round % 2 === 0 ? ['a07-eulex-deploys.txt', 'a07-moved.txt'] : ['a07-moved.txt', 'a07-eulex-deploys.txt'];
      op(() => renameSync(join(input, from), join(input, to)));
      await sleep(PIECE_PAUSE_MS);
      op(() => renameSync(join(input, 'a08-first-anniversary.txt'), join(input, 'a08-tmp.txt')));
      op(() => renameSync(join(input, 'a08-tmp.txt'), join(input, 'a08-first-anniversary.txt')));
      const a16 = join(input, 'a16-nikolic-elected.txt');
      op(() => writeFileSync(join(input, '.a16.swp'), `${readFileSync(a16, 'utf8')}\nThe count was confirmed on Tuesday, round ${round}.\n`));
      op(() => renameSync(join(input, '.a16.swp'), a16));
      await sleep(PIECE_PAUSE_MS);
      const a03 = join(input, 'a03-moscow-madrid-reject.txt');
      const text = readFileSync(a03, 'utf8');
      op(() => rmSync(a03));
      await sleep(PIECE_PAUSE_MS);
      op(() => writeFileSync(a03, text));
      op(() => mkdirSync(join(input, `sub-${round}`)));
      op(() => writeFileSync(join(input, `sub-${round}`, 'z.txt'), `date 2019-03-0${round + 1} Skopje\n\nA new bridge opened in Skopje on Thursday, officials said.`));
      // Now and then quiet long enough for a build to start amid the churn, or to publish.
      if (round === 1) {
        const published = count(lines, /^Published/);
        await expect.poll(() => count(lines, /^Published/), { timeout: 120_000, interval: 20 }).toBeGreaterThan(published);
      } else await sleep(round % 2 ? QUIET_MS + 200 : 50);
    }

    // Settled: the watcher ends on what a one-shot build of the final folder publishes.
    const reference = join(base, 'reference');
    const fresh = spawnSync(process.execPath, [...CLI, '--input', input, '--out', reference, '--no-cache', '--actors', join(base, 'no-actors.json')], { encoding: 'utf8' });
    expect(fresh.status, fresh.stderr).toBe(0);
    const want = fileTree(reference);
    await expect.poll(() => JSON.stringify(fileTree(out)) === JSON.stringify(want), { timeout: 180_000, interval: 200 }).toBe(true);
    sampler.stop();
    expectWhole(out);

    // Never a half event set: no published generation had the half-written file's own events.
    const published = [...sampler.seen.values()];
    console.log(`watch churn: ${operations} file operations, ${count(lines, /rebuilding the dataset/)} builds, ${count(lines, /^Published/)} published, ${count(lines, /changed while the build read them/)} dropped as stale, ${published.length} generations sampled, longest pause inside a write ${Math.round(longestPauseMs)} ms`);
    expect(published.length).toBeGreaterThan(2); // the first, one amid the churn, the last
    const halfPublished = published.some((text) => {
      const dataset = JSON.parse(text) as { events: { sources: { sentence: string }[] }[] };
      expect(validateDataset(dataset).ok).toBe(true);
      const sentences = new Set(dataset.events.flatMap((e) => e.sources.map((s) => s.sentence)));
      return halfOnly.some((s) => sentences.has(s));
    });
    // Only a pause as long as the quiet period (the writer stalled, not the watcher) excuses it.
    if (halfPublished) expect(longestPauseMs, 'a generation published the half-written file').toBeGreaterThanOrEqual(QUIET_MS);
    // No build storm, and never two builds at once (the second would have met the lock).
    expect(count(lines, /rebuilding the dataset/)).toBeLessThan(operations / 2);
    expect(count(lines, /another build/)).toBe(0);
    expect(count(lines, /internal error/)).toBe(0);
  }, 600_000);

  it('watches a folder again after it was moved away and back, or removed and re-created', async () => {
    const input = join(base, 'moved-articles');
    const out = join(base, 'moved-out');
    cpSync('data/articles', input, { recursive: true });
    const { lines } = startWatcher(input, out, join(base, 'moved-cache'));
    await expect.poll(() => count(lines, /^Published/), { timeout: 120_000 }).toBe(1);
    const published = (text: string): boolean => fileTree(out)['dataset.json']?.includes(text) ?? false;
    renameSync(input, `${input}-away`);
    await expect.poll(() => count(lines, /cannot be read/), { timeout: 120_000 }).toBe(1); // refused: the input is gone
    renameSync(`${input}-away`, input);
    writeFileSync(join(input, 'zz-back.txt'), 'date 2019-03-01 Back\n\nA new bridge opened in Skopje on Thursday, officials said.');
    await expect.poll(() => published('A new bridge opened in Skopje'), { timeout: 120_000, interval: 200 }).toBe(true);
    rmSync(input, { recursive: true });
    await expect.poll(() => count(lines, /cannot be read/), { timeout: 120_000 }).toBe(2);
    mkdirSync(input);
    writeFileSync(join(input, 'only.txt'), 'date 2019-03-01 Again\n\nThe Skopje city council approved the bridge plan on Tuesday.');
    await expect.poll(() => published('The Skopje city council approved the bridge plan'), { timeout: 120_000, interval: 200 }).toBe(true);
    expectWhole(out);
  }, 300_000);

  it('keeps a second build out of a folder being written, and the watcher builds once the lock is free', async () => {
    const input = join(base, 'lock-articles');
    const out = join(base, 'lock-out');
    cpSync('data/articles', input, { recursive: true });
    const build = (): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [...CLI, '--input', input, '--out', out, '--no-cache'], { encoding: 'utf8' });
    expect(build().status).toBe(0);
    const before = fileTree(out);

    const release = lockOutDir(out); // a build running in this process
    const refused = build();
    expect(refused.status).toBe(1);
    expect(String(refused.stderr)).toMatch(new RegExp(`being written by another build \\(pid ${process.pid}\\)`));
    expect(fileTree(out)).toEqual(before);

    const { lines } = startWatcher(input, out, join(base, 'lock-cache'));
    await expect.poll(() => count(lines, /another build .*trying again shortly/), { timeout: 120_000 }).toBeGreaterThan(0);
    expect(fileTree(out)).toEqual(before);
    writeFileSync(join(input, 'zz-new.txt'), 'date 2019-03-01 Unrelated\n\nA new bridge opened in Skopje on Thursday, officials said.');
    release();
    await expect.poll(() => fileTree(out)['dataset.json']?.includes('A new bridge opened in Skopje') ?? false, { timeout: 120_000, interval: 200 }).toBe(true);
    expectWhole(out);
    await expect.poll(() => existsSync(join(out, "generations", ".build.lock")), { timeout: 60_000 }).toBe(false);
  }, 300_000);
});
