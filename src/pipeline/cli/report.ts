/** Human-readable build report on stderr, and a progress bar for long builds. */
import cliProgress from 'cli-progress';
import type { BuildReport } from '../write/report.ts';
import type { Problem } from '../read/types.ts';
import { safeText } from '../write/escape.ts';

/** One problem as one line: file names and reasons come from outside, so they are escaped (escape.ts). */
export function formatProblem(p: Problem): string {
  return `${p.severity === 'error' ? 'skipped' : 'warning'}: ${safeText(p.file)}${p.record ? ` (record ${p.record})` : ''}: ${safeText(p.reason)}`;
}

/** "Read 12 input(s): 10 article(s) used, 2 rejected — txt 8/1, html 2/1." (used/rejected per file type). */
export function readLine(report: Pick<BuildReport, 'inputsSeen' | 'articlesUsed' | 'rejected' | 'formats'>): string {
  const types = report.formats?.length ? ` — ${report.formats.map((f) => `${safeText(f.format)} ${f.used}/${f.rejected}`).join(', ')}` : '';
  return `Read ${report.inputsSeen} input(s): ${report.articlesUsed} article(s) used, ${report.rejected} rejected${types}.`;
}

export function printReport(report: BuildReport, seconds: number, out: NodeJS.WritableStream = process.stderr): void {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const mb = report.chars / 1e6;
  out.write(
    `${readLine(report)}\n` +
      `Found ${report.events} event(s) and ${report.actors} actor(s) in ${seconds.toFixed(2)} s` +
      (seconds > 0 ? ` (${(mb / seconds).toFixed(2)} M chars/s).\n` : '.\n'),
  );
  for (const p of [...errors, ...warnings]) {
    out.write(`  ${formatProblem(p)}\n`);
  }
  // Titles come from article text: escaped like file names.
  for (const c of report.sourcesCut) {
    out.write(`  warning: event ${c.event} (${safeText(JSON.stringify(c.title))}): ${c.sources} sources, only the first ${c.kept} kept\n`);
  }
}

/** A progress bar on a terminal for builds of more than a few dozen articles; silent otherwise. */
export function progressReporter(): { update: (done: number, total: number, stage: string) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: '{stage} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = '';
  return {
    update: (done, total, stage) => {
      if (total < 50) return;
      if (started !== stage) {
        if (started) bar.stop();
        bar.start(total, 0, { stage });
        started = stage;
      }
      bar.update(done, { stage });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
