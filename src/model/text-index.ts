/**
 * Text search over many events: which events contain every word of a query. Built once per set of
 * events shown (and per chunk, for a set joined from chunks), matched at each keystroke.
 */
import type { EventRecord } from './dataset.ts';
import { eventSearchText, type SearchTextOf } from './filter.ts';

/** What matches a query over a list of events. */
export interface TextMatcher {
  readonly size: number;
  /** Per event, 1 when its text contains every word (words as queryWords gives them). */
  matching(words: readonly string[]): Uint8Array;
}

const SEPARATOR = '\u0000';

/**
 * The search text of many events at once, for fast matching: one folded string with every event's
 * text, separated by a character no query word contains, and where each event's part starts. A
 * word is then found with `indexOf` over the whole string (fast, however many events) instead of
 * once per event; each hit is mapped back to its event by a binary search.
 */
export class TextIndex implements TextMatcher {
  private readonly text: string;
  private readonly starts: Uint32Array;
  readonly size: number;

  constructor(events: readonly EventRecord[], searchTextOf: SearchTextOf = eventSearchText) {
    this.size = events.length;
    const parts: string[] = new Array<string>(events.length);
    this.starts = new Uint32Array(events.length);
    let offset = 0;
    for (let i = 0; i < events.length; i++) {
      const part = searchTextOf(events[i]!);
      parts[i] = part;
      this.starts[i] = offset;
      offset += part.length + 1;
    }
    this.text = parts.join(SEPARATOR);
  }

  /** Per event, 1 when its text contains every word (words as queryWords gives them). */
  matching(words: readonly string[]): Uint8Array {
    const hits = new Uint8Array(this.size);
    if (words.length === 0) return hits.fill(1);
    if (words.some((w) => w.includes(SEPARATOR))) return hits;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      const seen = new Uint8Array(this.size);
      for (let at = this.text.indexOf(word); at >= 0;) {
        const i = this.eventAt(at);
        seen[i] = 1;
        // On to the next event: one hit per event is enough.
        const next = i + 1 < this.size ? this.starts[i + 1]! : this.text.length;
        at = this.text.indexOf(word, next);
      }
      for (let i = 0; i < this.size; i++) hits[i] = k === 0 ? seen[i]! : hits[i]! & seen[i]!;
    }
    return hits;
  }

  private eventAt(offset: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
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
