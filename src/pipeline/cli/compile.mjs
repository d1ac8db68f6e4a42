// The command line compiled into plain JavaScript with esbuild, once per version of its sources.
//
// Run through tsx, every start of `dateline` spent about 0.8 s resolving and loading some 300
// TypeScript modules through tsx's loader hooks, and each worker thread as much again: more than
// the rebuild of a changed article takes. The bundle loads in about a quarter of that. It is kept in
// node_modules/.cache/dateline-cli/<stamp>/, where <stamp> hashes the path, size and modification
// time of every file it is made from (src/, data/knowledge/, package.json, package-lock.json):
// an edited source is compiled again (about a second) on the next start, never run stale.
// Plain JavaScript itself, so that it needs no tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/dateline-cli');
/** What the bundle is made from: its stamp covers every file under these. */
const INPUTS = ['src', 'data/knowledge', 'package.json', 'package-lock.json'];
const STALE_MS = 24 * 60 * 60 * 1000;
/** The bundle's entries: the command line, the worker thread (workers/pool.ts), and the folder build for the benchmark. */
export const ENTRIES = { dateline: 'src/pipeline/cli/main.ts', worker: 'src/pipeline/workers/worker.ts', build: 'src/pipeline/state/build.ts' };

/**
 * A package's JSON file (i18n-iso-countries' names) goes into the bundle: left outside, its import
 * would lose the attribute `with { type: 'json' }` that node requires.
 */
const bundledJson = {
  name: 'bundled-json',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => (/^[./]/.test(args.path) ? undefined : { path: createRequire(join(args.resolveDir, 'index.js')).resolve(args.path) }));
  },
};

/** Hash of the path, size and modification time of every file the bundle of the project in `root` is made from. */
export function stampOf(root = ROOT) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else hash.update(`${relative(root, path)}\u0000${stat.size}\u0000${stat.mtimeMs}\n`);
  };
  for (const input of INPUTS) visit(join(root, input));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The folder of the bundle for the sources as they are now, compiled first if there is none.
 * Two starts compiling at once each write a folder of their own and the first rename wins.
 */
export async function compiledDir() {
  const stamp = stampOf();
  const dir = join(CACHE, stamp);
  if (existsSync(dir)) return dir;
  const { build } = await import('esbuild');
  const temporary = `${dir}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: temporary,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    plugins: [bundledJson],
    sourcemap: 'linked',
    logLevel: 'warning',
    // root.ts and workers/pool.ts find the project's files and the worker through these.
    define: { DATELINE_ROOT_URL: JSON.stringify(pathToFileURL(ROOT).href), DATELINE_WORKER_FILE: JSON.stringify('worker.mjs') },
  });
  try {
    renameSync(temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  // Bundles of earlier versions of the sources go once a day old: not at once, a process started
  // from one (a watcher) still starts worker threads from it.
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name !== stamp && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

/** Import an entry of the bundle (ENTRIES), compiling it first when needed. */
export async function importCompiled(entry) {
  const dir = await compiledDir();
  return import(pathToFileURL(join(dir, `${entry}.mjs`)).href);
}
