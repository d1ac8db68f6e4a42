/** Shipping the published dataset as plain files (vite build): one generation, whole, checked. */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentGeneration, Staging } from './publish.ts';
import { shipPublished } from './ship.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'dateline-ship-'));
  dirs.push(d);
  return d;
};

function publish(out: string, files: Record<string, string>): string {
  const s = new Staging(out);
  for (const [path, text] of Object.entries(files)) s.write(path, text);
  return s.commit();
}

/** Every path under `dir` (files and folders, links not followed), sorted. */
function paths(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((n) => {
      const p = prefix ? `${prefix}/${n}` : n;
      return lstatSync(join(dir, p)).isDirectory() ? [p, ...paths(dir, p)] : [p];
    });
}

describe('shipPublished', () => {
  it('copies the current generation alone, as plain files, with its generation.json', () => {
    const out = temp();
    publish(out, { 'dataset.json': 'old\n', 'chunks/manifest.json': 'm1\n', 'chunks/events-2008.json': 'e1\n' });
    const id = publish(out, { 'dataset.json': 'new\n', 'chunks/manifest.json': 'm2\n', 'build-report.json': '{}\n' });
    const dest = join(temp(), 'data');
    expect(shipPublished(out, dest)).toEqual({ id, files: ['build-report.json', 'chunks/manifest.json', 'dataset.json', 'generation.json'] });
    // Not the kept generation, not `current`, no link: exactly one dataset.
    expect(paths(dest)).toEqual(['build-report.json', 'chunks', 'chunks/manifest.json', 'dataset.json', 'generation.json']);
    expect(readFileSync(join(dest, 'dataset.json'), 'utf8')).toBe('new\n');
    expect(JSON.parse(readFileSync(join(dest, 'generation.json'), 'utf8')).id).toBe(id);
  });

  it('refuses a generation whose file does not match its hash', () => {
    const out = temp();
    publish(out, { 'dataset.json': 'd\n', 'chunks/manifest.json': 'm\n' });
    const dir = currentGeneration(out)!.dir;
    rmSync(join(dir, 'dataset.json'));
    writeFileSync(join(dir, 'dataset.json'), 'tampered\n');
    expect(() => shipPublished(out, join(temp(), 'data'))).toThrow(/dataset\.json does not match its hash in generation\.json/);
  });

  it('copies an out folder from before generations as it is', () => {
    const out = temp();
    mkdirSync(join(out, 'chunks'));
    writeFileSync(join(out, 'dataset.json'), 'plain\n');
    writeFileSync(join(out, 'chunks', 'manifest.json'), 'm\n');
    const dest = join(temp(), 'data');
    expect(shipPublished(out, dest)).toEqual({ id: null, files: ['dataset.json', 'chunks'] });
    expect(paths(dest)).toEqual(['chunks', 'chunks/manifest.json', 'dataset.json']);
  });
});
