/**
 * `npm start`: builds the dataset from data/articles, serves the app with Vite on 127.0.0.1, and
 * rebuilds the dataset whenever an article (or data/actors.json) is added, changed, renamed or
 * removed: src/pipeline/cli/watch.ts (once the files are quiet, one build at a time, published
 * only if no input changed while it ran; a refused or failed build keeps the last good dataset).
 * The open app notices each new generation and swaps to it, keeping the reader's view
 * (src/store/live-data.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { stopOnSignals, watchAndBuild } from '../src/pipeline/cli/watch.ts';
import { DEFAULT_CACHE_DIR } from '../src/pipeline/map/cache.ts';

const INPUT = 'data/articles';
const ACTORS = 'data/actors.json';
const OUT = 'public/data';

const watching = await watchAndBuild({
  inputs: [INPUT],
  watched: [INPUT, ACTORS],
  out: OUT,
  build: { actorsFile: ACTORS, jobs: 'auto', cacheDir: DEFAULT_CACHE_DIR },
});
await watching.whenIdle(); // the first build, before serving
if (!existsSync(`${OUT}/current`)) process.stderr.write('The first build failed; fix the problem above and save a file to retry.\n');

// Vite's own lines pass through; once it says where it listens (the port may not be 5173 when
// that one is taken), one line says where the app is and what is watched.
const vite = spawn('npx', ['vite', '--host', '127.0.0.1', '--open', 'false'], { stdio: ['inherit', 'pipe', 'inherit'] });
let seen: string | null = '';
vite.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (seen === null) return;
  seen = (seen + chunk.toString()).slice(-4096);
  const url = /Local:\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(seen))?.[1];
  if (!url) return;
  seen = null;
  process.stderr.write(`\nDateline is at ${url} (the articles in ${INPUT}, rebuilt when one is added, changed or removed; Ctrl-C stops).\n\n`);
});
vite.on('exit', (code) => process.exit(code ?? 0));
stopOnSignals(watching, (signal) => vite.kill(signal));
