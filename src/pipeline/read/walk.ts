/** Expands the inputs given on the command line into files, following folders recursively. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './types.ts';

export interface InputFile {
  /** Absolute or as-given path used to read the file. */
  fsPath: string;
  /** Path shown to the user: relative to the folder it was found in, or as given. */
  displayPath: string;
  /** Size, modification and change times when listed: the build state skips files whose stamp is unchanged. */
  stamp?: string;
}

const stampOf = (stat: { size: number; mtimeMs: number; ctimeMs: number }): string => `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;

export function collectFiles(inputs: string[]): { files: InputFile[]; problems: Problem[] } {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const seenDirs = new Set<string>();
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch (error) {
      problems.push({ file: input, severity: 'error', reason: `cannot open (${code(error)})` });
      continue;
    }
    if (stat.isDirectory()) walkDir(input, input, files, problems, seenDirs);
    else files.push({ fsPath: input, displayPath: input, stamp: stampOf(stat) });
  }
  return { files, problems };
}

function walkDir(
  root: string,
  dir: string,
  files: InputFile[],
  problems: Problem[],
  seenDirs: Set<string>,
): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    problems.push({ file: relative(root, dir) || dir, severity: 'error', reason: `cannot open (${code(error)})` });
    return;
  }
  if (seenDirs.has(real)) {
    problems.push({ file: relative(root, dir), severity: 'warning', reason: 'folder already read (symlink loop or repeated link), skipped' });
    return;
  }
  seenDirs.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    problems.push({ file: relative(root, dir) || dir, severity: 'error', reason: `cannot list folder (${code(error)})` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue; // editor swap files, .DS_Store
    const path = join(dir, name);
    const displayPath = relative(root, path);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      problems.push({ file: displayPath, severity: 'error', reason: `cannot open (${code(error)})` });
      continue;
    }
    if (stat.isDirectory()) walkDir(root, path, files, problems, seenDirs);
    else if (stat.isFile()) files.push({ fsPath: path, displayPath, stamp: stampOf(stat) });
  }
}

export function code(error: unknown): string {
  const c = (error as { code?: string }).code;
  return c === 'ENOENT' ? 'no such file' : c === 'EACCES' ? 'permission denied' : c === 'ELOOP' ? 'symlink loop' : (c ?? String(error));
}
