/**
 * Steps of the folder build (build.ts): merging the changed months (on worker threads of their own when there
 * are many), filing the candidates of articles that became used without changing, and the actor
 * records from every used article.
 */
import { z } from 'zod';
import { ActorSchema } from '../../model/validate.ts';
import type { ActorRecord } from '../../model/dataset.ts';
import type { KnowledgeBase } from '../actors/kb.ts';
import { ActorRegistry } from '../actors/registry.ts';
import type { Fold } from '../map/fold.ts';
import { mapFilesInProcess, mergePoolFor, type MapOptions } from '../map/run.ts';
import type { InputFile } from '../read/walk.ts';
import { candidateBytes, mergeMonthFiles, type MonthFiles } from './months.ts';
import type { Pool } from '../workers/pool.ts';
import type { FileEntry, MonthSummary } from './store.ts';

/**
 * Merge months on a pool of their own when there are enough of them (run.ts mergePoolFor), else
 * in-process; with a thread at hand (the rebuild's helper, helper.ts), it merges about half of
 * them (by bytes of candidates) while this thread merges the rest. A month's merge is the same on
 * any thread.
 */
export async function mergeMonths(months: string[], dir: string, used: Set<string>, options: MapOptions, helper: Pool | null = null): Promise<Map<string, MonthSummary | null>> {
  const out = new Map<string, MonthSummary | null>();
  const fresh = mergePoolFor(options, months.length, candidateBytes(dir, months));
  const pool = fresh ?? (helper && months.length >= 2 ? helper : null);
  const [there, here] = fresh ? [months, []] : pool ? halves(months, dir) : [[], months];
  try {
    pool?.broadcast({ kind: 'used', keys: [...used] });
    const jobs = there.map((month, index) => ({ kind: 'month' as const, index, stateDir: dir, month }));
    const ran = pool?.runJobs(jobs, (r) => {
      if (r.kind === 'month') out.set(there[r.index]!, r.summary);
      options.onProgress?.(out.size, months.length, 'merge');
    }, 1);
    for (const m of here) {
      out.set(m, mergeMonthFiles(dir, m, used));
      options.onProgress?.(out.size, months.length, 'merge');
    }
    if (pool === helper)
      await ran?.catch(() => {
        // (The helper failed: what it did not merge is merged here.)
        for (const m of there) if (!out.has(m)) out.set(m, mergeMonthFiles(dir, m, used));
      });
    else await ran;
  } finally {
    await fresh?.close();
  }
  // (In month order, whichever thread finished first.)
  return new Map(months.map((m) => [m, out.get(m)!]));
}

/** The months in two groups of about equal bytes of candidates: the largest first, each to the lighter group. */
function halves(months: string[], dir: string): [string[], string[]] {
  const groups: [string[], string[]] = [[], []];
  const bytes = [0, 0];
  for (const [m, b] of months.map((m) => [m, candidateBytes(dir, [m])] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const g = bytes[0]! <= bytes[1]! ? 0 : 1;
    groups[g].push(m);
    bytes[g]! += b;
  }
  return groups;
}

/** Articles now used whose candidates were not filed this run (a duplicate whose original went): map their files again. */
export async function fileMissing(files: InputFile[], entries: (FileEntry | undefined)[], missing: Set<string>, months: MonthFiles, kb: () => KnowledgeBase, options: MapOptions): Promise<void> {
  if (missing.size === 0) return;
  const wanted = files.filter((_, i) => [...missing].some((k) => k.startsWith(`${entries[i]!.key}#`)));
  await mapFilesInProcess(wanted, kb, { ...options, jobs: 1 }, (_file, { key, candidates }) => {
    for (const c of candidates) if (missing.has(`${key}#${c.record}`)) months.append(c.month, `${key}#${c.record}`, c.json);
  });
}

export function actorRecords(fold: Fold, kb: KnowledgeBase, months: Record<string, { actors: [string, number][] }>): ActorRecord[] {
  const registry = new ActorRegistry(kb);
  // Records share their actor and mention objects (intern.ts, pack.ts); adding one twice changes nothing.
  const seen = new Set<object>();
  for (const { record } of fold.used) {
    registry.addDiscovered(record.discovered!.filter((a) => !seen.has(a) && seen.add(a)));
    for (const m of record.mentions!) {
      if (seen.has(m)) continue;
      seen.add(m);
      registry.noteSurface(m.actor, m.text);
    }
  }
  const counts = new Map<string, number>();
  for (const summary of Object.values(months)) for (const [id, n] of summary.actors) counts.set(id, (counts.get(id) ?? 0) + n);
  const records = registry.recordsFor(counts);
  const known = new Set(records.map((r) => r.id));
  const unknown = [...counts.keys()].filter((id) => !known.has(id));
  const valid = z.array(ActorSchema).safeParse(records);
  if (unknown.length || !valid.success) throw new Error(`internal error: actors do not validate: ${unknown.length ? `unknown actor(s) ${unknown.slice(0, 5).join(', ')}` : valid.error!.message}`);
  return records;
}
