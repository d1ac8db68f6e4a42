import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset, EventRecord } from '../src/model/dataset.ts';
import { validateDataset } from '../src/model/validate.ts';
import { buildDataset } from '../src/pipeline/build.ts';

const ACTORS = 'data/actors.json';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-build-'));
  dirs.push(dir);
  return dir;
}

/** Actor names of an event, looked up through dataset.actors. */
function actorNames(dataset: Dataset, event: EventRecord): string[] {
  const byId = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return event.actors.map((id) => byId.get(id) ?? `?${id}`);
}

function eventsOn(dataset: Dataset, date: string): EventRecord[] {
  return dataset.events.filter((e) => e.date === date);
}

/** Two articles about other years and topics, written for this test. */
const UNRELATED: Record<string, string> = {
  'z1-moon-landing.txt':
    'date 1969-07-21 Astronauts walk on the Moon\n\n' +
    'HOUSTON (Space Desk) - Neil Armstrong became the first person to walk on the Moon on Sunday, ' +
    'stepping from the lunar module Eagle hours after it landed in the Sea of Tranquility. ' +
    'Edwin Aldrin joined him on the surface while Michael Collins stayed in orbit. ' +
    'The Apollo 11 crew had been launched from Cape Kennedy on July 16.\n',
  'z2-berlin-wall.md':
    '---\ntitle: "Berlin border opens"\ndate: 1989-11-10\nsource: Europe Desk\n---\n\n' +
    'BERLIN (Europe Desk) - East Germany opened its border crossings in Berlin on Thursday night, ' +
    'and thousands of people crossed into the West for the first time since August 1961. ' +
    'Crowds climbed onto the Wall at the Brandenburg Gate as guards looked on.\n',
};

describe('building the seed article', () => {
  const { dataset, report } = buildDataset(['/work/shared/seeds'], { actorsFile: ACTORS });

  it('validates and reports one article used', () => {
    expect(validateDataset(dataset).ok).toBe(true);
    expect(report).toMatchObject({ inputsSeen: 1, articlesUsed: 1, rejected: 0, problems: [] });
    expect(dataset.articles).toHaveLength(1);
    expect(dataset.articles[0]).toMatchObject({
      published: '2022-09-22',
      place: 'Belgrade',
      outlet: 'UrduPoint News / Sputnik',
    });
  });

  it('the meeting on 2022-09-21 with Osmani-Sadriu, Stoltenberg and NATO', () => {
    // The meeting is dated by "on Wednesday"; what she stated there takes the story's day.
    const [meeting, ...rest] = eventsOn(dataset, '2022-09-21').filter((e) => e.dateBasis === 'relative');
    expect(rest).toEqual([]);
    expect(meeting!.sources[0]!.trigger?.text).toBe('told');
    expect(meeting!.precision).toBe('day');
    expect(actorNames(dataset, meeting!)).toEqual(
      expect.arrayContaining(['Vjosa Osmani-Sadriu', 'Jens Stoltenberg', 'NATO']),
    );
  });

  it("Kurti's announcement on 2022-09-01", () => {
    const [e] = eventsOn(dataset, '2022-09-01');
    expect(actorNames(dataset, e!)).toContain('Albin Kurti');
  });

  it('the KFOR statement on 2022-09-20', () => {
    const [e] = eventsOn(dataset, '2022-09-20');
    expect(actorNames(dataset, e!)).toContain('Kosovo Force');
  });

  it('the declaration of independence, precision month 2008-02', () => {
    const [e] = eventsOn(dataset, '2008-02');
    expect(e).toMatchObject({
      precision: 'month',
      start: '2008-02-01',
      end: '2008-02-29',
      future: false,
    });
    expect(actorNames(dataset, e!)).toEqual(expect.arrayContaining(['Kosovo', 'Serbia']));
  });

  it('the enforcement deadline of 2022-10-31 is a future event', () => {
    const [e] = eventsOn(dataset, '2022-10-31');
    expect(e!.future).toBe(true);
  });

  it('no event is dated by the dateline or by the "said … on Thursday" attribution', () => {
    for (const e of eventsOn(dataset, '2022-09-22')) expect(e.dateBasis).toBe('publication');
  });

  it('actor records: counts, affiliations and sorted ids', () => {
    const ids = dataset.actors.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    const kfor = dataset.actors.find((a) => a.name === 'Kosovo Force')!;
    expect(kfor.aliases).toContain('KFOR');
    expect(kfor.affiliations.map((a) => a.actor)).toContain('organization:nato');
    const stoltenberg = dataset.actors.find((a) => a.name === 'Jens Stoltenberg')!;
    expect(stoltenberg.affiliations).toEqual([
      { actor: 'organization:nato', role: 'Secretary General' },
    ]);
    for (const a of dataset.actors) {
      expect(a.eventCount).toBe(dataset.events.filter((e) => e.actors.includes(a.id)).length);
    }
  });
});

