/**
 * A .docx is a zip. Before mammoth (through JSZip) unpacks one, the archive is read here from its
 * central directory and every entry is inflated with a hard cap on its output, so a zip bomb
 * costs at most the cap: both the sizes the archive declares and the sizes it really inflates to
 * are checked (a bomb may lie about the first). Only what a docx uses is supported: stored or
 * deflated entries, no zip64, no encryption. The parts come back inflated, for core.xml.
 */
import { inflateRawSync } from 'node:zlib';

/** Uncompressed bytes of all entries together; a long report with photos stays well below. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** A docx has a few dozen parts; thousands are a bomb of tiny entries. */
export const MAX_ENTRIES = 2000;

export type Unzipped = { ok: true; entries: Map<string, Buffer> } | { ok: false; reason: string };

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;

const damaged = (what: string): { ok: false; reason: string } => ({ ok: false, reason: `not a readable .docx: the zip archive is damaged or cut short (${what})` });
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

function findEnd(buf: Buffer): number {
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - END_SEARCH); at--) if (buf.readUInt32LE(at) === END_SIGNATURE) return at;
  return -1;
}

/** Where a zip's central directory is (from its end record), or why it cannot be read. */
function directoryOf(buf: Buffer): { count: number; dirStart: number; end: number } | { ok: false; reason: string } {
  const end = findEnd(buf);
  if (end === -1) return damaged('no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  const dirStart = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirStart === 0xffffffff) return { ok: false, reason: 'zip64 archive: larger than any .docx read here' };
  if (count > MAX_ENTRIES) return { ok: false, reason: `zip archive of ${count} entries (more than ${MAX_ENTRIES}): not read, a possible zip bomb` };
  if (dirStart + dirSize > end) return damaged('central directory out of bounds');
  return { count, dirStart, end };
}

/** The entry of the central directory at `at`, if one starts there (before `end`). */
function entryAt(buf: Buffer, at: number, end: number): { name: string; flags: number; method: number; packedSize: number; size: number; local: number; next: number } | null {
  if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
  const nameLength = buf.readUInt16LE(at + 28);
  return {
    flags: buf.readUInt16LE(at + 8),
    method: buf.readUInt16LE(at + 10),
    packedSize: buf.readUInt32LE(at + 20),
    size: buf.readUInt32LE(at + 24),
    local: buf.readUInt32LE(at + 42),
    name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    next: at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32),
  };
}

/** A zip's first bytes (a local file header). */
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The names of a zip's entries, from its central directory alone (nothing is inflated), or null
 * if the bytes are not a zip read here: for recognising a Word file without its extension.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directoryOf(buf);
  if ('ok' in dir) return null;
  const names: string[] = [];
  for (let at = dir.dirStart, i = 0; i < dir.count; i++) {
    const entry = entryAt(buf, at, dir.end);
    if (!entry) return null;
    names.push(entry.name);
    at = entry.next;
  }
  return names;
}

export function unzip(bytes: Uint8Array, maxBytes = MAX_UNZIPPED_BYTES): Unzipped {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directoryOf(buf);
  if ('ok' in dir) return dir;
  const { count, dirStart, end } = dir;
  const entries = new Map<string, Buffer>();
  let declared = 0;
  let inflated = 0;
  for (let at = dirStart, i = 0; i < count; i++) {
    const entry = entryAt(buf, at, end);
    if (!entry) return damaged(`entry ${i + 1} of ${count}`);
    const { flags, method, packedSize, size, local, name } = entry;
    at = entry.next;
    if (flags & 1) return { ok: false, reason: 'password-protected (encrypted zip entries): not read' };
    declared += size;
    if (declared > maxBytes) return { ok: false, reason: `unpacks to more than ${mb(maxBytes)} (declared by the zip): not read, a possible zip bomb` };
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_SIGNATURE) return damaged(`entry "${name}"`);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + packedSize > buf.length) return damaged(`entry "${name}"`);
    const packed = buf.subarray(dataStart, dataStart + packedSize);
    let data: Buffer;
    if (method === 0) data = packed;
    else if (method === 8) {
      try {
        // One byte over what is left of the budget proves the budget is exceeded without inflating further.
        data = inflateRawSync(packed, { maxOutputLength: maxBytes - inflated + 1 });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: `unpacks to more than ${mb(maxBytes)}: not read, a possible zip bomb` };
        return damaged(`entry "${name}" does not inflate`);
      }
    } else return { ok: false, reason: `zip entry "${name}" uses compression method ${method}, which Word does not write` };
    inflated += data.length;
    if (inflated > maxBytes) return { ok: false, reason: `unpacks to more than ${mb(maxBytes)}: not read, a possible zip bomb` };
    entries.set(name, data);
  }
  return { ok: true, entries };
}
