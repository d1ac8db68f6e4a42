/**
 * The sample corpus (data/articles/) is the product's first impression (issue 20):
 * - every sample article, and every record of its .json / .jsonl files, has at least one public
 *   source recorded in data/articles/SOURCES.md (title, publisher, date, address);
 * - no article reports in the past tense an event dated after its own publication: such an event
 *   is either a wrong header date or fact in the article (a corpus error, fixed in the article) or a
 *   wrong date from the pipeline (a pipeline error, allowed below by event id with the reason).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord, SourceRecord } from '../src/model/dataset.ts';
import { buildDataset } from '../src/pipeline/build.ts';
import { isFolderNote } from '../src/pipeline/read/walk.ts';
import { makeDoc, type Token } from '../src/pipeline/text/doc.ts';

const DIR = 'data/articles';
const SOURCES = join(DIR, 'SOURCES.md');

/**
 * Pipeline errors: events a sample article reports in the past tense that the pipeline dates after
 * the article's publication although the article has the right date. Each id with its reason;
 * a corpus error is never listed here, it is fixed in the article.
 */
const PIPELINE_ERRORS: Record<string, string> = {
  // a-feed-2013.jsonl#2 (2013-06-29) "Diplomats said the first formal session … would take place
  // early next year.": the reporting verb "said" (29 June 2013) takes the date of what it reports.
  eXQtRepQCiwu: 'reporting verb "said" dated by the reported future clause ("early next year")',
};

/** The articles of the sample: one per .txt / .md file, one per record of a .json / .jsonl file. */
function sampleArticles(): { file: string; titles: string[] }[] {
  return readdirSync(DIR)
    .filter((name) => !name.startsWith('.') && !isFolderNote(name))
    .sort()
    .map((file) => {
      const text = readFileSync(join(DIR, file), 'utf8');
      if (extname(file) === '.json') {
        const value = JSON.parse(text) as unknown;
        const records = (Array.isArray(value) ? value : (value as { articles?: unknown[] }).articles ?? [value]) as { title: string }[];
        return { file, titles: records.map((r) => r.title) };
      }
      if (extname(file) === '.jsonl') {
        const records = text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as { title: string });
        return { file, titles: records.map((r) => r.title) };
      }
      return { file, titles: [] };
    });
}

/**
 * SOURCES.md: `## <file name>`, then for a .json / .jsonl file `### <record title>`, then the
 * references as list items. Returns the list items under each file, and under each record.
 */
function recordedSources(): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  let file: string | null = null;
  let key: string | null = null;
  for (const line of readFileSync(SOURCES, 'utf8').split('\n')) {
    const h2 = /^## (.+?)\s*$/.exec(line);
    const h3 = /^### (.+?)\s*$/.exec(line);
    if (h2) {
      file = h2[1]!;
      key = file;
    } else if (h3 && file) key = `${file} / ${h3[1]!}`;
    else if (key && line.startsWith('- ')) byKey.set(key, [...(byKey.get(key) ?? []), line]);
  }
  return byKey;
}

/** A reference names a title, a publisher and a date, and gives an http(s) address. */
const REFERENCE = /^- .+, .+, .*\b(19|20)\d\d\b.*<?https?:\/\/[^\s>]+>?\.?$/;

