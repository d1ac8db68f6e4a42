/**
 * Writes the build: `dataset.json` (up to DATASET_JSON_MAX_EVENTS events), the chunked dataset
 * under `chunks/` (always) and `build-report.json`, as stable JSON (byte-identical for equal input),
 * published as one generation (publish.ts).
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../model/dataset.ts';
import { ACTORS_FILE, CHUNKS_DIR, DATASET_JSON_MAX_EVENTS, MANIFEST_FILE, REDIRECTS_FILE } from '../../model/manifest.ts';
import type { BuildReport } from './report.ts';
import { chunkDataset } from './chunks.ts';
import { safeJson } from './escape.ts';
import { DATASET_FILE, REPORT_FILE, Staging } from './publish.ts';

export { DATASET_FILE, REPORT_FILE };

/** Write to a temporary name, sync, then rename: a reader (or a crash) never sees a half-written file. */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    const bytes = Buffer.from(text);
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export interface Written {
  /** False when the dataset had more than DATASET_JSON_MAX_EVENTS events (only chunks written). */
  datasetJson: boolean;
  chunks: number;
}

export function writeOutputs(outDir: string, dataset: Dataset, report: BuildReport): Written {
  mkdirSync(outDir, { recursive: true });
  const staging = new Staging(outDir);
  try {
    const datasetJson = dataset.events.length <= DATASET_JSON_MAX_EVENTS;
    if (datasetJson) staging.write(DATASET_FILE, `${JSON.stringify(dataset)}\n`);
    const { manifest, chunks } = chunkDataset(dataset);
    for (const { file, chunk } of chunks) staging.write(join(CHUNKS_DIR, file), `${JSON.stringify(chunk)}\n`);
    staging.write(join(CHUNKS_DIR, ACTORS_FILE), `${JSON.stringify(dataset.actors)}\n`);
    staging.write(join(CHUNKS_DIR, REDIRECTS_FILE), `${JSON.stringify(dataset.redirects)}\n`);
    staging.write(join(CHUNKS_DIR, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
    staging.write(REPORT_FILE, `${safeJson(report, 2)}\n`);
    staging.commit();
    return { datasetJson, chunks: chunks.length };
  } catch (error) {
    staging.abort();
    throw error;
  }
}

/**
 * The chunks alone into a plain folder (benchmark datasets): chunk files first, the manifest last
 * (a reader never sees a manifest listing missing files), then stale chunks go.
 */
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
