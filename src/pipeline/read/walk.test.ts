/**
 * Contained reads: links out of the input folder, devices, FIFOs and sockets are refused with a
 * reason naming the path; the size and number of files are capped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFile, readInputs } from './read.ts';
import { collectFiles } from './walk.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-walk-'));
  dirs.push(dir);
  return dir;
}

const article = (words: string): string => `date 2023-05-29 Title\n\nKosovo and Serbia met on Monday. ${words}\n`;

describe('contained reads', () => {
  it('refuses a link to a file outside the input folder, naming the link, and never reads it', () => {
    const outside = temp();
    writeFileSync(join(outside, 'secret.txt'), article('SECRET-CONTENT'));
    const input = temp();
    writeFileSync(join(input, 'ok.txt'), article('ok'));
    symlinkSync(join(outside, 'secret.txt'), join(input, 'leak.txt'));
    const r = readInputs([input]);
    expect(r.articles.map((a) => a.path)).toEqual(['ok.txt']);
    expect(JSON.stringify(r)).not.toContain('SECRET-CONTENT');
    expect(r.problems).toEqual([{ file: 'leak.txt', severity: 'error', reason: 'symlink to outside the input folder, not followed' }]);
    expect(r.inputsSeen).toBe(2);
  });

  it('does not walk a link to /etc', () => {
    const input = temp();
    symlinkSync('/etc', join(input, 'etc'));
    const { files, problems } = collectFiles([input]);
    expect(files).toEqual([]);
    expect(problems).toEqual([{ file: 'etc', severity: 'error', reason: 'symlink to outside the input folder, not followed' }]);
  });

  it('follows links that stay inside the folder', () => {
    const input = temp();
    mkdirSync(join(input, 'real'));
    writeFileSync(join(input, 'real', 'a.txt'), article('a'));
    symlinkSync('real', join(input, 'alias'));
    symlinkSync(join(input, 'real', 'a.txt'), join(input, 'b.txt'));
    const { files, problems } = collectFiles([input]);
    // alias/ comes first by name; real/ is then the same folder again, skipped.
    expect(files.map((f) => f.displayPath)).toEqual(['alias/a.txt', 'b.txt']);
    expect(problems.map((p) => p.reason)).toEqual(['folder already read (symlink loop or repeated link), skipped']);
  });

  it('refuses a file swapped for an outside link after it was listed', () => {
    const outside = temp();
    writeFileSync(join(outside, 'secret.txt'), article('SECRET'));
    const input = temp();
    writeFileSync(join(input, 'a.txt'), article('a'));
    const [file] = collectFiles([input]).files;
    unlinkSync(join(input, 'a.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(input, 'a.txt'));
    expect(loadFile(file!)).toEqual({ ok: false, reason: 'symlink to outside the input folder, not followed' });
  });

  it('refuses FIFOs without blocking, and sockets and devices', async () => {
    const input = temp();
    writeFileSync(join(input, 'ok.txt'), article('ok'));
    expect(spawnSync('mkfifo', [join(input, 'pipe.txt')]).status).toBe(0);
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(join(input, 'sock.txt'), done));
    try {
      const r = readInputs([input, '/dev/null']);
      expect(r.articles.map((a) => a.path)).toEqual(['ok.txt']);
      expect(r.problems.map((p) => [p.file, p.reason])).toEqual([
        ['pipe.txt', 'a FIFO (named pipe), not read'],
        ['sock.txt', 'a socket, not read'],
        ['/dev/null', 'a device, not read'],
      ]);
      // The file was a regular file when listed and became a FIFO: the read refuses it without waiting for a writer.
      const listed = { fsPath: join(input, 'pipe.txt'), displayPath: 'pipe.txt', root: input };
      expect(loadFile(listed)).toEqual({ ok: false, reason: 'a FIFO (named pipe), not read' });
    } finally {
      server.close();
    }
  });

  it('caps the size of a file and says how to raise it', () => {
    const input = temp();
    writeFileSync(join(input, 'small.txt'), article('small'));
    writeFileSync(join(input, 'big.txt'), article('x'.repeat(2000)));
    const r = readInputs([input], undefined, { maxFileBytes: 1000, maxFiles: 10 });
    expect(r.articles.map((a) => a.path)).toEqual(['small.txt']);
    expect(r.problems.map((p) => [p.file, p.reason])).toEqual([['big.txt', 'larger than 1000 bytes (raise --max-file-mb)']]);
  });

  it('caps the number of files and reports how many were left', () => {
    const input = temp();
    for (const n of [1, 2, 3]) writeFileSync(join(input, `${n}.txt`), article(String(n)));
    const { files, problems } = collectFiles([input], { maxFileBytes: 1e6, maxFiles: 2 });
    expect(files.map((f) => f.displayPath)).toEqual(['1.txt', '2.txt']);
    expect(problems).toEqual([{ file: input, severity: 'warning', reason: 'more than 2 files: 1 not read (raise --max-files)' }]);
  });

  it('a file in place of a folder is a one-line reason', () => {
    const input = temp();
    writeFileSync(join(input, 'plain'), 'x');
    const r = readInputs([join(input, 'plain', 'inner.txt')]);
    expect(r.problems).toEqual([{ file: join(input, 'plain', 'inner.txt'), severity: 'error', reason: 'cannot open (a path component is not a folder)' }]);
  });

  it("skips a folder's README.md and SOURCES.md (any case) without a report line, but reads them when named", () => {
    const input = temp();
    mkdirSync(join(input, 'sub'));
    writeFileSync(join(input, 'a.txt'), article('a'));
    writeFileSync(join(input, 'SOURCES.md'), '# Sources\n\n## a.txt\n\n- A source\n');
    writeFileSync(join(input, 'sub', 'readme.MD'), '# About this folder\n');
    writeFileSync(join(input, 'sources.md.txt'), article('not a note'));
    writeFileSync(join(input, 'MY-SOURCES.md'), '---\ntitle: T\ndate: 2023-05-29\n---\nKosovo and Serbia met on Monday.\n');
    const r = readInputs([input]);
    expect(r.articles.map((a) => a.path).sort()).toEqual(['MY-SOURCES.md', 'a.txt', 'sources.md.txt']);
    expect(r.problems).toEqual([]);
    expect(r.inputsSeen).toBe(3);
    // Named on the command line, it is read like any file (and this one has no front matter).
    expect(readInputs([join(input, 'SOURCES.md')]).problems.map((p) => p.reason)).toEqual(['no front matter (expected a leading --- block)']);
  });
});
