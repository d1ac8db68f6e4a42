/**
 * The cluster runner end to end (`npm run test:cluster`, docs/SCALING.md "Cluster"): a real Redis
 * on a loopback port, three worker processes, `cluster submit` and `cluster reduce` as a user runs
 * them. What reduce publishes must be byte for byte what a local `dateline build` publishes, for
 * the sample corpus and for 5,000 generated articles, while one worker is killed (SIGKILL) in the
 * middle of a job and Redis is stopped for a few seconds and started again. The same contract on
 * another engine: the Dask recipe on a local Dask cluster.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { buildIntoDir } from '../../src/pipeline/state/build.ts';
import { startRedis, type LocalRedis } from '../../scripts/redis.ts';
import { fileTree } from '../helpers/tree.ts';

const ACTORS = 'data/actors.json';
const MAIN = ['--import', 'tsx', 'src/pipeline/cli/main.ts', 'cluster'];
let root: string;
let redis: LocalRedis;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dateline-cluster-'));
  mkdirSync(join(root, 'redis'));
  redis = await startRedis(join(root, 'redis'));
});
afterAll(async () => {
  await redis?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A cluster command run to its end: exit code and output. */
function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...MAIN, ...args, '--redis', redis.url], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface RunningWorker {
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
}

/**
 * A worker process that stops when the queue is empty; short locks so a dead one's job is taken
 * again quickly. `crashOn`: it kills itself when it opens a file ending so (test/helpers/crash-on.mjs).
 */
function worker({ queue, crashOn }: { queue?: string; crashOn?: string } = {}): RunningWorker {
  const args = [
    ...(crashOn ? ['--import', './test/helpers/crash-on.mjs'] : []),
    ...MAIN,
    'worker',
    '--redis',
    redis.url,
    '--until-empty',
    '--jobs',
    '1',
    '--lock-ms',
    '2000',
    ...(queue ? ['--queue', queue] : []),
  ];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TZ: 'UTC', ...(crashOn ? { CRASH_ON: crashOn } : {}) },
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, log: () => log, exited };
}

const completions = (log: string): number => (log.match(/ files mapped/g) ?? []).length;

async function until(check: () => boolean, what: string, ms = 120_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** `cluster submit` of `input` into `store` in jobs of `jobFiles` files (and more options). */
const submit = (input: string, store: string, jobFiles: string, ...more: string[]) =>
  cli(['submit', input, '--store', store, '--job-files', jobFiles, '--actors', ACTORS, ...more]);

async function localBuild(input: string): Promise<Record<string, string>> {
  const out = join(root, `local-${Math.random().toString(36).slice(2)}`);
  await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir: null, jobs: 1 });
  return fileTree(out);
}

