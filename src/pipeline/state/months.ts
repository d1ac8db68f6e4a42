/**
 * Candidate events and merged events by month, on disk, for the build state (store.ts). Events
 * only merge with events of the same interval, which starts in one month, so each month merges
 * on its own: a rebuild re-merges the months an added or removed article touches, and a full
 * build holds one month's candidates in memory at a time. Files in `<state>/months/`:
 * - `<YYYY-MM>.cands`: lines `<article key>\t<candidate JSON, in ASCII>`; lines of articles no longer used
 *   are dropped the next time the month is merged.
 * - `<YYYY-MM>.events`: the month's merged events in dataset order, one per line:
 *   `<start>\t<end>\t<cited article ids, comma-separated>\t<event JSON>`, so chunks are put
 *   together without parsing the events again.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, type EventRecord } from '../../model/dataset.ts';
import { validateEvents } from '../../model/validate-manifest.ts';
import type { CandidateEvent } from '../events/candidate.ts';
import { mergeCandidates } from '../events/merge.ts';
import { refined } from '../events/refine.ts';
import { dayCounts } from '../write/chunks.ts';
import { writeAtomic } from '../write/write.ts';
import { capSources, MAX_SOURCES_PER_EVENT } from './cap.ts';
import { asciiJson, readText } from './ascii.ts';
import { movesInto, readMoves, type Moves } from './refined.ts';
import type { MonthSummary } from './store.ts';

/** A candidate line's id, its JSON's first field. */
const ID_RE = /^\{"id":"([^"]+)"/;

/** Flush buffered candidate lines to disk beyond this many characters. */
const BUFFER_CHARS = 16 * 1024 * 1024;

export class MonthFiles {
  private readonly dir: string;
  private readonly buffers = new Map<string, string[]>();
  private bufferedChars = 0;

  constructor(stateDir: string) {
    this.dir = join(stateDir, 'months');
    mkdirSync(this.dir, { recursive: true });
  }

  private path(month: string, kind: 'cands' | 'events'): string {
    return join(this.dir, `${month}.${kind}`);
  }

  /** Add a candidate of an article to its month (buffered; see flush). In ASCII, read faster (ascii.ts). */
  append(month: string, articleKey: string, json: string): void {
    const line = `${articleKey}\t${asciiJson(json)}\n`;
    const list = this.buffers.get(month);
    if (list) list.push(line);
    else this.buffers.set(month, [line]);
    this.bufferedChars += line.length;
    if (this.bufferedChars > BUFFER_CHARS) this.flush();
  }

  flush(): void {
    for (const [month, lines] of this.buffers) appendFileSync(this.path(month, 'cands'), lines.join(''));
    this.buffers.clear();
    this.bufferedChars = 0;
  }

  candsBytes(month: string): number {
    const path = this.path(month, 'cands');
    return existsSync(path) ? statSync(path).size : 0;
  }

  private lines(month: string, kind: 'cands' | 'events'): string[] {
    const path = this.path(month, kind);
    if (!existsSync(path)) return [];
    return readText(path).split('\n').filter((l) => l !== '');
  }

  /** The month's candidates of used articles (first copy of each) and their article keys, compacting the file. */
  candidates(month: string, used: Set<string>): { candidates: CandidateEvent[]; keys: string[] } {
    const kept: string[] = [];
    const seen = new Set<string>();
    const keys = new Set<string>();
    const all = this.lines(month, 'cands');
    for (const line of all) {
      const key = line.slice(0, line.indexOf('\t'));
      // The same article appended twice (re-mapped after a lost cache entry) gives equal lines.
      if (!used.has(key) || seen.has(line)) continue;
      seen.add(line);
      keys.add(key);
      kept.push(line);
    }
    if (kept.length < all.length) writeAtomic(this.path(month, 'cands'), kept.map((l) => `${l}\n`).join(''));
    return { candidates: kept.map((line) => JSON.parse(line.slice(line.indexOf('\t') + 1)) as CandidateEvent), keys: [...keys].sort() };
  }

  /**
   * The candidates of used articles that other months' moves bring into `month` (refined.ts), with
   * their article keys, re-dated; read from their home months' files without changing them.
   */
  movedInto(month: string, moves: Moves, used: Set<string>): { candidates: CandidateEvent[]; keys: string[] } {
    const homes = new Map<string, Set<string>>();
    for (const [id, move] of movesInto(moves, month)) if (move.home !== month) homes.set(move.home, (homes.get(move.home) ?? new Set()).add(id));
    const candidates: CandidateEvent[] = [];
    const keys: string[] = [];
    const seen = new Set<string>();
    for (const [home, ids] of homes) {
      for (const line of this.lines(home, 'cands')) {
        const tab = line.indexOf('\t');
        if (!used.has(line.slice(0, tab))) continue;
        // (The id is a candidate's first field: most lines of a home month are not parsed at all.)
        const id = ID_RE.exec(line.slice(tab + 1, tab + 40))?.[1];
        if (id !== undefined && !ids.has(id)) continue;
        const c = JSON.parse(line.slice(tab + 1)) as CandidateEvent;
        if (!ids.has(c.id) || seen.has(c.id)) continue;
        seen.add(c.id);
        candidates.push(refined(c, moves[c.id]!));
        keys.push(line.slice(0, tab));
      }
    }
    return { candidates, keys };
  }

