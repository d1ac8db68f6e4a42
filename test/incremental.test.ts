/**
 * Builds into a folder with a cache (src/pipeline/state): the outputs are byte-identical to a
 * fresh in-memory build (build.ts + write.ts) after any edit, and only what changed is analysed.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileTree } from './helpers/tree.ts';
import { buildDataset } from '../src/pipeline/build.ts';
import { buildIntoDir, type DirBuildOptions } from '../src/pipeline/state/build.ts';
import { StateKeeper } from '../src/pipeline/state/keeper.ts';
import type { BuildState } from '../src/pipeline/state/store.ts';
import { writeOutputs } from '../src/pipeline/write/write.ts';
import { writeHostileCorpus } from './hostile/corpus.ts';

const ACTORS = 'data/actors.json';
const PICKED = ['a01-independence-declared.txt', 'a07-eulex-deploys.txt', 'a16-nikolic-elected.txt', 'a23-icj-opinion.md', 'a-feed-2013.jsonl', 'b12-id-deal.txt'];
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-incr-'));
  dirs.push(dir);
  return dir;
}

function fresh(input: string, actorsFile = ACTORS): Record<string, string> {
  const out = tempDir();
  const { dataset, report } = buildDataset([input], { actorsFile });
  writeOutputs(out, dataset, report);
  return fileTree(out);
}

function corpus(): string {
  const dir = tempDir();
  for (const f of PICKED) copyFileSync(join('data/articles', f), join(dir, f));
  return dir;
}

describe('building into a folder', () => {
  it('writes what the in-memory build writes (sample corpus and hostile corpus)', async () => {
    const hostile = tempDir();
    writeHostileCorpus(hostile);
    for (const input of ['data/articles', hostile]) {
      const out = tempDir();
      await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir: null, jobs: 1 });
      expect(fileTree(out)).toEqual(fresh(input));
    }
  });

  // (With a keeper, as the watcher builds: each rebuild takes the state the build before saved from memory.)
  it.each([['read back from disk', false], ['kept in memory', true]])('rebuilds only what changed, and the result equals a fresh build (state %s)', async (_, keep) => {
    const input = corpus();
    const [out, cacheDir] = [tempDir(), tempDir()];
    const keeper = keep ? new StateKeeper<BuildState>() : undefined;
    const build = async () => (await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 1, ...(keeper ? { keeper } : {}) })).stats;
    const check = () => expect(fileTree(out)).toEqual(fresh(input));

    expect(await build()).toMatchObject({ state: 'new', filesAnalysed: PICKED.length, filesUnchanged: 0 });
    check();
    expect(await build()).toMatchObject({ state: keep ? 'kept' : 'reused', filesAnalysed: 0, filesFromCache: 0, filesUnchanged: PICKED.length, monthsMerged: 0, chunksWritten: 0 });

    writeFileSync(join(input, PICKED[2]!), `${readFileSync(join(input, PICKED[2]!), 'utf8')}\nThe count was confirmed on Tuesday.\n`);
    expect(await build()).toMatchObject({ filesAnalysed: 1, filesUnchanged: PICKED.length - 1 });
    check();

    rmSync(join(input, PICKED[1]!));
    copyFileSync(join(input, PICKED[0]!), join(input, 'zz-copy.txt')); // a duplicate: not used
    renameSync(join(input, PICKED[5]!), join(input, 'renamed.txt'));
    expect(await build()).toMatchObject({ filesAnalysed: 2 });
    check();

    rmSync(join(input, PICKED[0]!)); // the copy is now the one used
    await build();
    check();

    writeFileSync(join(input, 'new.txt'), 'date 2019-03-01 Unrelated\n\nA new bridge opened in Skopje on Thursday, officials said.');
    rmSync(join(out, 'chunks', readdirSync(join(out, 'chunks')).find((f) => f.startsWith('events-'))!));
    expect((await build()).state).toBe(keep ? 'kept' : 'reused');
    check();
    // What the kept builds saved reads back as the state they kept: a rebuild from disk after an edit.
    writeFileSync(join(input, PICKED[3]!), `${readFileSync(join(input, PICKED[3]!), 'utf8')}\nTalks resumed in Brussels on 4 March 2011.\n`);
    expect((await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 1 })).stats).toMatchObject({ state: 'reused', filesAnalysed: 1 });
    check();
  });

  it('keeps a state in memory only while the state on disk is the one it saved', async () => {
    const input = corpus();
    const [out, cacheDir] = [tempDir(), tempDir()];
    const keeper = new StateKeeper<BuildState>();
    const build = async (options: Partial<DirBuildOptions> = {}) => (await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 1, keeper, ...options })).stats;
    const edit = (n: number, line: string) => writeFileSync(join(input, PICKED[n]!), `${readFileSync(join(input, PICKED[n]!), 'utf8')}\n${line}\n`);
    await build();
    // Another build into the same folder (another process: no keeper) writes a state of its own.
    edit(2, 'The count was confirmed on Tuesday.');
    expect(await build({ keeper: undefined })).toMatchObject({ state: 'reused', filesAnalysed: 1 });
    edit(4, 'Officials met again in Brussels on 2 May 2013.');
    expect(await build()).toMatchObject({ state: 'reused', filesAnalysed: 1 });
    expect(fileTree(out)).toEqual(fresh(input));
    expect(await build()).toMatchObject({ state: 'kept', filesAnalysed: 0, monthsMerged: 0 });
  });

  // (As the watcher drops a build during which a file changed, or the guard refuses one.)
  it.each([['read back from disk', false], ['kept in memory', true]])('keeps what a refused build merged, and publishes it with the next build (state %s)', async (_, keep) => {
    const input = corpus();
    const [out, cacheDir] = [tempDir(), tempDir()];
    const keeper = keep ? new StateKeeper<BuildState>() : undefined;
    const build = async (options: Partial<DirBuildOptions> = {}) => (await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 1, ...(keeper ? { keeper } : {}), ...options })).stats;
    const refuse = { beforePublish: async () => 'the inputs changed' };
    await build();
    const published = fileTree(out);
    // Events added, an article gone (its events and their redirects too), one renamed.
    writeFileSync(join(input, PICKED[2]!), `${readFileSync(join(input, PICKED[2]!), 'utf8')}\nThe count was confirmed on Tuesday.\n`);
    rmSync(join(input, PICKED[1]!));
    renameSync(join(input, PICKED[5]!), join(input, 'renamed.txt'));
    await expect(build(refuse)).rejects.toThrow(/inputs changed/);
    expect(fileTree(out)).toEqual(published);
    // Nothing changed since: the months stay merged, and what they hold is published.
    const next = await build();
    expect(next).toMatchObject({ state: keep ? 'kept' : 'reused', filesAnalysed: 0, monthsMerged: 0 });
    expect(next.chunksWritten).toBeGreaterThan(0);
    expect(fileTree(out)).toEqual(fresh(input));
    // Refused twice in a row, a file changing in between: the build after does what is left.
    writeFileSync(join(input, 'new.txt'), 'date 2019-03-01 Unrelated\n\nA new bridge opened in Skopje on Thursday, officials said.');
    await expect(build(refuse)).rejects.toThrow(/inputs changed/);
    writeFileSync(join(input, PICKED[3]!), `${readFileSync(join(input, PICKED[3]!), 'utf8')}\nTalks resumed in Brussels on 4 March 2011.\n`);
    await expect(build(refuse)).rejects.toThrow(/inputs changed/);
    expect(await build()).toMatchObject({ state: keep ? 'kept' : 'reused', filesAnalysed: 0, monthsMerged: 0 });
    expect(fileTree(out)).toEqual(fresh(input));
    // The guard's refusal too (every article gone): the articles back, the build publishes them again.
    const moved = tempDir();
    for (const f of readdirSync(input)) renameSync(join(input, f), join(moved, f));
    await expect(build()).rejects.toThrow(/no article could be used/);
    for (const f of readdirSync(moved)) renameSync(join(moved, f), join(input, f));
    expect(await build()).toMatchObject({ state: keep ? 'kept' : 'reused' });
    expect(fileTree(out)).toEqual(fresh(input));
  });

  it('moves a report dated to the day by another article as that article comes and goes (events/refine.ts)', async () => {
    const input = tempDir();
    const [out, cacheDir] = [tempDir(), tempDir()];
    const build = async () => (await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 1 })).stats;
    const check = () => expect(fileTree(out)).toEqual(fresh(input));
    const declared = (): { date: string; sources: unknown[] }[] =>
      (JSON.parse(fileTree(out)['dataset.json']!) as { events: { date: string; title: string; sources: unknown[] }[] }).events.filter((e) => /declares independence/.test(e.title));
    writeFileSync(join(input, 'year.txt'), 'date 2018-02-17 Ten years on\n\nKosovo declared independence from Serbia in 2008.');
    writeFileSync(join(input, 'month.txt'), 'date 2009-02-17 One year on\n\nKosovo declared independence from Serbia in February 2008.');
    // Told without a date: an event only while another article dates it.
    writeFileSync(join(input, 'when.txt'), 'date 2010-03-01 Memories\n\nWhen Kosovo first declared independence from Serbia, crowds celebrated in Pristina.');
    await build();
    check();
    expect(declared().map((e) => e.date).sort()).toEqual(['2008', '2008-02']);

    writeFileSync(join(input, 'day.txt'), 'date 2008-02-17 Independence\n\nKosovo declared independence from Serbia on Sunday.');
    await build();
    check();
    expect(declared().map((e) => [e.date, e.sources.length])).toEqual([['2008-02-17', 4]]);

    rmSync(join(input, 'day.txt'));
    await build();
    check();
    expect(declared().map((e) => e.date).sort()).toEqual(['2008', '2008-02']);
  });

  it('merges months on threads of their own as it does in-process', async () => {
    const input = corpus();
    const [out, cacheDir] = [tempDir(), tempDir()];
    // (Any size of candidates is merged on threads here; a build does so from 64 MB.)
    const build = async () => (await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 2, mergeOnThreadsFrom: 0 })).stats;
    expect((await build()).monthsMerged).toBeGreaterThanOrEqual(4);
    expect(fileTree(out)).toEqual(fresh(input));
    writeFileSync(join(input, PICKED[2]!), `${readFileSync(join(input, PICKED[2]!), 'utf8')}\nThe count was confirmed on Tuesday.\n`);
    rmSync(join(input, PICKED[1]!));
    await build();
    expect(fileTree(out)).toEqual(fresh(input));
  });

  it('lists and analyses on a helper thread while the state loads, as on the main thread', async () => {
    const input = corpus();
    const [out, cacheDir] = [tempDir(), tempDir()];
    // (Any kept state is large enough here; a build starts the helper from 32 MB of state.)
    const build = async (helperFromBytes: number) => (await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 2, helperFromBytes })).stats;
    expect(await build(0)).toMatchObject({ state: 'new', helped: false, filesAnalysed: PICKED.length });
    writeFileSync(join(input, PICKED[2]!), `${readFileSync(join(input, PICKED[2]!), 'utf8')}\nThe count was confirmed on Tuesday.\n`);
    writeFileSync(join(input, 'late.txt'), 'date 2013-04-20 Talks in Brussels\n\nSerbia and Kosovo initialled an agreement in Brussels on Friday.\n');
    const rebuilt = await build(0);
    expect(rebuilt).toMatchObject({ state: 'reused', helped: true, filesAnalysed: 2, filesUnchanged: PICKED.length - 1 });
    expect(rebuilt.monthsMerged).toBeGreaterThanOrEqual(2); // (some on the helper, some here)
    expect(fileTree(out)).toEqual(fresh(input));
    rmSync(join(input, PICKED[1]!));
    expect(await build(0)).toMatchObject({ helped: true, filesAnalysed: 0 });
    expect(fileTree(out)).toEqual(fresh(input));
    // (A small state, as a build sees it by default: no thread.)
    expect(await build(64 * 1024 * 1024)).toMatchObject({ helped: false });
  });

  it('keeps the published redirects only when they are the ones its state published', async () => {
    const input = corpus();
    const other = tempDir();
    for (const f of PICKED.slice(0, 3)) copyFileSync(join('data/articles', f), join(other, f));
    const [out, cacheDir] = [tempDir(), tempDir()];
    const redirects = (): string => fileTree(out)['chunks/redirects.json']!;
    await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 1 });
    const first = redirects();
    expect(Object.keys(JSON.parse(first) as object).length).toBeGreaterThan(0);
    // Another build (no cache) publishes other redirects into the same folder.
    await buildIntoDir([other], out, { actorsFile: ACTORS, cacheDir: null, jobs: 1 });
    expect(redirects()).not.toBe(first);
    // The state of the first build sees no change in its inputs: its redirects are written again, not taken over.
    expect((await buildIntoDir([input], out, { actorsFile: ACTORS, cacheDir, jobs: 1 })).stats).toMatchObject({ filesAnalysed: 0, monthsMerged: 0 });
    expect(fileTree(out)).toEqual(fresh(input));
  });

  it('takes unchanged files from the cache for another out folder; curated actors invalidate it', async () => {
    const input = corpus();
    const cacheDir = tempDir();
    const actors = join(tempDir(), 'actors.json');
    copyFileSync(ACTORS, actors);
    const build = async (out: string) => (await buildIntoDir([input], out, { actorsFile: actors, cacheDir, jobs: 1 })).stats;
    expect(await build(tempDir())).toMatchObject({ filesAnalysed: PICKED.length, filesFromCache: 0 });
    expect(await build(tempDir())).toMatchObject({ filesAnalysed: 0, filesFromCache: PICKED.length });

    const curated = JSON.parse(readFileSync(actors, 'utf8')) as { ignore?: string[] };
    writeFileSync(actors, JSON.stringify({ ...curated, ignore: [...(curated.ignore ?? []), 'Brussels'] }));
    const out = tempDir();
    expect(await build(out)).toMatchObject({ filesAnalysed: PICKED.length, filesFromCache: 0 });
    expect(fileTree(out)).toEqual(fresh(input, actors));
  });
});
