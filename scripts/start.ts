/**
 * `npm start`: builds the dataset from data/articles, serves the app with Vite, and rebuilds the
 * dataset whenever an article (or data/actors.json) is added, changed or removed. Each build is
 * published whole or not at all (a refused or failed build keeps the last good dataset), and
 * the app fetches public/data/dataset.json, so a browser reload shows the new events.
 */
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'chokidar';
import { safeText } from '../src/pipeline/write/escape.ts';

const BUILD = ['run', '-s', 'dateline', '--', 'build', '--input', 'data/articles', '--out', 'public/data'];

function build(): boolean {
  const result = spawnSync('npm', BUILD, { stdio: 'inherit' });
  if (result.status !== 0 && result.status !== null) process.stderr.write('The dataset was not replaced: the app keeps showing the last good build.\n');
  return result.status === 0;
}

if (!build()) process.stderr.write('The first build failed; fix the problem above and save a file to retry.\n');

const vite = spawn('npx', ['vite', '--host', '127.0.0.1', '--open', 'false'], { stdio: 'inherit' });
vite.on('exit', (code) => process.exit(code ?? 0));

let timer: NodeJS.Timeout | undefined;
const watcher = watch(['data/articles', 'data/actors.json'], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 200 } });
watcher.on('all', (event, path) => {
  clearTimeout(timer);
  // Debounce: an editor saving several files, or a folder copied in, triggers one rebuild.
  timer = setTimeout(() => {
    process.stderr.write(`\n${event}: ${safeText(path)} — rebuilding the dataset…\n`); // a file name can hold a newline or escape codes
    build();
  }, 300);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void watcher.close();
    vite.kill(signal);
  });
}
