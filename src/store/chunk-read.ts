/**
 * Reading one event chunk's text: parsed, converted from an earlier format version, and checked
 * against its entry in the manifest. One function for both places a chunk is read: the chunk
 * reader's worker (chunk-worker.ts) and, where there is no worker (tests, a page without worker
 * support), the loader on the main thread (chunk-loader.ts). The messages are written for the
 * person running the app.
 */
import { checkChunk } from '../model/check-chunks.ts';
import type { ChunkRef, EventChunk } from '../model/manifest.ts';
import { upgradeFormat } from '../model/migrate.ts';

/** A chunk that cannot be used: the message is written for the person running the app. */
export class ChunkError extends Error {}

export type ChunkRead = { ok: true; chunk: EventChunk } | { ok: false; message: string };

/** The chunk `data/chunks/<ref.file>` from its text, or what is wrong with it. */
export function readChunkText(text: string, ref: ChunkRef): ChunkRead {
  const name = `data/chunks/${ref.file}`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `${name} is not valid JSON.` };
  }
  const upgraded = upgradeFormat(json, 'chunk', name);
  if (!upgraded.ok) return { ok: false, message: upgraded.error };
  const checked = checkChunk(upgraded.value, ref);
  if (!checked.ok)
    return { ok: false, message: `${name} is not a valid chunk: ${checked.errors.join('; ')}.` };
  return { ok: true, chunk: checked.value };
}
