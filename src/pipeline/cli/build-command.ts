/**
 * `dateline build`: check the out folder, build into a new generation, publish it or refuse
 * (write/guard.ts), and print the report. Failures are thrown to main.ts, which prints one
 * line and exits with the code for their kind (errors.ts).
 */
import { DATASET_JSON_MAX_EVENTS } from '../../model/manifest.ts';
import type { BuildReport } from '../write/report.ts';
import { buildIntoDir, type DirBuildOptions } from '../state/build.ts';
import { safeText } from '../write/escape.ts';
import { BuildRefused } from '../write/guard.ts';
import { lockOutDir } from '../write/lock.ts';
import { prepareOutDir } from '../write/out-dir.ts';
import { printReport } from './report.ts';

export interface BuildCommand {
  inputs: string[];
  out: string;
  quiet: boolean;
  options: DirBuildOptions;
  /** Called once the per-article stage is over (stops the progress bar). */
  done: () => void;
}

/** Builds and publishes; returns the published build's report (watch.ts makes its one-line result of it). */
export async function runBuild({ inputs, out, quiet, options, done }: BuildCommand): Promise<BuildReport> {
  prepareOutDir(out);
  const started = performance.now();
  const unlock = lockOutDir(out); // one build at a time into a folder (write/lock.ts)
  let result;
  try {
    result = await buildIntoDir(inputs, out, options);
  } catch (error) {
    // A refused build still shows what it read: the rejected inputs are the reason.
    done();
    if (error instanceof BuildRefused && !quiet) printReport(error.report, (performance.now() - started) / 1000);
    throw error;
  } finally {
    unlock();
  }
  done();
  const { report, stats, datasetJson, stageMs, warning } = result;
  const shownOut = safeText(out);
  if (!quiet) {
    printReport(report, (performance.now() - started) / 1000);
    const files = options.shards
      ? `${stats.filesFromCache} from the shards`
      : `${stats.filesAnalysed} analysed, ${stats.filesFromCache} from the cache, ${stats.filesUnchanged} unchanged`;
    process.stderr.write(
      `Files: ${files}; ${stats.monthsMerged} month(s) merged, ${stats.chunksWritten} of ${stats.chunks} chunk(s) written.\n`,
    );
    if (stats.state === 'busy') process.stderr.write(`Another build into ${shownOut} was running: this one did not use or update the build state.\n`);
    if (process.env.DATELINE_TIMINGS) process.stderr.write(`Stages (ms): ${JSON.stringify(stageMs)}\n`);
  }
  if (warning) process.stderr.write(`warning: ${safeText(warning)}\n`);
  if (!datasetJson) process.stderr.write(`${report.events} events is more than ${DATASET_JSON_MAX_EVENTS}: ${shownOut}/dataset.json not written, load ${shownOut}/chunks/ instead.\n`);
  process.stderr.write(`Published ${datasetJson ? `${shownOut}/dataset.json, ` : ''}${shownOut}/chunks/ and ${shownOut}/build-report.json\n`);
  return report;
}
