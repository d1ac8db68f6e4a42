/**
 * An event reported by more articles than the sources cap (state/cap.ts, 1,000): both build
 * paths keep the first 1,000 sources, write the same bytes, and the report names the event,
 * also after an incremental build that did not merge its month again. In `npm run test:stress`
 * because it analyses a thousand articles.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset.ts';
import { buildDataset } from '../../src/pipeline/build.ts';
import type { BuildReport } from '../../src/pipeline/write/report.ts';
import { MAX_SOURCES_PER_EVENT } from '../../src/pipeline/state/cap.ts';
import { writeOutputs } from '../../src/pipeline/write/write.ts';
import { CLI } from '../helpers/published.ts';
import { fileTree } from '../helpers/tree.ts';

const base = mkdtempSync(join(tmpdir(), 'dateline-cap-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const REPORTS = MAX_SOURCES_PER_EVENT + 5;

describe('sources per event', () => {
  it(`an event in ${REPORTS} articles keeps ${MAX_SOURCES_PER_EVENT} sources on both build paths, and the report says so`, () => {
    const input = join(base, 'in');
    mkdirSync(input);
    for (let n = 0; n < REPORTS; n++) {
      const day = String((n % 28) + 1).padStart(2, '0');
      writeFileSync(join(input, `r${n}.txt`), `date 2022-03-${day} Report ${n}\n\nSerbia and Kosovo signed an agreement in Brussels on 1 March 2022, correspondent ${n} wrote.\n`);
    }
    const memory = join(base, 'memory');
    const { dataset, report } = buildDataset([input]);
    writeOutputs(memory, dataset, report);
    const folder = join(base, 'folder');
    const cache = join(base, 'cache');
    const cli = (): SpawnSyncReturns<string> => spawnSync(process.execPath, [...CLI, '--input', input, '--out', folder, '--cache-dir', cache], { encoding: 'utf8' });
    const first = cli();
    expect(first.status, first.stderr).toBe(0);
    expect(fileTree(folder)).toEqual(fileTree(memory));

    const events = (JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8')) as Dataset).events;
    expect(events).toHaveLength(1);
    expect(events[0]!.sources).toHaveLength(MAX_SOURCES_PER_EVENT);
    const cut = [{ event: events[0]!.id, title: events[0]!.title, sources: REPORTS, kept: MAX_SOURCES_PER_EVENT }];
    expect(report.sourcesCut).toEqual(cut);
    expect(first.stderr).toContain(`warning: event ${events[0]!.id} ("${events[0]!.title}"): ${REPORTS} sources, only the first ${MAX_SOURCES_PER_EVENT} kept`);

    // An article in another month: that month alone is merged; the cut is still reported, from the kept state.
    writeFileSync(join(input, 'other.txt'), 'date 2019-03-01 Unrelated\n\nA new bridge opened in Skopje on Thursday, officials said.\n');
    const second = cli();
    expect(second.stderr).toMatch(/1 month\(s\) merged/);
    expect((JSON.parse(readFileSync(join(folder, 'build-report.json'), 'utf8')) as BuildReport).sourcesCut).toEqual(cut);
  }, 300_000);
});
