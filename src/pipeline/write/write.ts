/** Writes the dataset and the build report as stable, sorted JSON (byte-identical for equal input). */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../model/dataset.ts';
import type { BuildReport } from '../build.ts';

export const DATASET_FILE = 'dataset.json';
export const REPORT_FILE = 'build-report.json';

/** Write to a temporary name then rename, so the app never fetches a half-written file. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function writeOutputs(outDir: string, dataset: Dataset, report: BuildReport): void {
  mkdirSync(outDir, { recursive: true });
  writeAtomic(join(outDir, DATASET_FILE), `${JSON.stringify(dataset)}\n`);
  writeAtomic(join(outDir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
}
