/**
 * How the build state stores its files: shard files (store.ts) hold arrays with one input file per
 * line, `[fsPath, displayPath, stamp, key, {problems, records}]`, where each record's discovered
 * actors and mentions are numbers into tables kept in state.json, fsPath is a number into a table
 * of folders when it is folder + displayPath, and what a record repeats of its file or article
 * (its path, its body hash) is left out. A file that did not change is
 * written back as the very line it was read from, so saving a 100k-file state after a one-file
 * change costs a write, not a re-encoding; tables only grow, until they hold more unused entries
 * than used ones and are rebuilt (and every line with them).
 */
import type { DiscoveredActor, LightOutcome, LightRecord } from '../map/outcome.ts';
import { asciiJson } from './ascii.ts';

/** A file of the build state (store.ts): where it is, its stamp, and its outcome. */
export interface FileEntry {
  fsPath: string;
  displayPath: string;
  /** InputFile.stamp when it was mapped. */
  stamp: string;
  /** Cache key of the outcome (null when the file could not be read). */
  key: string | null;
  light: LightOutcome;
  /** Its line in its shard file as last read or written (written back as is while the file is unchanged). */
  packed?: string;
}

type Mention = { actor: string; text: string };
type PackedRecord = Omit<LightRecord, 'discovered' | 'mentions'> & { discovered?: number[]; mentions?: number[]; noPath?: 1 };
type PackedFile = [string | number, string, string, string | null, { problems: FileEntry['light']['problems']; records: PackedRecord[] }];

const mentionKey = (m: Mention): string => `${m.actor}\u0000${m.text}`;

export class Tables {
  private readonly actors: DiscoveredActor[];
  private readonly actorJson: string[];
  private readonly mentions: Mention[];
  private readonly byObject = new Map<object, number>();
  private byValue: Map<string, number> | null = null;
  /** Folders that input paths start with. */
  readonly roots: string[];

  constructor(actorJson: string[], mentions: [string, string][], roots: string[] = []) {
    this.roots = [...roots];
    this.actorJson = [...actorJson];
    this.actors = actorJson.map((json) => JSON.parse(json) as DiscoveredActor);
    this.mentions = mentions.map(([actor, text]) => ({ actor, text }));
    this.actors.forEach((a, i) => this.byObject.set(a, i));
    this.mentions.forEach((m, i) => this.byObject.set(m, i));
  }

  actor(n: number): DiscoveredActor {
    return this.actors[n]!;
  }

  mention(n: number): Mention {
    return this.mentions[n]!;
  }

  private ref<T extends object>(value: T, list: T[], key: string, onNew: () => void): number {
    const known = this.byObject.get(value);
    if (known !== undefined) return known;
    if (!this.byValue) {
      this.byValue = new Map();
      this.actorJson.forEach((json, i) => this.byValue!.set(`a${json}`, i));
      this.mentions.forEach((m, i) => this.byValue!.set(`m${mentionKey(m)}`, i));
    }
    let n = this.byValue.get(key);
    if (n === undefined) {
      n = list.length;
      list.push(value);
      onNew();
      this.byValue.set(key, n);
    }
    this.byObject.set(value, n);
    return n;
  }

  actorRef(a: DiscoveredActor): number {
    const json = this.byObject.has(a) ? '' : JSON.stringify(a);
    return this.ref(a, this.actors, `a${json}`, () => this.actorJson.push(json));
  }

  mentionRef(m: Mention): number {
    return this.ref(m, this.mentions, `m${mentionKey(m)}`, () => {});
  }

  /** New tables holding only what the files use, or null while the unused entries are fewer than the used. */
  compacted(files: FileEntry[]): Tables | null {
    const actors = new Set<DiscoveredActor>();
    const mentions = new Set<Mention>();
    for (const f of files) for (const r of f.light.records) {
      for (const a of r.discovered ?? []) actors.add(a);
      for (const m of r.mentions ?? []) mentions.add(m);
    }
    if (this.actors.length <= 2 * actors.size + 1000 && this.mentions.length <= 2 * mentions.size + 1000) return null;
    const fresh = new Tables([], [], this.roots);
    for (const a of actors) fresh.actorRef(a);
    for (const m of mentions) fresh.mentionRef(m);
    return fresh;
  }

  rootRef(fsPath: string, displayPath: string): string | number {
    if (!fsPath.endsWith(displayPath)) return fsPath;
    const root = fsPath.slice(0, fsPath.length - displayPath.length);
    let n = this.roots.indexOf(root);
    if (n < 0) n = this.roots.push(root) - 1;
    return n;
  }

  toJSON(): { actors: string[]; mentions: [string, string][]; roots: string[] } {
    return { actors: this.actorJson, mentions: this.mentions.map((m) => [m.actor, m.text]), roots: this.roots };
  }
}

/** The path a reader gives a record of a file (read.ts): `path#n` for the n-th of several. */
const recordPath = (displayPath: string, r: LightRecord): string => (r.record !== undefined ? `${displayPath}#${r.record}` : displayPath);

export function packFile(f: FileEntry, tables: Tables): string {
  const records = f.light.records.map(({ discovered, mentions, path, hash, ...rest }): PackedRecord => ({
    ...rest,
    ...(path !== undefined && path !== recordPath(f.displayPath, rest) ? { path } : {}),
    ...(path === undefined ? { noPath: 1 } : {}),
    ...(hash !== undefined && rest.article?.id !== `a${hash}` ? { hash } : {}),
    ...(discovered ? { discovered: discovered.map((a) => tables.actorRef(a)) } : {}),
    ...(mentions ? { mentions: mentions.map((m) => tables.mentionRef(m)) } : {}),
  }));
  const packed: PackedFile = [tables.rootRef(f.fsPath, f.displayPath), f.displayPath, f.stamp, f.key, { problems: f.light.problems, records }];
  return asciiJson(JSON.stringify(packed));
}

/** A parsed entry of a shard file (and its line, kept to be written back unchanged). */
export function unpackFile(entry: unknown, line: string, tables: Tables): FileEntry {
  const [root, displayPath, stamp, key, light] = entry as PackedFile;
  // In place: the parsed records become LightRecords (numbers replaced by the tables' objects).
  for (const r of light.records as (LightRecord & { noPath?: 1 })[]) {
    if (r.noPath) delete r.noPath;
    else r.path ??= recordPath(displayPath, r);
    if (r.hash === undefined && r.article) r.hash = r.article.id.slice(1);
    if (r.discovered) r.discovered = (r.discovered as unknown as number[]).map((n) => tables.actor(n));
    if (r.mentions) r.mentions = (r.mentions as unknown as number[]).map((n) => tables.mention(n));
  }
  const fsPath = typeof root === 'number' ? tables.roots[root]! + displayPath : root;
  return { fsPath, displayPath, stamp, key, light: light as FileEntry['light'], packed: line };
}
