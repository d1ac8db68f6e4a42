/** Reading the training sets: one token per line with its tag, sentences split by blank lines. */
import { tagsToSpans, type NameType, type TokenSpan } from '../../src/pipeline/ner/bilou.ts';
import type { NerSource } from './sources.ts';

export interface Sentence {
  words: string[];
  spans: TokenSpan[];
}

/** The sentences of one source file, tags mapped onto our types (unknown types → O). */
export function readColumns(text: string, source: NerSource): Sentence[] {
  const out: Sentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let keep = !source.sentIdPrefix;
  const flush = (): void => {
    if (words.length && keep) out.push({ words, spans: tagsToSpans(tags) });
    words = [];
    tags = [];
    keep = !source.sentIdPrefix;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.startsWith('#')) {
      const id = /^# sent_id = (\S+)/.exec(line);
      if (id && source.sentIdPrefix) keep = id[1]!.startsWith(source.sentIdPrefix);
      continue;
    }
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = line.split(/\t| /);
    const word = cols[source.columns[0]]?.trim() ?? '';
    const tag = cols[source.columns[1]]?.trim() ?? 'O';
    if (!word) continue; // the Broad Twitter Corpus has a few empty tokens
    words.push(word);
    tags.push(mapTag(tag, source.types));
  }
  flush();
  return out;
}

function mapTag(tag: string, types: Record<string, NameType>): string {
  const m = /^([BIELSU])-(.+)$/.exec(tag);
  if (!m) return 'O';
  const type = types[m[2]!];
  if (!type) return 'O';
  // BIOES/BILOU prefixes keep their meaning for tagsToSpans through B/I/L/U.
  const prefix = m[1] === 'E' ? 'L' : m[1] === 'S' ? 'U' : m[1]!;
  return `${prefix}-${type}`;
}
