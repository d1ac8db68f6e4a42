/**
 * `tsx scripts/bench/heap-need.ts <articles> <jobs> <heap MB>…`: how much memory a build needs, not
 * how much V8 takes. Builds a generated corpus (generate-corpus.ts, seed 3) with `dateline build
 * --no-cache --jobs <jobs>`, once per heap size, with the main thread's old space capped by
 * --max-old-space-size, and prints for each whether the build completed, its time and the peak
 * resident memory of the process (worker threads included). Uncapped, V8 lets the heap grow far
 * past what is live (the peak RSS of bench:cluster); the smallest cap that completes is the need.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';

const [articles = '20000', jobs = '1', ...heaps] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'dateline-heap-need-'));
try {
  generateCorpus(Number(articles), join(dir, 'in'), 3);
  process.stdout.write(`${articles} generated articles, --jobs ${jobs}\n`);
  for (const heap of heaps.length > 0 ? heaps : ['']) {
    const rssFile = join(dir, 'rss');
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [...(heap ? [`--max-old-space-size=${heap}`] : []), '--import', 'tsx', 'scripts/bench/with-rss.ts', 'build', '--input', join(dir, 'in'), '--out', join(dir, `out-${heap}`), '--no-cache', '--jobs', jobs, '--quiet'],
      { encoding: 'utf8', env: { ...process.env, RSS_FILE: rssFile } },
    );
    const seconds = (performance.now() - started) / 1000;
    let peakMb = NaN;
    try {
      peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    } catch {
      // Killed by the heap limit before its exit handler ran.
    }
    const cap = heap ? `${heap} MB` : 'none';
    process.stdout.write(`heap cap ${cap.padStart(8)}: ${r.status === 0 ? 'completed' : `failed (exit ${r.status ?? r.signal})`} in ${seconds.toFixed(1)} s, peak RSS ${Number.isNaN(peakMb) ? '?' : peakMb.toFixed(0)} MB\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
