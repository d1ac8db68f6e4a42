/**
 * All-or-nothing publishing. A build writes a complete generation into a staging folder beside
 * the published ones, fsyncs it, renames it to `generations/<id>` and switches the `current`
 * symlink to it with one rename, the only step a reader can see. The entry points the app and
 * tools read (`dataset.json`, `chunks/`, `build-report.json`, `generation.json`) are fixed links
 * through `current`, so each of them is always one whole generation, old or new; a build killed
 * at any point leaves the last published generation as it was. The id is a hash of the content
 * (builds stay deterministic: equal outputs, equal folders), and `generation.json` lists the
 * hash of every file so a generation can be checked. Layout: docs/ARCHITECTURE.md, "Publishing".
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, copyFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHUNKS_DIR } from '../../model/manifest.ts';
import { clearStrays, pruneGenerations } from './prune.ts';

export const GENERATIONS_DIR = 'generations';
export const CURRENT_LINK = 'current';
export const GENERATION_FILE = 'generation.json';
export const DATASET_FILE = 'dataset.json';
export const REPORT_FILE = 'build-report.json';
/** What the out folder shows at its top, each a link into `current`. */
export const ENTRY_POINTS = [DATASET_FILE, CHUNKS_DIR, REPORT_FILE, GENERATION_FILE];

export interface GenerationInfo {
  version: 1;
  id: string;
  /** Path in the generation → SHA-256 of its bytes. */
  files: Record<string, string>;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The generation `current` points to (its folder and file list), or null. */
export function currentGeneration(outDir: string): { dir: string; info: GenerationInfo } | null {
  try {
    const dir = join(outDir, readlinkSync(join(outDir, CURRENT_LINK)));
    const info = JSON.parse(readFileSync(join(dir, GENERATION_FILE), 'utf8')) as GenerationInfo;
    return { dir, info };
  } catch {
    return null;
  }
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A generation being written; nothing in it is visible until commit(). */
export class Staging {
  readonly dir: string;
  private readonly hashes = new Map<string, string>();
  private readonly previous: { dir: string; info: GenerationInfo } | null;

  constructor(readonly outDir: string) {
    mkdirSync(join(outDir, GENERATIONS_DIR), { recursive: true });
    clearStrays(outDir);
    this.previous = currentGeneration(outDir);
    // Not mkdtemp: its folders are private (0700), and a web server running as another user must read the generation.
    this.dir = join(outDir, GENERATIONS_DIR, `.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(this.dir);
  }

  /** The published file at `path` (relative to a generation), when the previous generation has it. */
  previousFile(path: string): string | null {
    return this.previous?.info.files[path] ? join(this.previous.dir, path) : null;
  }

  /** Write a file of the generation, synced to disk. */
  write(path: string, text: string): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    const fd = openSync(full, 'wx');
    try {
      const bytes = Buffer.from(text);
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } catch (error) {
      // write(2) and fsync(2) errors (a full disk) carry no path: name the file for the message.
      if (error instanceof Error && !('path' in error)) Object.assign(error, { path: full });
      throw error;
    } finally {
      closeSync(fd);
    }
    this.hashes.set(path, sha256(text));
  }

  /** The SHA-256 a file has in the previous generation (its record), or null. */
  previousHash(path: string): string | null {
    return this.previous?.info.files[path] ?? null;
  }

  /** The SHA-256 of a file written or taken into this generation, or null. */
  hashOf(path: string): string | null {
    return this.hashes.get(path) ?? null;
  }

  /** Take a file unchanged from the previous generation (a hard link: generations are never modified). */
  reuse(path: string): void {
    const from = this.previousFile(path)!;
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    try {
      linkSync(from, full);
    } catch {
      copyFileSync(from, full); // filesystems without hard links
      fsyncPath(full);
    }
    this.hashes.set(path, this.previous!.info.files[path]!);
  }

  /** Publish: name the generation by its content, switch `current` to it, prune old ones. Returns the id. */
  commit(): string {
    const files = Object.fromEntries([...this.hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
    const id = sha256(JSON.stringify(files)).slice(0, 16);
    this.write(GENERATION_FILE, `${JSON.stringify({ version: 1, id, files } satisfies GenerationInfo, null, 1)}\n`);
    for (const d of new Set([...this.hashes.keys()].map((p) => dirname(join(this.dir, p))))) fsyncPath(d);
    fsyncPath(this.dir);
    const target = join(this.outDir, GENERATIONS_DIR, id);
    if (isWhole(target, files)) rmSync(this.dir, { recursive: true, force: true }); // the same content is published already
    else {
      rmSync(target, { recursive: true, force: true }); // a damaged leftover of that name (from before prune.ts moved folders aside first)
      renameSync(this.dir, target);
    }
    fsyncPath(join(this.outDir, GENERATIONS_DIR));
    swapLink(this.outDir, CURRENT_LINK, join(GENERATIONS_DIR, id)); // the switch
    for (const entry of ENTRY_POINTS) {
      if (entry === GENERATION_FILE || this.hashes.has(entry) || [...this.hashes.keys()].some((p) => p.startsWith(`${entry}/`))) placeEntry(this.outDir, entry);
      else rmSync(join(this.outDir, entry), { recursive: true, force: true }); // e.g. no dataset.json above 200,000 events
    }
    fsyncPath(this.outDir);
    pruneGenerations(this.outDir, [id, ...(this.previous ? [this.previous.info.id] : [])]);
    return id;
  }

  /** Drop the staging folder (a failed build); the published generation is untouched. */
  abort(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Replace (or create) the symlink `name` in the out folder atomically: a new link renamed over the
 * old. The new link is made in `generations/`, where no reader looks: made in the out folder, a
 * kill before the rename would leave a second entry point there (a whole copy of the new
 * generation, served and copied by `vite build`) until the next build. It dangles until renamed,
 * since its target is relative to the out folder.
 */
function swapLink(outDir: string, name: string, target: string): void {
  const tmp = join(outDir, GENERATIONS_DIR, `.${name}.link-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(target, tmp);
  renameSync(tmp, join(outDir, name));
}

/** Whether `dir` holds every file of a generation with these files (a folder under an id is only ever renamed in whole). */
function isWhole(dir: string, files: Record<string, string>): boolean {
  return existsSync(join(dir, GENERATION_FILE)) && Object.keys(files).every((path) => existsSync(join(dir, path)));
}

/** Make `<out>/<entry>` the link `current/<entry>`; a real file or folder there (a build from before generations) is replaced. */
function placeEntry(outDir: string, entry: string): void {
  const path = join(outDir, entry);
  const target = join(CURRENT_LINK, entry);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    stat = null;
  }
  if (stat?.isSymbolicLink() && readlinkSync(path) === target) return;
  if (stat?.isDirectory()) {
    // A folder cannot be renamed over: move it aside first (once, when an old out folder is upgraded).
    const aside = join(outDir, GENERATIONS_DIR, `.old-${entry}-${process.pid}`);
    renameSync(path, aside);
    swapLink(outDir, entry, target);
    rmSync(aside, { recursive: true, force: true });
    return;
  }
  swapLink(outDir, entry, target);
}

/** Folders to list in a published out folder, for tests and tools: the generations present. */
export function generationIds(outDir: string): string[] {
  const dir = join(outDir, GENERATIONS_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : [];
}
