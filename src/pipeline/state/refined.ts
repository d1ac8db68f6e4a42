/**
 * Dating by other articles' reports (events/refine.ts) in a build that keeps its candidates on disk
 * by month (months.ts). A coarse candidate re-dated to a day moves from its own month (home) to the
 * day's (target): its home month leaves it out, the target month reads it from the home month's
 * file. Which candidates move is worked out for the whole build from the small records each article
 * carries in its light outcome, written to `<state>/refined.json` for the month merges (in worker
 * threads too), and kept in the state: a rebuild merges again the months whose moves changed, as
 * well as those an added or removed article touches.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DayInterval } from '../../model/dates.ts';
import { decodeRefine, refineKeys, resolveRefinements, stemOfLine, type Refinement, type RefineRecord } from '../events/refine.ts';
import type { LightRecord } from '../map/outcome.ts';
import { writeAtomic } from '../write/write.ts';

export interface Move {
  /** Month the candidate starts in by its own date (its file in months/). */
  home: string;
  /** Month of the day it takes. */
  target: string;
  interval: DayInterval;
  /** The candidate it takes the day from (and merges with). */
  by: string;
}

/** Candidate id → its move. */
export type Moves = Record<string, Move>;

const FILE = 'refined.json';
const monthOfDay = (day: string): string => day.slice(0, -3);

type Used = readonly { record: LightRecord }[];

const recordsOf = ({ record }: { record: LightRecord }): RefineRecord[] => (record.refine ?? []).map((line) => decodeRefine(line, record.article!.id));

/** The moves of a build: from the refining records of the articles it uses. */
export function movesOf(used: Used): Moves {
  const records = used.flatMap(recordsOf);
  return sortedMoves(records, resolveRefinements(records), {});
}

/**
 * The moves of a build from those of the build before (`before`), when the articles in `changed`
 * came or went since (the records of both): only coarse records that share their first actor and
 * event word with a changed record are worked out again (refine.ts: nothing else decides their
 * day); the others keep their move. The same moves as movesOf(used), in a fraction of the time
 * a build of 100,000 articles took to work out all of them.
 */
export function movesAfter(before: Moves, used: Used, changed: Used): Moves {
  const changedRecords = changed.flatMap(recordsOf);
  const keys = new Set(changedRecords.flatMap(refineKeys));
  const stems = new Set(changedRecords.map((r) => r[4]));
  const affected: RefineRecord[] = [];
  for (const { record } of used) {
    for (const line of record.refine ?? []) {
      if (!stems.has(stemOfLine(line))) continue; // (most lines: no need to decode them)
      const r = decodeRefine(line, record.article!.id);
      if (refineKeys(r).some((k) => keys.has(k))) affected.push(r);
    }
  }
  // (A changed or affected coarse record's old move goes: it is worked out again, or its article went.)
  const redone = new Set([...changedRecords, ...affected].filter((r) => r[1] !== 'f').map((r) => r[0]));
  const kept = Object.fromEntries(Object.entries(before).filter(([id]) => !redone.has(id)));
  return sortedMoves(affected, resolveRefinements(affected), kept);
}

/** `kept` and the moves of `days` (of coarse records among `records`), by id. */
function sortedMoves(records: RefineRecord[], days: Map<string, Refinement>, kept: Moves): Moves {
  const homes = new Map(records.map((r) => [r[0], monthOfDay(r[2])]));
  const moves: Moves = {};
  for (const id of [...Object.keys(kept), ...days.keys()].sort()) {
    const day = days.get(id);
    moves[id] = day ? { home: homes.get(id)!, target: monthOfDay(day.interval.start), interval: day.interval, by: day.by } : kept[id]!;
  }
  return moves;
}

/** Months whose candidates differ between two builds' moves: the homes and targets of moves made, undone or changed. */
export function monthsMoved(before: Moves, after: Moves): string[] {
  const months = new Set<string>();
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[id];
    const b = after[id];
    if (a && b && a.home === b.home && a.target === b.target && a.interval.start === b.interval.start && a.interval.end === b.interval.end && a.by === b.by) continue;
    for (const m of [a?.home, a?.target, b?.home, b?.target]) if (m) months.add(m);
  }
  return [...months].sort();
}

export function writeMoves(stateDir: string, moves: Moves): void {
  writeAtomic(join(stateDir, FILE), JSON.stringify(moves));
}

/** The moves by target month, made once per moves object. */
const byTarget = new WeakMap<Moves, Map<string, [string, Move][]>>();

/** The moves whose day is in `month`. */
export function movesInto(moves: Moves, month: string): [string, Move][] {
  let index = byTarget.get(moves);
  if (!index) {
    index = new Map();
    for (const [id, move] of Object.entries(moves)) {
      const list = index.get(move.target);
      if (list) list.push([id, move]);
      else index.set(move.target, [[id, move]]);
    }
    byTarget.set(moves, index);
  }
  return index.get(month) ?? [];
}

/** The last moves read, by file and its stamp: a build merges hundreds of months, each reading them. */
let lastRead: { path: string; stamp: string; moves: Moves } | null = null;

/** Whether the state holds the moves of a build (a state of a build that did not get that far has none). */
export function hasMoves(stateDir: string): boolean {
  return existsSync(join(stateDir, FILE));
}

export function readMoves(stateDir: string): Moves {
  const path = join(stateDir, FILE);
  if (!existsSync(path)) return {};
  const { mtimeMs, size, ino } = statSync(path);
  const stamp = `${mtimeMs}:${size}:${ino}`;
  if (lastRead?.path !== path || lastRead.stamp !== stamp) lastRead = { path, stamp, moves: JSON.parse(readFileSync(path, 'utf8')) as Moves };
  return lastRead.moves;
}
