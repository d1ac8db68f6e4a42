/**
 * `dateline map` + `dateline reduce` (map/shard.ts, map/shard-map.ts): the shards of a corpus,
 * in any number and any order, publish what `dateline build` of the corpus publishes, byte for
 * byte (build report included); shards that do not belong together are refused.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mapShard } from '../src/pipeline/map/shard-map.ts';
import { readShardFiles, readShards, ShardError } from '../src/pipeline/map/shard.ts';
import { buildIntoDir } from '../src/pipeline/state/build.ts';
import { writeHostileCorpus } from './hostile/corpus.ts';
import { fileTree } from './helpers/tree.ts';

const ACTORS = 'data/actors.json';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-shards-'));
  dirs.push(dir);
  return dir;
}

/** The shard files of `input` in `n` shards: name and text, as map writes them. */
async function shardsOf(input: string, n: number): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (let k = 0; k < n; k++) {
    const lines: string[] = [];
    await mapShard([input], { k, n }, { actorsFile: ACTORS, cacheDir: null, jobs: 1 }, (l) =>
      lines.push(l),
    );
    out.push({ name: `shard-${k}-of-${n}.jsonl`, text: `${lines.join('\n')}\n` });
  }
  return out;
}

async function reduce(shards: { name: string; text: string }[]): Promise<Record<string, string>> {
  const out = tempDir();
  await buildIntoDir([], out, {
    actorsFile: ACTORS,
    cacheDir: null,
    jobs: 1,
    shards: readShards(shards),
  });
  return fileTree(out);
}

describe('map and reduce', () => {
  it('publish what a build publishes, for any number and order of shards (sample and hostile corpus)', async () => {
    const hostile = tempDir();
    writeHostileCorpus(hostile);
    for (const input of ['data/articles', hostile]) {
      const built = tempDir();
      await buildIntoDir([input], built, { actorsFile: ACTORS, cacheDir: null, jobs: 1 });
      const expected = fileTree(built);
      expect(Object.keys(expected)).toContain('chunks/manifest.json');
      expect(await reduce(await shardsOf(input, 1))).toEqual(expected);
      const three = await shardsOf(input, 3);
      expect(await reduce([three[2]!, three[0]!, three[1]!])).toEqual(expected);
      // Reduce needs none of the inputs (they may be on the machines that mapped them).
      const elsewhere = three.map((shard) => ({
        ...shard,
        text: shard.text.replace(/"fsPath":"[^"]*"/g, '"fsPath":"/nowhere/gone.txt"'),
      }));
      expect(await reduce(elsewhere)).toEqual(expected);
    }
  }, 240_000);

  it('reduce into the same folder with the build state merges only what changed, and publishes what a fresh build does', async () => {
    const corpus = tempDir();
    cpSync('data/articles', corpus, { recursive: true });
    const cacheDir = tempDir();
    const out = tempDir();
    const reduceKept = async () =>
      buildIntoDir([], out, {
        actorsFile: ACTORS,
        cacheDir,
        jobs: 1,
        shards: readShards(await shardsOf(corpus, 3)),
      });
    const first = await reduceKept();
    expect(first.stats.monthsMerged).toBeGreaterThan(50);
    // One article edited: its new event is in one month, and only its months are merged again.
    const file = join(corpus, 'a06-un-asks-icj.txt');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nThe assembly had voted on Wednesday 8 October 2008.\n`,
    );
    const second = await reduceKept();
    expect(second.stats.monthsMerged).toBeGreaterThanOrEqual(1);
    expect(second.stats.monthsMerged).toBeLessThanOrEqual(3);
    const fresh = tempDir();
    await buildIntoDir([corpus], fresh, { actorsFile: ACTORS, cacheDir: null, jobs: 1 });
    expect(fileTree(out)).toEqual(fileTree(fresh));
  }, 240_000);

  it('shard files are read line by line, each outcome again from its bytes when needed', async () => {
    const texts = await shardsOf('data/articles', 2);
    const dir = tempDir();
    const paths = texts.map(({ name, text }) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    });
    const inMemory = readShards(texts);
    // Chunks of 1,000 bytes: most lines span several, and some chunks end inside a letter (Vučić, Thaçi).
    for (const chunkBytes of [1000, 4 << 20]) {
      const fromFiles = readShardFiles(paths, chunkBytes);
      expect(fromFiles.listing).toEqual(inMemory.listing);
      expect(fromFiles.files.map((f) => f.seq)).toEqual(inMemory.files.map((f) => f.seq));
      expect(fromFiles.files.map((f) => fromFiles.outcome(f))).toEqual(
        inMemory.files.map((f) => inMemory.outcome(f)),
      );
    }
    expect(inMemory.files.some((f) => /[čç]/.test(inMemory.outcome(f)))).toBe(true);
    // What a file holds is its entry, not its outcome.
    expect(Object.keys(inMemory.files[0]!)).not.toContain('outcome');
  });

  it('refuse a missing shard, shards of other inputs, and another format version', async () => {
    const three = await shardsOf('data/articles', 3);
    expect(() => readShards([three[0]!, three[2]!])).toThrow(/files are in no shard/);
    const other = tempDir();
    writeHostileCorpus(other);
    const [foreign] = await shardsOf(other, 1);
    expect(() => readShards([...three, foreign!])).toThrow(/another listing/);
    const newer = { name: 'newer.jsonl', text: three[0]!.text.replace(/"v":1/g, '"v":2') };
    expect(() => readShards([newer])).toThrow(ShardError);
    expect(() => readShards([newer])).toThrow(/version 2, this tool reads 1/);
  }, 120_000);
});
