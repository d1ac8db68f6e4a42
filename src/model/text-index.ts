/**
 * Text search over many events: which events contain every word of a query. Built once per set of
 * events shown (and per chunk, for a set joined from chunks), matched at each keystroke.
 */
import type { EventRecord } from './dataset.ts';
import { eventSearchText, type SearchTextOf } from './filter.ts';
import { bisectLeft } from 'd3-array';
import { grown } from '../lib/grow.ts';
import { FNV_PRIME, Vocabulary } from './vocabulary.ts';

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

/** Per word, the events that hold it (a TextIndex's arrays). */
interface Postings {
  /** The numbers of the words the events hold, ascending. */
  words: Uint32Array;
  /** Per word (as ordered in `words`), where its events start in `events`; one more at the end. */
  starts: Uint32Array;
  /** The events holding each word, ascending per word. */
  events: Uint32Array;
}

/**
 * A text index made a few events at a time: `add` reads the next events' words (idle time can
 * take a chunk of 20,000 events in slices of a few milliseconds), `index` reads the rest and sorts.
 */
export class TextIndexBuilder {
  /** (event, word) pairs, each once, in event order: [event, word, event, word, …]. */
  private pairs: Uint32Array = new Uint32Array(4096);
  private count = 0;
  /** Per word number, the last event that held it (-1: none yet), then the word's place in the index. */
  private seen: Int32Array;
  private readonly distinct: number[] = [];
  private added = 0;

  constructor(
    private readonly events: readonly EventRecord[],
    private readonly searchTextOf: SearchTextOf = eventSearchText,
    private readonly vocabulary = new Vocabulary(),
  ) {
    this.seen = new Int32Array(Math.max(1024, vocabulary.size * 2)).fill(-1);
  }

  /** Whether every event has been read. */
  get done(): boolean {
    return this.added === this.events.length;
  }

  /** Reads the words of the next `count` events (by default all that are left). */
  add(count = this.events.length): void {
    const { events, searchTextOf, vocabulary, distinct } = this;
    for (const end = Math.min(events.length, this.added + count); this.added < end; this.added++) {
      const i = this.added;
      const text = searchTextOf(events[i]!);
      for (let k = 0; k < text.length; ) {
        while (k < text.length && isSpaceUnit(text.charCodeAt(k))) k++;
        if (k === text.length) break;
        // The word's hash as it is read (vocabulary.ts's hashOf): no string made for a known word.
        const from = k;
        let hash = vocabulary.hashSeed;
        for (let c = text.charCodeAt(k); k < text.length && !isSpaceUnit(c); c = text.charCodeAt(++k)) hash = Math.imul(hash ^ c, FNV_PRIME);
        const id = vocabulary.idOfRange(text, from, k, hash >>> 0);
        if (id >= this.seen.length) this.seen = grown(this.seen, id + 1, -1);
        const last = this.seen[id]!;
        if (last === i) continue;
        if (last < 0) distinct.push(id);
        this.seen[id] = i;
        if (2 * this.count + 2 > this.pairs.length) this.pairs = grown(this.pairs, 2 * this.count + 2);
        this.pairs[2 * this.count] = i;
        this.pairs[2 * this.count + 1] = id;
        this.count++;
      }
    }
  }

  /** The index of every event (those not read yet are read first). */
  index(): TextIndex {
    this.add();
    const { pairs, count, seen } = this;
    // The words in ascending order, then each one's events (a counting sort by word).
    const words = Uint32Array.from(this.distinct.sort((a, b) => a - b));
    for (let j = 0; j < words.length; j++) seen[words[j]!] = j;
    const starts = new Uint32Array(words.length + 1);
    for (let p = 0; p < count; p++) starts[seen[pairs[2 * p + 1]!]! + 1]!++;
    for (let j = 0; j < words.length; j++) starts[j + 1]! += starts[j]!;
    const events = new Uint32Array(count);
    const next = starts.slice(0, words.length);
    for (let p = 0; p < count; p++) events[next[seen[pairs[2 * p + 1]!]!]!++] = pairs[2 * p]!;
    return new TextIndex(this.events.length, this.vocabulary, { words, starts, events });
  }
}

/** The text index of `events` at once (TextIndexBuilder for one made in slices). */
export function indexTexts(events: readonly EventRecord[], searchTextOf: SearchTextOf = eventSearchText, vocabulary = new Vocabulary()): TextIndex {
  return new TextIndexBuilder(events, searchTextOf, vocabulary).index();
}

/**
 * Which events hold which words: every event's search text cut at white space into words
 * (numbered by a vocabulary, which may be shared with other indexes), and per word the events that
 * hold it. A query word contains no white space, so it occurs in a text exactly when it occurs in
 * one of its words: matching finds the words that contain it (vocabulary.ts), then their events.
 * Same answers as looking for each word in each text, without reading the texts at each keystroke.
 * Made by TextIndexBuilder (or indexTexts).
 */
export class TextIndex implements TextMatcher {
  private readonly words: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly events: Uint32Array;

  constructor(
    readonly size: number,
    private readonly vocabulary: Vocabulary,
    { words, starts, events }: Postings,
  ) {
    this.words = words;
    this.starts = starts;
    this.events = events;
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
        const j = bisectLeft(words, id);
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
