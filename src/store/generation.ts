/**
 * Which generation of the published dataset the app reads (write/publish.ts: every build is a
 * whole generation, `data/generation.json` names the current one). A session reads one
 * generation from start to end, so a manifest and its chunks never come from two builds:
 *
 * - where the server has the generation's own folder (`data/generations/<id>/`: the dev server of
 *   `npm start`, which serves the out folder as published), every file is fetched from there;
 *   nothing in it ever changes;
 * - a static deploy (`vite build`) ships the current generation's files alone, under `data/`:
 *   they are fetched from there, and `data/generation.json` is asked again with each chunk, so
 *   that a file of a generation published meanwhile is never used (GenerationChanged).
 *
 * Which of the two is the caller's to say (main.tsx: the dev server): asking the server would
 * cost a request, and a 404 logged in the console, on every load of a static deploy.
 */

/** The generation changed while its files were being fetched; load the new one instead. */
export class GenerationChanged extends Error {
  constructor(readonly id: string) {
    super(`a newer build (${id}) was published while this one was loading`);
    this.name = 'GenerationChanged';
  }
}

export interface DataLocation {
  /** URL of the folder the data files are fetched from (ends with `/`). */
  dir: string;
  /** The generation's own folder: what is fetched from it cannot be of another generation. */
  pinned: boolean;
  /**
   * Throws GenerationChanged when another generation is published now. A no-op when pinned,
   * unless `always` (a file of the generation is missing: removed by later builds?).
   */
  check(always?: boolean): Promise<void>;
}

const GENERATION_FILE = 'generation.json';
const ID = /^[0-9a-f]{8,64}$/;

/** The `id` of a generation.json response, or null. */
async function idOf(response: Response): Promise<string | null> {
  if (!response.ok || /text\/html/.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    const json = (await response.json()) as { id?: unknown } | null;
    return typeof json?.id === 'string' && ID.test(json.id) ? json.id : null;
  } catch {
    return null;
  }
}

/**
 * The id of the generation published now under `base`, or null when there is none to be had (no
 * generation.json: a build from before generations; or the server cannot be reached).
 */
export async function publishedGenerationId(base: string): Promise<string | null> {
  try {
    // Never from the browser's cache: the file changes with every build.
    const init = { headers: { Accept: 'application/json' }, cache: 'no-store' as const };
    const response = await fetch(`${base}data/${GENERATION_FILE}`, init);
    return await idOf(response);
  } catch {
    return null;
  }
}

/**
 * Where generation `id` is read from: its own folder when `folders` (the server has the
 * generation folders, as the dev server does), else `data/`. Given as a promise so that, in a
 * static deploy, generation.json and the first data file are fetched at the same time: a build
 * published between the two is seen by the check with each chunk.
 */
export async function locateGeneration(
  base: string,
  id: Promise<string | null>,
  folders: boolean,
): Promise<DataLocation> {
  const compare = async (): Promise<void> => {
    const was = await id;
    if (was === null) return;
    const now = await publishedGenerationId(base);
    // Unreachable or gone says nothing about a change; only another id does.
    if (now !== null && now !== was) throw new GenerationChanged(now);
  };
  const known = folders ? await id : null;
  if (known === null) return { dir: `${base}data/`, pinned: false, check: compare };
  return {
    dir: `${base}data/generations/${known}/`,
    pinned: true,
    check: (always) => (always ? compare() : Promise.resolve()),
  };
}
