/**
 * Writes the build: `dataset.json` (up to DATASET_JSON_MAX_EVENTS events), the chunked dataset
 * under `chunks/` (always) and `build-report.json`, as stable JSON (byte-identical for equal input).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../model/dataset.ts';
import { ACTORS_FILE, CHUNKS_DIR, DATASET_JSON_MAX_EVENTS, MANIFEST_FILE, REDIRECTS_FILE } from '../../model/manifest.ts';
import type { BuildReport } from '../build.ts';
import { chunkDataset } from './chunks.ts';

export const DATASET_FILE = 'dataset.json';
export const REPORT_FILE = 'build-report.json';

/** Write to a temporary name then rename, so the app never fetches a half-written file. */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export interface Written {
  /** False when the dataset had more than DATASET_JSON_MAX_EVENTS events (only chunks written). */
  datasetJson: boolean;
  chunks: number;
}

export function writeOutputs(outDir: string, dataset: Dataset, report: BuildReport): Written {
  mkdirSync(outDir, { recursive: true });
  const datasetJson = dataset.events.length <= DATASET_JSON_MAX_EVENTS;
  if (datasetJson) writeAtomic(join(outDir, DATASET_FILE), `${JSON.stringify(dataset)}\n`);
  else rmSync(join(outDir, DATASET_FILE), { force: true }); // a stale smaller build must not linger
  const chunks = writeChunks(join(outDir, CHUNKS_DIR), dataset);
  writeAtomic(join(outDir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  return { datasetJson, chunks };
}

/** Chunk files first, the manifest last (a reader never sees a manifest listing missing files), then stale chunks go. */
export function writeChunks(dir: string, dataset: Dataset): number {
  mkdirSync(dir, { recursive: true });
  const { manifest, chunks } = chunkDataset(dataset);
  for (const { file, chunk } of chunks) writeAtomic(join(dir, file), `${JSON.stringify(chunk)}\n`);
  writeAtomic(join(dir, ACTORS_FILE), `${JSON.stringify(dataset.actors)}\n`);
  writeAtomic(join(dir, REDIRECTS_FILE), `${JSON.stringify(dataset.redirects)}\n`);
  writeAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  const keep = new Set(chunks.map((c) => c.file));
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) if (/^events-.*\.json$/.test(name) && !keep.has(name)) rmSync(join(dir, name), { force: true });
  }
  return chunks.length;
}