describe('stable ids', () => {
  const picked = ['a01-independence-declared.txt', 'a23-icj-opinion.md', 'b12-id-deal.txt'];

  function everyIdSurvives(before: Dataset, after: Dataset): void {
    const now = new Set(after.events.map((e) => e.id));
    expect(before.events.length).toBeGreaterThan(0);
    for (const e of before.events) {
      const resolved = now.has(e.id) ? e.id : after.redirects[e.id];
      expect(resolved, `${e.id} (${e.date} ${e.title})`).toBeDefined();
      expect(now.has(resolved!)).toBe(true);
    }
  }

  it('adding two unrelated articles keeps every event id', () => {
    const dir = tempDir();
    for (const f of picked) copyFileSync(join('data/articles', f), join(dir, f));
    const first = buildDataset([dir], { actorsFile: ACTORS }).dataset;

    for (const [name, text] of Object.entries(UNRELATED)) writeFileSync(join(dir, name), text);
    const second = buildDataset([dir], { actorsFile: ACTORS });
    expect(second.report.articlesUsed).toBe(5);
    expect(second.dataset.events.length).toBeGreaterThan(first.events.length);
    everyIdSurvives(first, second.dataset);
    // Unrelated articles change no existing event at all.
    const now = new Map(second.dataset.events.map((e) => [e.id, e]));
    for (const e of first.events) expect(now.get(e.id)).toEqual(e);
  });

  it('adding a second report of an existing event keeps old ids resolvable (directly or by redirect)', () => {
    const dir = tempDir();
    copyFileSync('/work/shared/seeds/000_eb653926673b5ea8.txt', join(dir, 'seed.txt'));
    const first = buildDataset([dir], { actorsFile: ACTORS }).dataset;
    copyFileSync('data/articles/b14-osmani-stoltenberg.txt', join(dir, 'b14.txt'));
    const second = buildDataset([dir], { actorsFile: ACTORS }).dataset;
    everyIdSurvives(first, second);
    // The meeting of 21 September is one event reported by both articles.
    const meetings = eventsOn(second, '2022-09-21').filter((e) => e.sources.length > 1);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.merge!.reasons).toEqual(expect.arrayContaining(['same-date']));
    expect(new Set(meetings[0]!.sources.map((s) => s.article)).size).toBe(2);
  });

  it('renaming files keeps every id', () => {
    const dir = tempDir();
    for (const f of picked) copyFileSync(join('data/articles', f), join(dir, f));
    const first = buildDataset([dir], { actorsFile: ACTORS }).dataset;
    const renamed = tempDir();
    picked.forEach((f, i) =>
      copyFileSync(join(dir, f), join(renamed, `renamed-${i}${f.slice(f.lastIndexOf('.'))}`)),
    );
    const second = buildDataset([renamed], { actorsFile: ACTORS }).dataset;
    expect(second.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
  });
});

describe('determinism', () => {
  it('the same files in reverse order give a byte-identical dataset', () => {
    const files = readdirSync('data/articles')
      .sort()
      .map((f) => join('data/articles', f));
    const forward = buildDataset(files, { actorsFile: ACTORS });
    const backward = buildDataset([...files].reverse(), { actorsFile: ACTORS });
    expect(validateDataset(forward.dataset).ok).toBe(true);
    expect(forward.dataset.events.length).toBeGreaterThan(50);
    expect(JSON.stringify(backward.dataset)).toBe(JSON.stringify(forward.dataset));
  });

  it('a folder and its files listed one by one give the same events', () => {
    const dir = tempDir();
    for (const [name, text] of Object.entries(UNRELATED)) writeFileSync(join(dir, name), text);
    const asFolder = buildDataset([dir], { actorsFile: ACTORS }).dataset;
    const asFiles = buildDataset(
      Object.keys(UNRELATED)
        .reverse()
        .map((n) => join(dir, n)),
      { actorsFile: ACTORS },
    ).dataset;
    expect(asFiles.events.map((e) => e.id)).toEqual(asFolder.events.map((e) => e.id));
  });
});

describe('robustness', () => {
  it('one broken file among good ones: the build succeeds and the report names it', () => {
    const dir = tempDir();
    for (const f of ['a01-independence-declared.txt', 'b14-osmani-stoltenberg.txt'])
      copyFileSync(join('data/articles', f), join(dir, f));
    writeFileSync(join(dir, 'broken.json'), '{"title": "Half a record", "date": "2022-09-2');
    writeFileSync(
      join(dir, 'binary.txt'),
      Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xff, 0x00, 0x9c]),
    );
    const { dataset, report } = buildDataset([dir], { actorsFile: ACTORS });
    expect(validateDataset(dataset).ok).toBe(true);
    expect(report.articlesUsed).toBe(2);
    expect(report.rejected).toBe(2);
    expect(report.inputsSeen).toBe(4);
    expect(report.problems.map((p) => p.file)).toEqual(['binary.txt', 'broken.json']);
    expect(report.problems.find((p) => p.file === 'broken.json')!.reason).toMatch(
      /^not valid JSON/,
    );
    expect(dataset.events.length).toBeGreaterThan(5);
  });

  it('a broken curated actors file is reported and the build goes on without it', () => {
    const dir = tempDir();
    copyFileSync('data/articles/a01-independence-declared.txt', join(dir, 'a01.txt'));
    const actors = join(tempDir(), 'actors.json');
    writeFileSync(actors, '{"actors": [');
    const { dataset, report } = buildDataset([dir], { actorsFile: actors });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ file: actors, severity: 'error' });
    expect(report.problems[0]!.reason).toMatch(/^curated actors ignored/);
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  it('an empty folder builds an empty, valid dataset', () => {
    const { dataset, report } = buildDataset([tempDir()], { actorsFile: ACTORS });
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.events).toEqual([]);
    expect(report.inputsSeen).toBe(0);
  });
});