describe('data/articles/SOURCES.md', () => {
  const articles = sampleArticles();
  const sources = recordedSources();

  it('lists every sample article, and every record of a .json / .jsonl file by its title', () => {
    expect(articles.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const { file, titles } of articles) {
      const keys = titles.length ? titles.map((t) => `${file} / ${t}`) : [file];
      for (const key of keys) if (!(sources.get(key)?.length)) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it('names no file or record that is not in the sample', () => {
    const known = new Set(articles.flatMap(({ file, titles }) => [file, ...titles.map((t) => `${file} / ${t}`)]));
    expect([...sources.keys()].filter((k) => !known.has(k))).toEqual([]);
  });

  it('gives each reference as title, publisher, date and address', () => {
    const malformed = [...sources.values()].flat().filter((line) => !REFERENCE.test(line));
    expect(malformed).toEqual([]);
  });
});

const AUXILIARY_BEFORE = new Set(['was', 'were', 'had', 'has', 'have', 'been', "'s"]);
const NOT_PAST = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'be', 'is', 'are', 'am', 'being']);

/**
 * Whether the trigger is a verb in the past tense: a past form ("signed", "met", "took", not
 * the lemma, not -s or -ing) in a simple past or a perfect ("has signed", "had met", "was
 * signed"), not after a modal, "to" or a present or bare "be" ("will be held", "is expected").
 * A noun trigger ("talks") has no tense.
 */
function pastTenseTrigger(source: SourceRecord): boolean {
  const trigger = source.trigger;
  if (!trigger) return false;
  const doc = makeDoc(source.sentence);
  const at = doc.tokens.findIndex((t) => t.start === trigger.start);
  const token: Token | undefined = doc.tokens[at];
  if (!token || (token.pos !== 'VERB' && token.pos !== 'AUX')) return false;
  const form = token.lower;
  if (form === token.lemma || form.endsWith('ing') || form === `${token.lemma}s` || form === `${token.lemma}es`) return false;
  // The auxiliaries and adverbs right before it: a modal, "to" or a present or bare "be" there
  // makes it no past ("will be held", "is expected", "to be signed").
  for (let k = at - 1; k >= 0; k--) {
    const { lower: word, pos } = doc.tokens[k]!;
    if (NOT_PAST.has(word)) return false;
    if (!AUXILIARY_BEFORE.has(word) && pos !== 'ADV' && pos !== 'PART') break;
  }
  return true;
}

/** Events an article reports in the past tense with a first possible day after its publication. */
function pastEventsAfterPublication(events: EventRecord[], articles: ArticleRecord[]): { id: string; article: string; published: string; date: string; trigger: string; sentence: string }[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const found: { id: string; article: string; published: string; date: string; trigger: string; sentence: string }[] = [];
  for (const event of events) {
    for (const source of event.sources) {
      const article = byId.get(source.article)!;
      if (event.start > article.published && pastTenseTrigger(source)) {
        found.push({ id: event.id, article: article.path, published: article.published, date: event.date, trigger: source.trigger!.text, sentence: source.sentence });
      }
    }
  }
  return found;
}

describe('the sample corpus dates', () => {
  const { dataset, report } = buildDataset([DIR], { actorsFile: 'data/actors.json' });

  it('every sample article is used and yields events; nothing is rejected', () => {
    expect(report.rejected).toBe(0);
    expect(report.problems).toEqual([]);
    const withEvents = new Set(dataset.events.flatMap((e) => e.sources.map((s) => s.article)));
    expect(dataset.articles.filter((a) => !withEvents.has(a.id)).map((a) => a.path)).toEqual([]);
    const records = sampleArticles().reduce((n, a) => n + Math.max(1, a.titles.length), 0);
    expect(dataset.articles).toHaveLength(records);
  });

  it('the past-tense trigger test reads tense', () => {
    const source = (sentence: string, word: string): SourceRecord => {
      const start = sentence.indexOf(word);
      return { article: '', sentence, start: 0, end: sentence.length, timex: null, trigger: { start, end: start + word.length, text: word }, mentions: [] };
    };
    expect(pastTenseTrigger(source('Serbia expelled the ambassador on Friday.', 'expelled'))).toBe(true);
    expect(pastTenseTrigger(source('The two leaders met in Brussels.', 'met'))).toBe(true);
    expect(pastTenseTrigger(source('The deal was signed in Brussels.', 'signed'))).toBe(true);
    expect(pastTenseTrigger(source('The vote will be held on April 23.', 'held'))).toBe(false);
    expect(pastTenseTrigger(source('The leaders are expected to meet next month.', 'meet'))).toBe(false);
    expect(pastTenseTrigger(source('A decision is widely expected in 2010.', 'expected'))).toBe(false);
    expect(pastTenseTrigger(source('The talks had already been suspended.', 'suspended'))).toBe(true);
    expect(pastTenseTrigger(source('Kosovo says it wants talks.', 'says'))).toBe(false);
  });

  it('no article reports in the past tense an event dated after its publication (corpus errors)', () => {
    const found = pastEventsAfterPublication(dataset.events, dataset.articles);
    const corpusErrors = found.filter((f) => !(f.id in PIPELINE_ERRORS));
    expect(corpusErrors).toEqual([]);
    // An allowed pipeline error that is no longer found (fixed, or its event re-dated) is named so
    // that it can be removed from the list; it does not fail the test: the pipeline changes
    // independently of the corpus.
    const stale = Object.keys(PIPELINE_ERRORS).filter((id) => !found.some((f) => f.id === id));
    if (stale.length) console.warn(`sample-sources: allowed pipeline errors no longer found: ${stale.join(', ')}`);
  });
});