  events(month: string): EventLine[] {
    return this.lines(month, 'events').map(parseEventLine);
  }

  writeEvents(month: string, lines: string[]): void {
    writeAtomic(this.path(month, 'events'), lines.map((l) => `${l}\n`).join(''));
  }

  remove(month: string): void {
    rmSync(this.path(month, 'cands'), { force: true });
    this.removeEvents(month);
  }

  removeEvents(month: string): void {
    rmSync(this.path(month, 'events'), { force: true });
  }
}

/** Bytes of candidate lines the months' files hold (what merging them reads). */
export function candidateBytes(stateDir: string, months: string[]): number {
  const files = new MonthFiles(stateDir);
  return months.reduce((n, m) => n + files.candsBytes(m), 0);
}

export interface EventLine {
  start: string;
  end: string;
  articles: string[];
  json: string;
}

export function parseEventLine(line: string): EventLine {
  const [start, end, articles, json] = splitTabs(line, 4);
  return { start: start!, end: end!, articles: articles ? articles.split(',') : [], json: json! };
}

function splitTabs(line: string, parts: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 1; k < parts; k++) {
    const tab = line.indexOf('\t', from);
    out.push(line.slice(from, tab));
    from = tab + 1;
  }
  out.push(line.slice(from));
  return out;
}

/**
 * Merge one month's candidates. The signature covers the events and the keys of the articles
 * they come from (a key changes with the article's file, path or the tool): equal signature,
 * equal chunk bytes.
 */
export function mergeMonth(candidates: CandidateEvent[], articleKeys: string[], maxSources = MAX_SOURCES_PER_EVENT): { events: EventRecord[]; lines: string[]; summary: MonthSummary } {
  const { events, redirects } = mergeCandidates(candidates);
  const cut = capSources(events, maxSources);
  const types = EVENT_TYPES.map(() => 0);
  const actors = new Map<string, number>();
  const hash = createHash('sha256');
  const lines = events.map((e) => {
    types[EVENT_TYPES.indexOf(e.type)]!++;
    for (const a of e.actors) actors.set(a, (actors.get(a) ?? 0) + 1);
    // Named in a source without taking part: listed with no events (see ActorRegistry.toRecords).
    for (const s of e.sources) for (const m of s.mentions) if (m.actor && !actors.has(m.actor)) actors.set(m.actor, 0);
    const cited = [...new Set(e.sources.map((s) => s.article))].join(',');
    const line = `${e.start}\t${e.end}\t${cited}\t${JSON.stringify(e)}`;
    hash.update(line).update('\n');
    return line;
  });
  for (const key of articleKeys) hash.update(key).update('\n');
  const summary: MonthSummary = {
    signature: hash.digest('hex'),
    days: dayCounts(events),
    types,
    actors: [...actors].sort(([a], [b]) => (a < b ? -1 : 1)),
    // (Sorted by merged id: the build's redirects.json merges the months' sorted lists, assemble.ts.)
    redirects: Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : 1)),
    ...(cut.length ? { cut } : {}),
  };
  return { events, lines, summary };
}

/**
 * Merge a month of the build state in `stateDir` (in a worker or in-process): its candidates but
 * those moved to another month's day, and those moved here (refined.ts); null: no events left.
 */
export function mergeMonthFiles(stateDir: string, month: string, used: Set<string>): MonthSummary | null {
  const files = new MonthFiles(stateDir);
  const moves = readMoves(stateDir);
  const own = files.candidates(month, used);
  const incoming = files.movedInto(month, moves, used);
  const stay = own.candidates.flatMap((c) => {
    const move = moves[c.id];
    if (!move) return c.datedElsewhere ? [] : [c]; // (told without a date, and no report of another article gave one)
    return move.target === month ? [refined(c, move)] : [];
  });
  const candidates = [...stay, ...incoming.candidates];
  if (candidates.length === 0) {
    // (Candidates moved away stay in the month's file: the months they went to read them there.)
    if (own.candidates.length === 0) files.remove(month);
    else files.removeEvents(month);
    return null;
  }
  const keys = [...new Set([...own.keys, ...incoming.keys])].sort();
  const merged = mergeMonth(candidates, keys);
  const valid = validateEvents(merged.events);
  if (!valid.ok) throw new Error(`internal error: events of ${month} do not validate: ${valid.errors.join('; ')}`);
  files.writeEvents(month, merged.lines);
  return merged.summary;
}
