/** Test helpers for the publishing stress tests: the two corpus versions, the build command and what a whole publish looks like. */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { validateDataset } from '../../src/model/validate.ts';
import { validateManifest } from '../../src/model/validate-manifest.ts';
import { fileTree } from './tree.ts';

// node with tsx's loader, not npx: a SIGKILL must reach the build process itself.
export const CLI = ['--import', 'tsx', 'src/pipeline/cli/main.ts', 'build', '--jobs', '1'];

/** What a published out folder holds at its top, and nothing else (no temporary file a reader could see). */
export const OUT_ENTRIES = ['build-report.json', 'chunks', 'current', 'dataset.json', 'generation.json', 'generations'];

/** The corpus as version A (the sample) or B (one article gone, one edited, one added), in place. */
export function setCorpus(dir: string, version: 'A' | 'B'): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync('data/articles', dir, { recursive: true });
  if (version === 'A') return;
  rmSync(join(dir, 'a07-eulex-deploys.txt'));
  writeFileSync(join(dir, 'a16-nikolic-elected.txt'), `${readFileSync(join(dir, 'a16-nikolic-elected.txt'), 'utf8')}\nThe count was confirmed on Tuesday.\n`);
  writeFileSync(join(dir, 'zz-new.txt'), 'date 2019-03-01 Unrelated\n\nA new bridge opened in Skopje on Thursday, officials said.');
}

/** The published generation is whole: every file listed with its hash, nothing else, and it validates. */
export function expectWhole(out: string): void {
  const info = JSON.parse(readFileSync(join(out, 'generation.json'), 'utf8')) as { files: Record<string, string> };
  const tree = fileTree(out);
  const listed = Object.keys(tree).filter((p) => p !== 'generation.json').sort();
  expect(listed).toEqual(Object.keys(info.files).sort());
  for (const [path, hash] of Object.entries(info.files)) expect(createHash('sha256').update(tree[path]!).digest('hex'), path).toBe(hash);
  expect(validateDataset(JSON.parse(tree['dataset.json']!)).ok).toBe(true);
  expect(validateManifest(JSON.parse(tree['chunks/manifest.json']!)).ok).toBe(true);
}

/** Which of the reference trees `out` publishes, or null (and a line saying how it differs from each). */
export function publishedVersion(out: string, trees: Record<'A' | 'B', Record<string, string>>, label: string): 'A' | 'B' | null {
  const tree = fileTree(out);
  const which = JSON.stringify(tree) === JSON.stringify(trees.A) ? 'A' : JSON.stringify(tree) === JSON.stringify(trees.B) ? 'B' : null;
  if (!which) {
    // Say how it differs from each, to tell a mixed publish from a build that published other content or left a file.
    const diff = (ref: Record<string, string>): string[] => [...new Set([...Object.keys(tree), ...Object.keys(ref)])].filter((k) => tree[k] !== ref[k]);
    console.log(`${label}: differs from A in ${diff(trees.A).join(', ')}; from B in ${diff(trees.B).join(', ')}; top: ${readdirSync(out).join(', ')}`);
  }
  return which;
}
