import { mkdtempSync, rmSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settled, snapshotInputs } from './watch-snapshot.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshotInputs', () => {
  it('changes with an append, and dates the newest change by the clock (ctime, which a program cannot set back)', () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-snapshot-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'half');
    const before = snapshotInputs([dir]);
    expect(Math.abs(before.newestChangeMs - Date.now())).toBeLessThan(5_000);
    appendFileSync(file, ' and the rest');
    // Dated in 2020 by the writer: its change time is still now.
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const after = snapshotInputs([dir]);
    expect(after.key).not.toBe(before.key);
    expect(Date.now() - after.newestChangeMs).toBeLessThan(5_000);
  });
});

describe('settled', () => {
  const at = (newestChangeMs: number) => ({ key: '', newestChangeMs });
  it('is true once the files have been still for the quiet period, not before', () => {
    expect(settled(at(10_000), 500, 10_499)).toBe(false);
    expect(settled(at(10_000), 500, 10_500)).toBe(true);
  });

  it('takes a change time far ahead of the clock for no write of now', () => {
    expect(settled(at(20_000), 500, 10_000)).toBe(true);
    expect(settled(at(10_500), 500, 10_000)).toBe(false);
  });
});
