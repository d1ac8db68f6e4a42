/**
 * Publishing generations: a commit switches every entry point at once, unchanged files are
 * shared with the previous generation, old generations and leftovers of killed builds go, and
 * an out folder written before generations is upgraded in place.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneGenerations } from './prune.ts';
import { currentGeneration, generationIds, Staging } from './publish.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'dateline-publish-'));
  dirs.push(d);
  return d;
};

function publish(out: string, files: Record<string, string>, reuse: string[] = []): string {
  const s = new Staging(out);
  for (const [path, text] of Object.entries(files)) s.write(path, text);
  for (const path of reuse) s.reuse(path);
  return s.commit();
}

const read = (out: string, path: string): string => readFileSync(join(out, path), 'utf8');

describe('Staging', () => {
  it('publishes a generation named by its content, reachable through the entry points', () => {
    const out = temp();
    const id = publish(out, { 'dataset.json': '{"a":1}\n', 'chunks/manifest.json': '{}\n', 'build-report.json': '{}\n' });
    expect(read(out, 'dataset.json')).toBe('{"a":1}\n');
    expect(read(out, 'chunks/manifest.json')).toBe('{}\n');
    expect(lstatSync(join(out, 'current')).isSymbolicLink()).toBe(true);
    const info = currentGeneration(out)!.info;
    expect(info.id).toBe(id);
    expect(info.files['dataset.json']).toBe(createHash('sha256').update('{"a":1}\n').digest('hex'));
    // Same content, same id: determinism of builds carries over to the folder names.
    const again = temp();
    expect(publish(again, { 'dataset.json': '{"a":1}\n', 'chunks/manifest.json': '{}\n', 'build-report.json': '{}\n' })).toBe(id);
  });

  it('nothing is visible before commit, and an aborted build leaves the published one as it was', () => {
    const out = temp();
    publish(out, { 'dataset.json': 'old\n', 'chunks/manifest.json': 'm1\n' });
    const s = new Staging(out);
    s.write('dataset.json', 'new\n');
    expect(read(out, 'dataset.json')).toBe('old\n');
    s.abort();
    expect(read(out, 'dataset.json')).toBe('old\n');
    expect(readdirSync(join(out, 'generations')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('shares unchanged files with the previous generation and keeps only it and the new one', () => {
    const out = temp();
    const first = publish(out, { 'chunks/events-2008.json': 'e2008\n', 'chunks/manifest.json': 'm1\n' });
    const second = publish(out, { 'chunks/manifest.json': 'm2\n' }, ['chunks/events-2008.json']);
    expect(read(out, 'chunks/events-2008.json')).toBe('e2008\n');
    const a = statSync(join(out, 'generations', first, 'chunks/events-2008.json'));
    const b = statSync(join(out, 'generations', second, 'chunks/events-2008.json'));
    expect(b.ino).toBe(a.ino); // a hard link, not a copy
    const third = publish(out, { 'chunks/manifest.json': 'm3\n' });
    expect(generationIds(out)).toEqual([second, third].sort());
    expect(existsSync(join(out, 'chunks/events-2008.json'))).toBe(false);
  });

  it('drops an entry point the new generation does not have (no dataset.json above 200,000 events)', () => {
    const out = temp();
    publish(out, { 'dataset.json': 'd\n', 'chunks/manifest.json': 'm1\n' });
    publish(out, { 'chunks/manifest.json': 'm2\n' });
    expect(existsSync(join(out, 'dataset.json'))).toBe(false);
    expect(read(out, 'chunks/manifest.json')).toBe('m2\n');
  });

  it('removes what a killed build left, and upgrades an out folder from before generations', () => {
    const out = temp();
    // The old layout: real files, and the temporary files a killed old build left beside them.
    mkdirSync(join(out, 'chunks'));
    writeFileSync(join(out, 'dataset.json'), 'old\n');
    writeFileSync(join(out, 'chunks', 'manifest.json'), 'old\n');
    writeFileSync(join(out, 'chunks', 'events-2008.json.tmp-999999999'), 'half');
    writeFileSync(join(out, 'dataset.json.tmp-999999999'), 'half');
    // Earlier versions made their write probe and the new 'current' link in the out folder itself.
    writeFileSync(join(out, '.dateline-probe-999999999'), 'x');
    symlinkSync('generations/0123456789abcdef', join(out, '.current.link-999999999'));
    mkdirSync(join(out, 'generations', '.staging-999999999-abcd'), { recursive: true });
    mkdirSync(join(out, 'generations', '.trash-999999999-0123456789abcdef'), { recursive: true });
    symlinkSync('generations/0123456789abcdef', join(out, 'generations', '.current.link-999999999'));
    publish(out, { 'dataset.json': 'new\n', 'chunks/manifest.json': 'new\n' });
    expect(read(out, 'dataset.json')).toBe('new\n');
    expect(lstatSync(join(out, 'chunks')).isSymbolicLink()).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['chunks', 'current', 'dataset.json', 'generation.json', 'generations']);
    expect(readdirSync(join(out, 'generations')).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(join(out, 'chunks'))).toEqual(['manifest.json']);
  });

  it('a folder under the new id that lacks files (a removal cut short) is replaced, never published as it is', () => {
    const out = temp();
    const files = { 'dataset.json': 'd\n', 'chunks/manifest.json': 'm\n', 'chunks/events-2008.json': 'e\n' };
    const id = publish(temp(), files);
    mkdirSync(join(out, 'generations', id, 'chunks'), { recursive: true });
    writeFileSync(join(out, 'generations', id, 'generation.json'), 'left over\n');
    writeFileSync(join(out, 'generations', id, 'chunks', 'manifest.json'), 'm\n');
    expect(publish(out, files)).toBe(id);
    expect(read(out, 'chunks/events-2008.json')).toBe('e\n');
    expect(currentGeneration(out)!.info.id).toBe(id);
  });

  it('pruning keeps the generation `current` names, even one it was not told to keep (another build switched to it)', () => {
    const out = temp();
    const first = publish(out, { 'dataset.json': '1\n' });
    const second = publish(out, { 'dataset.json': '2\n' });
    pruneGenerations(out, [first]);
    expect(generationIds(out)).toEqual([first, second].sort());
    expect(read(out, 'dataset.json')).toBe('2\n');
  });

  it('keeps the staging folder of a build that is still running', () => {
    const out = temp();
    const live = join(out, 'generations', `.staging-${process.ppid}-beef`);
    mkdirSync(live, { recursive: true });
    publish(out, { 'dataset.json': 'x\n' });
    expect(existsSync(live)).toBe(true);
  });
});
