/**
 * Hostile conditions for `dateline build` (issue #13), in `npm run test:stress`: the build killed
 * with SIGKILL at random points (the published dataset is always the old or the new one, whole),
 * symlinks out of the input, an input that vanishes mid-build or yields nothing, and bad output paths.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { CLI, expectWhole, OUT_ENTRIES, publishedVersion, setCorpus } from '../helpers/published.ts';
import { fileTree } from '../helpers/tree.ts';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};

const run = (args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8' });

describe('publishing under SIGKILL', () => {
  it('after each of at least 50 kills at random points the published dataset is the old or the new one, whole', async () => {
    const corpus = join(temp('dateline-kill-in-'), 'articles');
    const cache = temp('dateline-kill-cache-');
    const trees: Record<'A' | 'B', Record<string, string>> = { A: {}, B: {} };
    // How long a build takes, with the cache and without (A is built with a cold cache, B with a warm one):
    // kill times are drawn within it, and it follows the machine's load (a build that ends before its kill resets it).
    const duration = { cache: 0, none: 0 };
    for (const v of ['A', 'B'] as const) {
      setCorpus(corpus, v);
      const ref = temp('dateline-kill-ref-');
      const started = performance.now();
      const r = run(['--input', corpus, '--out', ref, '--cache-dir', cache]);
      duration[v === 'A' ? 'none' : 'cache'] = performance.now() - started;
      expect(r.status, r.stderr).toBe(0);
      trees[v] = fileTree(ref);
    }
    const out = temp('dateline-kill-out-');
    setCorpus(corpus, 'A');
    expect(run(['--input', corpus, '--out', out, '--cache-dir', cache]).status).toBe(0);
    let kills = 0;
    const seen = { A: 0, B: 0 };
    for (let i = 0; kills < 50 && i < 150; i++) {
      const target = i % 2 ? 'A' : 'B';
      setCorpus(corpus, target);
      // Half the runs with the cache (the build is mostly writing), half without (mostly analysing).
      const mode = i % 4 < 2 ? 'cache' : 'none';
      const started = performance.now();
      const child = spawn(process.execPath, [...CLI, '--input', corpus, '--out', out, ...(mode === 'cache' ? ['--cache-dir', cache] : ['--no-cache'])], { stdio: 'ignore' });
      // Four runs in sixteen (each version, each mode) are left to finish: they publish that version for sure and
      // re-measure the build, so kill times follow the machine even when it slows down and every drawn delay falls
      // short of the end (CI once saw 50 kills and no A). Of the others, half are killed over the whole build, half
      // around its end, where it publishes (kill-steps.test.ts visits each step there).
      const finish = i % 16 === 4 || i % 16 === 5 || i % 16 === 14 || i % 16 === 15;
      const delay = finish ? Infinity : (i % 8 < 4 ? Math.random() : 0.7 + 0.45 * Math.random()) * duration[mode];
      const ended = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
      const timer = delay === Infinity ? undefined : setTimeout(() => child.kill('SIGKILL'), delay);
      const signal = await ended;
      clearTimeout(timer);
      if (signal === 'SIGKILL') kills++;
      else duration[mode] = performance.now() - started;
      const which = publishedVersion(out, trees, `run ${i}`);
      expect(which, `run ${i} (${signal ?? 'not killed'}, ${Math.round(delay)} ms) published a mixed or broken dataset`).not.toBeNull();
      seen[which!]++;
      expectWhole(out);
    }
    console.log(`kill loop: ${kills} kills; published afterwards: A ${seen.A} times, B ${seen.B} times`);
    expect(kills).toBeGreaterThanOrEqual(50);
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
    // A complete build clears what the killed ones left: no staging folders, no temporary files, two generations at most.
    setCorpus(corpus, 'A');
    expect(run(['--input', corpus, '--out', out, '--cache-dir', cache]).status).toBe(0);
    expect(fileTree(out)).toEqual(trees.A);
    expect(readdirSync(out).sort()).toEqual(OUT_ENTRIES);
    expect(readdirSync(join(out, 'generations')).length).toBeLessThanOrEqual(2);
  }, 900_000);
});

describe('inputs that must not replace a good dataset', () => {
  const published = (): { out: string; tree: Record<string, string> } => {
    const out = temp('dateline-keep-out-');
    expect(run(['--input', 'data/articles', '--out', out, '--no-cache']).status).toBe(0);
    return { out, tree: fileTree(out) };
  };

  it('a missing input, or one whose every file is rejected, exits 1 and keeps the published dataset', () => {
    const { out, tree } = published();
    const missing = run(['--input', join(out, 'no-such-folder'), '--out', out, '--no-cache']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^dateline: build refused: input ".*no-such-folder" cannot be read .*keeps the previous dataset$/m);
    const bad = temp('dateline-keep-bad-');
    writeFileSync(join(bad, 'a.txt'), 'no header');
    writeFileSync(join(bad, 'b.json'), '{broken');
    const rejected = run(['--input', bad, '--out', out, '--no-cache']);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toMatch(/skipped: a\.txt: no story after the title line/);
    expect(rejected.stderr).toMatch(/build refused: no article could be used: all 2 input\(s\) were rejected/);
    expect(fileTree(out)).toEqual(tree);
  }, 120_000);

  it('an input folder removed during the build exits 1 and keeps the published dataset', async () => {
    const { out, tree } = published();
    const corpus = temp('dateline-vanish-');
    generateCorpus(600, corpus, 7);
    const child = spawn(process.execPath, [...CLI, '--input', corpus, '--out', out, '--no-cache'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // ('close', not 'exit': the last lines of stderr may still be on their way when the process exits.)
    const code = new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    await new Promise((done) => setTimeout(done, 2500)); // start-up and listing are done; the analysis runs
    rmSync(corpus, { recursive: true, force: true });
    expect(await code, stderr).toBe(1);
    // Whenever the folder went (mid-listing or mid-analysis), the guard refuses by the input's name.
    // (Waiting for 'exit' rather than 'close' once lost this line on a loaded machine.)
    expect(stderr).toMatch(/build refused: input ".*" cannot be read \(missing, unreadable or removed during the build\); nothing published/);
    expect(fileTree(out)).toEqual(tree);
  }, 120_000);

  it('losing most articles warns, and with --strict is refused', () => {
    const { out, tree } = published();
    const few = temp('dateline-few-');
    for (const f of readdirSync('data/articles').slice(0, 3)) cpSync(join('data/articles', f), join(few, f));
    const strict = run(['--input', few, '--out', out, '--no-cache', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/build refused: this build uses \d+ article\(s\), \d+% fewer than the published build's \d+ \(--strict allows at most 50%\)/);
    expect(fileTree(out)).toEqual(tree);
    const loose = run(['--input', few, '--out', out, '--no-cache']);
    expect(loose.status).toBe(0);
    expect(loose.stderr).toMatch(/^warning: this build uses .* published anyway/m);
  }, 120_000);
});

describe('symlinks and bad output paths', () => {
  it('links out of the input folder are refused by name and their content never published', () => {
    const input = temp('dateline-links-');
    cpSync('data/articles/a01-independence-declared.txt', join(input, 'a01.txt'));
    const secret = join(temp('dateline-secret-'), 'secret.txt');
    writeFileSync(secret, 'date 2023-01-01 Secret\n\nThe SECRET-PAYLOAD met the board on Monday.');
    symlinkSync(secret, join(input, 'leak.txt'));
    symlinkSync('/etc', join(input, 'etc'));
    const out = temp('dateline-links-out-');
    const r = run(['--input', input, '--out', out, '--no-cache']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped: leak\.txt: symlink to outside the input folder, not followed/);
    expect(r.stderr).toMatch(/skipped: etc: symlink to outside the input folder, not followed/);
    expect(JSON.stringify(fileTree(out))).not.toContain('SECRET-PAYLOAD');
    expect(r.stderr).not.toMatch(/passwd|hostname/);
  }, 60_000);

  it('bad --out paths fail with one line and exit 3, never a stack trace or a hang', () => {
    const dir = temp('dateline-badout-');
    writeFileSync(join(dir, 'file'), 'x');
    const cases: [string, RegExp][] = [
      ['/proc/dateline', /^dateline: \/proc\/dateline: is on the proc pseudo-file system/],
      ['/proc/self/fd/0', /^dateline: \/proc\/self\/fd\/0: is (a file, not a folder|on the proc pseudo-file system)/],
      ['/sys/dateline', /^dateline: \/sys\/dateline: is on the sysfs pseudo-file system/],
      [join(dir, 'file'), /is a file, not a folder; choose another --out$/m],
      [join(dir, 'file', 'out'), /a part of the path is a file, not a folder; choose another --out$/m],
    ];
    for (const [out, message] of cases) {
      const started = performance.now();
      const r = spawnSync(process.execPath, [...CLI, '--input', 'data/articles', '--out', out, '--no-cache'], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status, `${out}: ${r.stderr}`).toBe(3);
      expect(r.stderr, out).toMatch(message);
      expect(r.stderr.trim().split('\n'), out).toHaveLength(1);
      expect(performance.now() - started, out).toBeLessThan(30_000);
    }
    const debug = run(['--input', 'data/articles', '--out', join(dir, 'file'), '--no-cache', '--debug']);
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  }, 120_000);

  it('a folder it may not write: one line, exit 3 (as root, permissions do not apply: sysfs stands in)', () => {
    const out = join(temp('dateline-ro-'), 'out');
    if (process.getuid?.() === 0) {
      // Root writes anywhere on a normal disk; a cache folder in sysfs still fails with EACCES/EPERM, named.
      const r = run(['--input', 'data/articles', '--out', out, '--cache-dir', '/sys/fs/dateline-cache']);
      expect(r.status, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/^dateline: \/sys\/fs\/dateline-cache.*: (permission denied|operation not permitted); this is the build cache: use --cache-dir <folder> or --no-cache\n$/);
      return;
    }
    spawnSync('mkdir', ['-m', '0555', out]);
    const r = run(['--input', 'data/articles', '--out', out, '--no-cache']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/permission denied; fix the permissions or choose another --out\n$/);
    expect(existsSync(join(out, 'dataset.json'))).toBe(false);
  }, 60_000);
});
