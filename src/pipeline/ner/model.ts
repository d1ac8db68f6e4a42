/**
 * The name tagger's model file (`data/models/ner.json.gz`, made by `npm run train:ner`): the tag
 * list, where the weights came from, and the non-zero weights of the hashed feature table as two
 * base64 arrays (flat index slot·tags + tag as Uint32, weight scaled to Int16): small, the
 * same bytes on every machine, and loaded in milliseconds. Versioned: another format is refused.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_SLOTS } from './features.ts';

export const MODEL_FORMAT = 'dateline-ner';
export const MODEL_VERSION = 1;

export interface NerModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  /** Tag names, in the order the weights index them. */
  tags: string[];
  /** Size of the hashed feature table (features.ts FEATURE_SLOTS when trained). */
  slots: number;
  /** Training sets with repository, commit, path, sha256 and licence. */
  provenance: unknown;
  /** Little-endian Uint32 flat indexes (slot × tags + tag), ascending, base64. */
  indexes: string;
  /** Little-endian Int16 weights, one per index, base64: weight = value / scale. */
  values: string;
  /** 32767 over the largest weight's magnitude: the full Int16 range is used. */
  scale: number;
}

export interface NerModel {
  tags: string[];
  /** Slot × tag, row-major. */
  weights: Float32Array;
}

export function encodeModel(tags: string[], weights: Float64Array, provenance: unknown): Buffer {
  const indexes: number[] = [];
  const values: number[] = [];
  const largest = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0);
  const scale = largest > 0 ? 32767 / largest : 1;
  weights.forEach((w, at) => {
    const value = Math.round(w * scale);
    if (value !== 0) {
      indexes.push(at);
      values.push(value);
    }
  });
  const file: NerModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    tags,
    slots: FEATURE_SLOTS,
    provenance,
    indexes: Buffer.from(new Uint32Array(indexes).buffer).toString('base64'),
    values: Buffer.from(new Int16Array(values).buffer).toString('base64'),
    scale,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeModel(gz: Uint8Array): NerModel {
  const file = JSON.parse(gunzipSync(gz).toString('utf8')) as NerModelFile;
  if (file.format !== MODEL_FORMAT || file.version !== MODEL_VERSION || file.slots !== FEATURE_SLOTS) {
    throw new Error(`name tagger model is ${String(file.format)} v${String(file.version)} with ${String(file.slots)} slots, expected ${MODEL_FORMAT} v${MODEL_VERSION} with ${FEATURE_SLOTS} (run npm run train:ner)`);
  }
  const indexBytes = Buffer.from(file.indexes, 'base64');
  const valueBytes = Buffer.from(file.values, 'base64');
  const indexes = new Uint32Array(indexBytes.buffer.slice(indexBytes.byteOffset, indexBytes.byteOffset + indexBytes.length));
  const values = new Int16Array(valueBytes.buffer.slice(valueBytes.byteOffset, valueBytes.byteOffset + valueBytes.length));
  const weights = new Float32Array(file.slots * file.tags.length);
  for (let i = 0; i < indexes.length; i++) weights[indexes[i]!] = values[i]! / file.scale;
  return { tags: file.tags, weights };
}
