/**
 * Text search over many events: which events contain every word of a query. Built once per set of
 * events shown (and per chunk, for a set joined from chunks), matched at each keystroke.
 */
import type { EventRecord } from './dataset.ts';
import { eventSearchText, type SearchTextOf } from './filter.ts';
import { FNV_OFFSET, FNV_PRIME, Vocabulary } from './vocabulary.ts';

/** What matches a query over a list of events. */
export interface TextMatcher {
  readonly size: number;
  /** Per event, 1 when its text contains every word (words as queryWords gives them). */
  matching(words: readonly string[]): Uint8Array;
}

/**
 * Whether a UTF-16 code unit is white space as `\s` reads it (queryWords splits the query on
 * the same): ECMAScript's white space and line terminators, spelled out so the index's loop over
 * every character of every text makes no call.
 */
export function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Which events hold which words: every event's search text cut at white space into words
 * (numbered by a vocabulary, which may be shared with other indexes), and per word the events that
 * hold it. A query word contains no white space, so it occurs in a text exactly when it occurs in
 * one of its words: matching finds the words that contain it (vocabulary.ts), then their events.
 * Same answers as looking for each word in each text, without reading the texts at each keystroke.
 */
export class TextIndex implements TextMatcher {
  readonly size: number;
  /** The numbers of the words the events hold, ascending. */
  private readonly words: Uint32Array;
  /** Per word (as ordered in `words`), where its events start in `events`; one more at the end. */
  private readonly starts: Uint32Array;
  /** The events holding each word, ascending per word. */
  private readonly events: Uint32Array;

  constructor(
    events: readonly EventRecord[],
    searchTextOf: SearchTextOf = eventSearchText,
    private readonly vocabulary = new Vocabulary(),
  ) {
    this.size = events.length;
    // (event, word) pairs, each once, in event order: [event, word, event, word, …].
    let pairs: Uint32Array = new Uint32Array(4096);
    let count = 0;
    // Per word number, the last event that held it (-1: none yet), then the word's place in `words`.
    let seen: Int32Array = new Int32Array(Math.max(1024, vocabulary.size * 2)).fill(-1);
    const distinct: number[] = [];
    for (let i = 0; i < events.length; i++) {
      const text = searchTextOf(events[i]!);
      for (let k = 0; k < text.length; ) {
        while (k < text.length && isSpaceUnit(text.charCodeAt(k))) k++;
        if (k === text.length) break;
        // The word's hash as it is read (vocabulary.ts's hashOf): no string made for a known word.
        const from = k;
        let hash = FNV_OFFSET;
        for (let c = text.charCodeAt(k); k < text.length && !isSpaceUnit(c); c = text.charCodeAt(++k)) hash = Math.imul(hash ^ c, FNV_PRIME);
        const id = vocabulary.idOfRange(text, from, k, hash >>> 0);
        if (id >= seen.length) seen = grown(seen, id);
        const last = seen[id]!;
        if (last === i) continue;
        if (last < 0) distinct.push(id);
        seen[id] = i;
        if (2 * count + 2 > pairs.length) pairs = doubled(pairs);
        pairs[2 * count] = i;
        pairs[2 * count + 1] = id;
        count++;
      }
    }
    // The words in ascending order, then each one's events (a counting sort by word).
    this.words = Uint32Array.from(distinct.sort((a, b) => a - b));
    for (let j = 0; j < this.words.length; j++) seen[this.words[j]!] = j;
    this.starts = new Uint32Array(this.words.length + 1);
    for (let p = 0; p < count; p++) this.starts[seen[pairs[2 * p + 1]!]! + 1]!++;
    for (let j = 0; j < this.words.length; j++) this.starts[j + 1]! += this.starts[j]!;
    this.events = new Uint32Array(count);
    const next = this.starts.slice(0, this.words.length);
    for (let p = 0; p < count; p++) this.events[next[seen[pairs[2 * p + 1]!]!]!++] = pairs[2 * p]!;
  }

  /** Per event, 1 when its text contains every word (words as queryWords gives them). */
  matching(words: readonly string[]): Uint8Array {
    const hits = new Uint8Array(this.size);
    if (words.length === 0) return hits.fill(1);
    for (let k = 0; k < words.length; k++) {
      const seen = new Uint8Array(this.size);
      this.mark(words[k]!, seen);
      for (let i = 0; i < this.size; i++) hits[i] = k === 0 ? seen[i]! : hits[i]! & seen[i]!;
    }
    return hits;
  }

  /** Sets `seen` for the events that hold a word containing `piece`. */
  private mark(piece: string, seen: Uint8Array): void {
    if (piece === '') return void seen.fill(1);
    const ids = this.vocabulary.containing(piece);
    const { words, starts, events } = this;
    const markWord = (j: number): void => {
      for (let p = starts[j]!; p < starts[j + 1]!; p++) seen[events[p]!] = 1;
    };
    // Few words contain a long piece: look each up. A short one ("t") is in most: walk both lists.
    if (ids.length * Math.log2(words.length + 1) < ids.length + words.length) {
      for (const id of ids) {
        const j = lowerBound(words, id);
        if (j < words.length && words[j] === id) markWord(j);
      }
    } else {
      for (let a = 0, j = 0; a < ids.length && j < words.length; ) {
        if (ids[a]! < words[j]!) a++;
        else if (ids[a]! > words[j]!) j++;
        else {
          markWord(j++);
          a++;
        }
      }
    }
  }
}

/** An array that holds index `id`, the old values kept, the new ones -1. */
function grown(values: Int32Array, id: number): Int32Array {
  const out = new Int32Array(Math.max(id + 1, values.length * 2)).fill(-1);
  out.set(values);
  return out;
}

function doubled(values: Uint32Array): Uint32Array {
  const out = new Uint32Array(values.length * 2);
  out.set(values);
  return out;
}

/** The first index of `sorted` whose value is ≥ `value`. */
function lowerBound(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of events joined from several lists (the loaded chunks, one after the other), from
 * each list's own index: a chunk's text is indexed once, when it arrives, not again with all the
 * others at each chunk that follows.
 */
export class JoinedTextIndex implements TextMatcher {
  readonly size: number;

  constructor(private readonly parts: readonly TextMatcher[]) {
    this.size = parts.reduce((n, p) => n + p.size, 0);
  }

  matching(words: readonly string[]): Uint8Array {
    const hits = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      hits.set(part.matching(words), at);
      at += part.size;
    }
    return hits;
  }
}
