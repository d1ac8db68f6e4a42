/**
 * The published dataset as plain files, for a static deploy (`vite build`, vite.config.ts): the
 * entry points of the one generation `current` names, copied from that generation's folder (read
 * once, so a build publishing meanwhile cannot mix two) and checked against its generation.json.
 * Copying the out folder as it is would follow every link: each kept generation, `current` and
 * the entry points again, several copies of the dataset, possibly of different builds.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { currentGeneration, ENTRY_POINTS, GENERATION_FILE } from './publish.ts';

export interface Shipped {
  /** The generation shipped; null for an out folder from before generations (copied as it is). */
  id: string | null;
  files: string[];
}

/** Copy the dataset published in `outDir` to `dest` as plain files; throws when a file does not match its hash. */
export function shipPublished(outDir: string, dest: string): Shipped {
  const generation = currentGeneration(outDir);
  if (!generation) return shipPlain(outDir, dest);
  const files = [...Object.keys(generation.info.files), GENERATION_FILE];
  for (const path of files) {
    const to = join(dest, path);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(generation.dir, path), to);
    const want = generation.info.files[path];
    if (want && createHash('sha256').update(readFileSync(to)).digest('hex') !== want) {
      throw new Error(`${join(generation.dir, path)} does not match its hash in ${GENERATION_FILE}: rebuild the dataset`);
    }
  }
  return { id: generation.info.id, files: files.sort() };
}

/** An out folder written before generations: its entry points are plain files and folders. */
function shipPlain(outDir: string, dest: string): Shipped {
  const files: string[] = [];
  for (const entry of ENTRY_POINTS) {
    if (!existsSync(join(outDir, entry))) continue;
    cpSync(join(outDir, entry), join(dest, entry), { recursive: true, dereference: true });
    files.push(entry);
  }
  return { id: null, files };
}