describe('cluster runner on Redis', () => {
  it('publishes the sample corpus as a local build does, with three workers', async () => {
    const store = join(root, 'store-sample');
    const submitted = submit('data/articles', store, '8');
    expect(submitted.code, submitted.stderr).toBe(0);
    const run = submitted.stdout.trim();
    expect(run).toMatch(/^[0-9a-f]{16}$/);
    expect(submitted.stderr).toContain('in 8 jobs; 8 queued');
    const workers = [worker(), worker(), worker()];
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0, 0]);
    expect(workers.reduce((n, w) => n + completions(w.log()), 0)).toBe(8);
    const status = cli(['status', '--store', store]);
    expect(status.stdout).toContain(`run ${run}: 8 of 8 jobs finished (62 of 62 files)`);
    const out = join(root, 'out-sample');
    const reduced = cli(['reduce', '--store', store, '--out', out]);
    expect(reduced.code, reduced.stderr).toBe(0);
    expect(fileTree(out)).toEqual(await localBuild('data/articles'));
    // Submitting again resumes the run: nothing is queued twice.
    const again = submit('data/articles', store, '8');
    expect(again.stdout.trim()).toBe(run);
    expect(again.stderr).toContain('0 queued, 0 dead letters retried, 8 already finished');
  });

  it('loses and duplicates nothing when a worker is killed mid-job and Redis stops for a while (5,000 articles)', async () => {
    const corpus = join(root, 'generated');
    generateCorpus(5000, corpus, 17);
    const store = join(root, 'store-generated');
    const submitted = submit(corpus, store, '100');
    expect(submitted.code, submitted.stderr).toBe(0);
    const jobs = Number(/in (\d+) jobs/.exec(submitted.stderr)![1]);
    expect(jobs).toBeGreaterThanOrEqual(10);
    const [victim, ...others] = [worker(), worker(), worker()];
    // Killed in the middle of its second job (it logs each job it finishes).
    await until(() => completions(victim!.log()) >= 1, 'the first worker to finish a job');
    await new Promise((done) => setTimeout(done, 150));
    victim!.child.kill('SIGKILL');
    expect(await victim!.exited).toBeNull();
    // Redis away for three seconds, then back with its data.
    await until(() => others.some((w) => completions(w.log()) >= 3), 'more jobs done');
    await redis.stop();
    await new Promise((done) => setTimeout(done, 3000));
    await redis.start();
    expect(await Promise.all(others.map((w) => w.exited))).toEqual([0, 0]);
    expect(others.map((w) => w.log()).join('')).toContain('queue unreachable');
    // Every job's shard is there once; reduce checks every file is in exactly one.
    const shards = readdirSync(join(store, 'runs', submitted.stdout.trim(), 'shards')).filter((n) =>
      n.endsWith('.jsonl'),
    );
    expect(shards).toHaveLength(jobs);
    const out = join(root, 'out-generated');
    const reduced = cli(['reduce', '--store', store, '--out', out]);
    expect(reduced.code, reduced.stderr).toBe(0);
    expect(fileTree(out)).toEqual(await localBuild(corpus));
  });

  it('the Dask recipe (scripts/cluster/dask_map.py) publishes what a local build does', async () => {
    // Debian's python3-distributed (installed by .ci/run): a local Dask cluster of two worker processes.
    const input = join(process.cwd(), 'data/articles');
    const out = join(root, 'out-dask');
    const dask = spawnSync(
      '/usr/bin/python3',
      [
        'scripts/cluster/dask_map.py',
        input,
        '--shards',
        '3',
        '--out-dir',
        join(root, 'dask-shards'),
        '--local-workers',
        '2',
        '--reduce-out',
        out,
      ],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          TZ: 'UTC',
          DATELINE: `${process.execPath} --import tsx src/pipeline/cli/main.ts`,
        },
      },
    );
    expect(dask.status, dask.stderr).toBe(0);
    expect(dask.stdout).toContain('shard-2-of-3.jsonl');
    expect(fileTree(out)).toEqual(await localBuild(input));
  });

  it('leaves out, as a dead letter, an article that kills its worker on every try, and publishes the rest', async () => {
    const corpus = join(root, 'poisoned');
    cpSync('data/articles', corpus, { recursive: true });
    writeFileSync(
      join(corpus, 'zz-poison.txt'),
      'date 2024-01-05 Talks resume\n\nBRUSSELS - Serbia and Kosovo resumed talks in Brussels on Thursday.\n',
    );
    const store = join(root, 'store-poisoned');
    const submitted = submit(corpus, store, '8', '--queue', 'poisoned');
    expect(submitted.code, submitted.stderr).toBe(0);
    // Two workers kept running, as a supervisor (systemd, Kubernetes) restarts a dead one.
    let killed = 0;
    const logs: string[] = [];
    const keepRunning = async (): Promise<void> => {
      for (;;) {
        const w = worker({ queue: 'poisoned', crashOn: 'zz-poison.txt' });
        const code = await w.exited;
        logs.push(w.log());
        if (code === 0) return;
        killed++;
      }
    };
    await Promise.all([keepRunning(), keepRunning()]);
    // One death shows the job dies; two more on the article make it a dead letter.
    expect(killed, logs.join('\n---\n')).toBe(3);
    expect(logs.join('')).toContain('zz-poison.txt left out as a dead letter');
    const status = cli(['status', '--store', store, '--queue', 'poisoned']);
    expect(status.stdout).toContain('1 article file(s) left out as dead letters');
    expect(status.stdout).toContain('zz-poison.txt (job');
    const out = join(root, 'out-poisoned');
    const reduced = cli([
      'reduce',
      '--store',
      store,
      '--out',
      out,
      '--queue',
      'poisoned',
      '--no-cache',
    ]);
    expect(reduced.code, reduced.stderr).toBe(0);
    expect(reduced.stderr).toMatch(
      /zz-poison\.txt: its analysis stopped the worker on 2 tries .*dead letter/,
    );
    // Everything else is what a build of the corpus without it publishes.
    const clean = join(root, 'clean');
    cpSync('data/articles', clean, { recursive: true });
    const expected = await localBuild(clean);
    expect(fileTree(out)['dataset.json']).toBe(expected['dataset.json']);
  });

  it('refuses to publish a run with jobs left, naming them', async () => {
    const store = join(root, 'store-unfinished');
    const submitted = submit('data/articles', store, '30', '--queue', 'unworked');
    expect(submitted.code, submitted.stderr).toBe(0);
    const reduced = cli([
      'reduce',
      '--store',
      store,
      '--out',
      join(root, 'never'),
      '--queue',
      'unworked',
    ]);
    expect(reduced.code).toBe(1);
    expect(reduced.stderr).toContain('3 of 3 jobs of run');
    expect(reduced.stderr).toContain('nothing published');
    expect(reduced.stderr).toContain('queue: 3 waiting');
  });
});
