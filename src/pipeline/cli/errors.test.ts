/** Filesystem faults become one line naming the path and the fix; real faults where the machine can make them, even as root. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, prepareOutDir } from '../write/out-dir.ts';
import { OutputLocked } from '../write/lock.ts';
import { describeFailure, describeFsError, EXIT } from './errors.ts';

/** The error a real filesystem call throws. */
function thrown(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('describeFsError', () => {
  it('ENOTDIR: a file where a folder should be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-err-'));
    writeFileSync(join(dir, 'file'), 'x');
    const error = thrown(() => mkdirSync(join(dir, 'file', 'out'), { recursive: true }));
    expect(describeFsError(error)).toBe(`${join(dir, 'file', 'out')}: a part of the path is a file, not a folder; choose another --out`);
    rmSync(dir, { recursive: true });
  });

  it('ENOSPC from a full device (/dev/full), EACCES or EPERM from sysfs: also as root', () => {
    // A failed write(2) carries no path (Staging.write adds the file's); the code alone still says what to do.
    expect(describeFsError(thrown(() => writeFileSync('/dev/full', 'x')))).toBe('the disk is full; free some space or choose an --out on another disk');
    const sys = describeFsError(thrown(() => writeFileSync('/sys/fs/dateline-test', 'x')));
    expect(sys).toMatch(/^\/sys\/fs\/dateline-test: (permission denied|operation not permitted|the file system is read-only); /);
  });

  it('every code it knows gets a fix; unknown codes still make one line', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EEXIST', 'EISDIR', 'EMFILE', 'EIO']) {
      const line = describeFsError(Object.assign(new Error('x'), { code, path: '/out' }))!;
      expect(line, code).toMatch(/^\/out: [^;\n]+; [^\n]+$/);
    }
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EWEIRD', syscall: 'open' }))).toBe('EWEIRD in open; choose another --out');
    expect(describeFsError(new Error('plain'))).toBeNull();
  });

  it('the cache folder gets advice about the cache, a path with a newline stays one line', () => {
    const line = describeFsError(Object.assign(new Error('x'), { code: 'EROFS', path: '/ro/cache/builds/x' }), '/ro/cache');
    expect(line).toBe('/ro/cache/builds/x: the file system is read-only; this is the build cache: use --cache-dir <folder> or --no-cache');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES', path: 'a\nb' }))).toBe('a\\nb: permission denied; fix the permissions or choose another --out');
  });
});

describe('prepareOutDir', () => {
  it('refuses pseudo-file systems and files before any work, and creates a good folder', () => {
    expect(() => prepareOutDir('/proc/dateline-out')).toThrow(new OutputError('/proc/dateline-out: is on the proc pseudo-file system, which cannot hold a dataset; choose another --out'));
    expect(() => prepareOutDir('/sys/kernel/dateline-out')).toThrow(/sysfs pseudo-file system/);
    expect(() => prepareOutDir('/dev/null')).toThrow(/is a file, not a folder/);
    const dir = mkdtempSync(join(tmpdir(), 'dateline-err-'));
    prepareOutDir(join(dir, 'a', 'b'));
    rmSync(dir, { recursive: true });
  });
});

describe('describeFailure', () => {
  it('a folder locked by another build is a refusal (exit 1) in one line naming the pid', () => {
    const { code, line } = describeFailure(new OutputLocked('/srv/out', 4242));
    expect(code).toBe(EXIT.refused);
    expect(line).toBe('build refused: /srv/out is being written by another build (pid 4242); wait for it to finish, or stop it; nothing published');
  });
});
