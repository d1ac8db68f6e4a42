/**
 * Expands the inputs given on the command line into files, following folders recursively.
 * Reads stay inside each input folder: a symlink is followed only when its real target lies in
 * the folder (a link to /etc or to a private file is refused, naming the link), devices, FIFOs
 * and sockets are refused (reading one can block forever or never end), and the number of files
 * and the size of each are capped (ReadLimits).
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { FormatOptions } from './readers/types.ts';
import type { Problem } from './types.ts';

export interface InputFile {
  /** Absolute or as-given path used to read the file. */
  fsPath: string;
  /** Path shown to the user: relative to the folder it was found in, or as given. */
  displayPath: string;
  /** Size, modification and change times when listed: the build state skips files whose stamp is unchanged. */
  stamp?: string;
  /** Modification time when listed (ms since the epoch): a plain .txt with no date anywhere is dated by it (readers/txt.ts). */
  modifiedMs?: number;
  /** Real path of the input folder it was found in: read.ts checks again at read time that the file is still inside. */
  root?: string;
  /** Largest size read (bytes); absent: DEFAULT_LIMITS. Carried on the file so worker threads apply it too. */
  maxBytes?: number;
  /** How to read dates and CSV columns (`--date-order`, `--columns`); absent: the defaults. Carried like maxBytes. */
  formats?: FormatOptions;
}

export interface ReadLimits {
  /** Files larger than this (bytes) are refused. */
  maxFileBytes: number;
  /** Files beyond this many are not read (the report says how many were left). */
  maxFiles: number;
  /** `--date-order` and `--columns`, given to each file's reader (not a limit, but carried the same way). */
  formats?: FormatOptions;
}

/** No news article is 20 MB; a million files is far beyond any archive one machine builds. */
export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 20 * 1024 * 1024, maxFiles: 1_000_000 };

/** The stamp changes when the size limit flips a file between refused and read, so a new limit is applied on the next build. */
const stampOf = (stat: Stats, limits: ReadLimits): string =>
  `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}${stat.size > limits.maxFileBytes ? ':over' : ''}${limits.formats ? `:${JSON.stringify(limits.formats)}` : ''}`;

/** What a non-regular file is, for the message. */
export function kindOf(stat: Stats): string | null {
  if (stat.isFile() || stat.isDirectory()) return null;
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * A note about the folder rather than an article: `README.md` or `SOURCES.md` (any case) found
 * while walking a folder is not read (a named file is always read: the user chose it). Markdown
 * without front matter would otherwise be rejected with a report line on every build.
 */
export const isFolderNote = (name: string): boolean => /^(readme|sources)\.md$/i.test(name);

/** Whether a real path lies in the real folder `root`. */
export const inside = (root: string, real: string): boolean => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

interface Walk {
  files: InputFile[];
  problems: Problem[];
  seenDirs: Set<string>;
  limits: ReadLimits;
  /** Files not listed because maxFiles was reached. */
  dropped: number;
}

export interface Listing {
  files: InputFile[];
  problems: Problem[];
  /** Inputs named on the command line that could not be opened or listed. */
  unreadable: string[];
}

export function collectFiles(inputs: string[], limits: ReadLimits = DEFAULT_LIMITS): Listing {
  const w: Walk = { files: [], problems: [], seenDirs: new Set(), limits, dropped: 0 };
  const unreadable: string[] = [];
  for (const input of inputs) {
    let stat: Stats;
    try {
      stat = statSync(input); // an input named on the command line may itself be a link: the user chose it
    } catch (error) {
      w.problems.push({ file: input, severity: 'error', reason: `cannot open (${code(error)})` });
      unreadable.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      if (!walkDir(realOf(input), input, '', w)) unreadable.push(input);
    } else addFile(w, stat, { fsPath: input, displayPath: input });
  }
  if (w.dropped) w.problems.push({ file: inputs.join(', '), severity: 'warning', reason: `more than ${limits.maxFiles} files: ${w.dropped} not read (raise --max-files)` });
  return { files: w.files, problems: w.problems, unreadable };
}

function realOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path; // walkDir reports it
  }
}

function addFile(w: Walk, stat: Stats, file: InputFile): void {
  const kind = kindOf(stat);
  if (kind) {
    w.problems.push({ file: file.displayPath, severity: 'error', reason: `${kind}, not read` });
    return;
  }
  if (w.files.length >= w.limits.maxFiles) {
    w.dropped++;
    return;
  }
  w.files.push({ ...file, stamp: stampOf(stat, w.limits), modifiedMs: stat.mtimeMs, maxBytes: w.limits.maxFileBytes, ...(w.limits.formats ? { formats: w.limits.formats } : {}) });
}

/**
 * False when the folder could not be listed. `shownDir` is `dir` relative to `top` ('' for top
 * itself): paths are shown by appending names to it, not by path.relative per file (a tenth of
 * listing 80,000 files).
 */
function walkDir(root: string, top: string, shownDir: string, w: Walk): boolean {
  const dir = shownDir ? join(top, shownDir) : top;
  const shown = shownDir || dir;
  let real: string;
  try {
    real = realpathSync.native(dir);
  } catch (error) {
    w.problems.push({ file: shown, severity: 'error', reason: `cannot open (${code(error)})` });
    return false;
  }
  if (w.seenDirs.has(real)) {
    w.problems.push({ file: shownDir, severity: 'warning', reason: 'folder already read (symlink loop or repeated link), skipped' });
    return true;
  }
  w.seenDirs.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    w.problems.push({ file: shown, severity: 'error', reason: `cannot list folder (${code(error)})` });
    return false;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue; // editor swap files, .DS_Store
    if (isFolderNote(name)) continue; // the folder's own README.md / SOURCES.md, not an article
    const path = join(dir, name);
    const displayPath = shownDir ? `${shownDir}${sep}${name}` : name;
    let stat: Stats;
    try {
      stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        const target = realpathSync.native(path);
        if (!inside(root, target)) {
          w.problems.push({ file: displayPath, severity: 'error', reason: 'symlink to outside the input folder, not followed' });
          continue;
        }
        stat = statSync(path);
      }
    } catch (error) {
      w.problems.push({ file: displayPath, severity: 'error', reason: `cannot open (${code(error)})` });
      continue;
    }
    if (stat.isDirectory()) walkDir(root, top, displayPath, w);
    else addFile(w, stat, { fsPath: path, displayPath, root });
  }
  return true;
}

/** A filesystem error code as words for a reason (never a stack trace). */
export function code(error: unknown): string {
  const c = (error as { code?: string }).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'symlink loop',
    ENOTDIR: 'a path component is not a folder',
    EISDIR: 'is a folder',
    EIO: 'input/output error',
    ENAMETOOLONG: 'name too long',
    EMFILE: 'too many open files',
  };
  return (c && words[c]) ?? c ?? (error instanceof Error ? error.message : String(error));
}
