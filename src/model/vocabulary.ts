/**
 * The distinct words of the loaded events' search texts, numbered, and which of them contain a
 * piece of text. A query word is looked for in the words, not in the texts: a hundred thousand
 * events hold about a million words but a hundred thousand distinct ones, so a search reads a
 * twentieth of the characters. One vocabulary serves every chunk's index (text-index.ts), so a
 * word that many chunks use is read once. Words are never removed: a chunk unloaded and loaded
 * again finds its words numbered as before, and the vocabulary grows only with new words.
 */

import { bisectRight } from 'd3-array';
import { grown } from '../lib/grow.ts';

/** Between the words of a segment: a piece holding it finds nothing (it would match across words). */
export const WORD_SEPARATOR = '\u0000';

/** Words numbered since the last search, sealed into one string at the next (few: one per chunk that arrived). */
interface Segment {
  /** The words joined by WORD_SEPARATOR. */
  text: string;
  /** Where each word starts in `text`. */
  starts: Uint32Array;
  /** The number of the first word. */
  firstId: number;
}

/** The words that contain a piece, as far as the segments read so far go. */
interface Found {
  ids: number[];
  segmentsRead: number;
}

/**
 * Word numbers kept with the pieces asked for (a search asks every chunk's index the same
 * question): past this many the answers are dropped, so pieces of one letter, each found in most
 * words, cannot pile up.
 */
const MAX_KEPT_IDS = 1 << 20;

export const FNV_PRIME = 0x01000193;

/** FNV-1a from `seed` over the code units of `text` from `from` to `to`: how a word is looked up. */
function hashOf(text: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}

export class Vocabulary {
  /**
   * Where each word's hash starts, drawn per vocabulary: words an article was written to collide
   * under a known hash would make every look-up walk them all (quadratic). Only the table's layout
   * depends on it, never a word's number nor an answer.
   */
  readonly hashSeed = (Math.random() * 2 ** 32) >>> 0;
  private readonly words: string[] = [];
  /** Each word's hash, by number (to grow the table). */
  private hashes = new Uint32Array(1024);
  /**
   * Open addressing from a word's hash to its number (-1: empty): a word is looked up where it
   * lies in an event's text, without a string made for it unless it is new (a million look-ups
   * for a hundred thousand events, most of them words seen before).
   */
  private table = new Int32Array(4096).fill(-1);
  private readonly segments: Segment[] = [];
  private unsealed: string[] = [];
  private readonly found = new Map<string, Found>();
  private keptIds = 0;

  /** `maxKeptIds`: word numbers kept with the pieces asked for before they are dropped. */
  constructor(private readonly maxKeptIds = MAX_KEPT_IDS) {}

  get size(): number {
    return this.words.length;
  }

  /** The number of `word` (a run of text without white space), numbering it if new. */
  idOf(word: string): number {
    return this.idOfRange(word, 0, word.length, hashOf(word, 0, word.length, this.hashSeed));
  }

  /** idOf for the word from `from` to `to` in `text`, whose hashOf (from hashSeed) is `hash`. */
  idOfRange(text: string, from: number, to: number, hash: number): number {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    for (let id = this.table[slot]!; id >= 0; id = this.table[slot]!) {
      const word = this.words[id]!;
      if (this.hashes[id] === hash && word.length === to - from && text.startsWith(word, from)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    const word = text.slice(from, to);
    this.words.push(word);
    this.unsealed.push(word);
    if (id >= this.hashes.length) this.hashes = grown(this.hashes, id + 1);
    this.hashes[id] = hash;
    this.table[slot] = id;
    if (this.words.length * 2 > this.table.length) this.rehash();
    return id;
  }

  /** A table twice the size, every word placed again (kept at most half full: short probes). */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
  }

  /**
   * The numbers of the words that contain `piece`, ascending. A piece asked for again reads only
   * the words numbered since.
   */
  containing(piece: string): readonly number[] {
    this.seal();
    let found = this.found.get(piece);
    if (!found) {
      found = { ids: [], segmentsRead: 0 };
      this.found.set(piece, found);
    }
    const before = found.ids.length;
    for (; found.segmentsRead < this.segments.length; found.segmentsRead++) {
      if (piece.includes(WORD_SEPARATOR)) continue;
      findIn(this.segments[found.segmentsRead]!, piece, found.ids);
    }
    this.keptIds += found.ids.length - before;
    if (this.keptIds > this.maxKeptIds) {
      this.found.clear();
      this.keptIds = 0;
    }
    return found.ids;
  }

  /** Joins the words numbered since the last search into one string to look in: done at a search, or ahead of it at idle. */
  seal(): void {
    if (this.unsealed.length === 0) return;
    const starts = new Uint32Array(this.unsealed.length);
    let at = 0;
    for (let k = 0; k < this.unsealed.length; k++) {
      starts[k] = at;
      at += this.unsealed[k]!.length + 1;
    }
    this.segments.push({ text: this.unsealed.join(WORD_SEPARATOR), starts, firstId: this.words.length - this.unsealed.length });
    this.unsealed = [];
  }
}

/** Appends to `out` the numbers of the segment's words that contain `piece`, ascending. */
function findIn(segment: Segment, piece: string, out: number[]): void {
  const { text, starts, firstId } = segment;
  for (let at = text.indexOf(piece); at >= 0; ) {
    // The word whose text holds `at`: the last one starting at or before it.
    const k = bisectRight(starts, at) - 1;
    out.push(firstId + k);
    // On to the next word: one hit per word is enough.
    if (k + 1 >= starts.length) break;
    at = text.indexOf(piece, starts[k + 1]!);
  }
}
