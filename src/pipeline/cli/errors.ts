/**
 * How the CLI fails: one line naming the path and what to do, an exit code per kind of failure
 * (README, "Exit codes"), and a stack trace only with --debug.
 */
import { safeText } from '../write/escape.ts';
import { BuildRefused } from '../write/guard.ts';
import { OutputLocked } from '../write/lock.ts';
import { OutputError } from '../write/out-dir.ts';
import { ShardError } from '../map/shard.ts';
import { ClusterError } from '../cluster/run.ts';

export const EXIT = {
  ok: 0,
  /** The build was refused (no usable input, or --strict): the published dataset is kept. */
  refused: 1,
  /** Wrong command line. */
  usage: 2,
  /** A file or folder could not be written or read (permissions, read-only or full disk, …). */
  filesystem: 3,
  /** A bug: please report it with the output of --debug. */
  internal: 4,
} as const;

/** What each error code means, and what to do about it when it concerns the out folder. */
const FAULTS: Record<string, [string, string]> = {
  EACCES: ['permission denied', 'fix the permissions or choose another --out'],
  EPERM: ['operation not permitted', 'fix the permissions or choose another --out'],
  EROFS: ['the file system is read-only', 'choose an --out on a writable disk'],
  ENOSPC: ['the disk is full', 'free some space or choose an --out on another disk'],
  EDQUOT: ['the disk quota is exceeded', 'free some space or choose another --out'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'choose another --out'],
  EEXIST: ['a file is in the way where a folder should be', 'remove it or choose another --out'],
  EISDIR: ['a folder is in the way where a file should be', 'remove it or choose another --out'],
  ENOENT: ['no such file or folder', 'check the path (was it removed during the build?)'],
  ENAMETOOLONG: ['the path is too long', 'choose a shorter --out'],
  EMFILE: ['too many open files', 'raise the limit (ulimit -n) or use fewer --jobs'],
  EIO: ['input/output error', 'check the disk'],
  ELOOP: ['too many symlinks in the path', 'choose another --out'],
  EXDEV: ['cannot rename across file systems', 'choose another --out'],
};

/**
 * One line for a filesystem error (Node's errors carry the code and path), or null when the
 * error is not one. The cache folder gets its own advice, since --out is not the fix there.
 */
export function describeFsError(error: unknown, cacheDir?: string | null): string | null {
  const e = error as { code?: unknown; path?: unknown; syscall?: unknown } | null;
  if (typeof e?.code !== 'string' || !/^E[A-Z]+$/.test(e.code)) return null;
  const path = typeof e.path === 'string' ? e.path : null;
  const [what, fix] = FAULTS[e.code] ?? [`${e.code}${typeof e.syscall === 'string' ? ` in ${e.syscall}` : ''}`, 'choose another --out'];
  const advice = path && cacheDir && path.startsWith(cacheDir) ? 'this is the build cache: use --cache-dir <folder> or --no-cache' : fix;
  return `${path ? `${safeText(path)}: ` : ''}${what}; ${advice}`;
}

/** The exit code of a failure and its one line (without the `dateline: ` prefix). */
export function describeFailure(error: unknown, cacheDir?: string | null): { code: number; line: string } {
  let code: number = EXIT.internal;
  let line: string;
  const fs = describeFsError(error, cacheDir);
  if (error instanceof BuildRefused) {
    code = EXIT.refused;
    line = `build refused: ${safeText(error.message)}`;
  } else if (error instanceof OutputLocked) {
    code = EXIT.refused;
    line = `build refused: ${error.message}; nothing published`;
  } else if (error instanceof ShardError) {
    code = EXIT.refused;
    line = `reduce refused: ${safeText(error.message)}; nothing published`;
  } else if (error instanceof ClusterError) {
    code = EXIT.refused;
    line = `cluster: ${safeText(error.message)}`;
  } else if (error instanceof OutputError) {
    code = EXIT.filesystem;
    line = safeText(error.message);
  } else if (fs) {
    code = EXIT.filesystem;
    line = fs;
  } else {
    line = `internal error: ${safeText(error instanceof Error ? error.message : String(error))} (run again with --debug for details, and please report it)`;
  }
  return { code, line };
}

/**
 * Print the failure as one line (a stack trace too with --debug) and exit with its code, once
 * the output is out: stderr to a pipe is written asynchronously when the pipe is full (a reader
 * slow under load), and exiting at once cut off this very line after a long report.
 */
export function exitWith(error: unknown, debug: boolean, cacheDir?: string | null): void {
  const { code, line } = describeFailure(error, cacheDir);
  process.exitCode = code;
  const trace = debug && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  process.stderr.write(`dateline: ${line}\n${trace}`, () => process.exit(code));
}
