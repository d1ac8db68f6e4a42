/** Test helper: every file under a folder, for comparing build outputs byte for byte. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under `dir` (path relative to `dir` → content), in sorted order. For a build's out
 * folder that is what it publishes: the entry points, read through the `current` generation
 * (write/publish.ts); the generation folders themselves (the previous one is kept a while) are not listed.
 */
export function fileTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (d === dir && (name === 'generations' || name === 'current')) continue;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}
