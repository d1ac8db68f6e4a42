/**
 * What the chunk loader's commit made its arrays from (chunk-loader.ts), so that selectors can
 * derive per chunk and join, instead of reading every loaded event again each time a chunk
 * arrives: the loaded events are the chunks' event arrays one after the other (each chunk's array
 * is the same object while it stays loaded), and the articles come with the index by id the
 * loader built while removing duplicates. Weak maps: a set no longer shown is forgotten with it.
 */
import type { ArticleRecord, EventRecord } from '../model/dataset.ts';

const eventParts = new WeakMap<readonly EventRecord[], readonly EventRecord[][]>();
const articleIndexes = new WeakMap<readonly ArticleRecord[], ReadonlyMap<string, ArticleRecord>>();

/** The events of `parts` one after the other, remembered as made of them. */
export function joinEvents(parts: EventRecord[][]): EventRecord[] {
  const events = ([] as EventRecord[]).concat(...parts);
  eventParts.set(events, parts);
  return events;
}

/** The arrays `events` was joined from (joinEvents), if it was. */
export function partsOf(events: readonly EventRecord[]): readonly EventRecord[][] | undefined {
  return eventParts.get(events);
}

/** The articles of an index by id (unique ids), remembered with it. */
export function articlesOf(byId: ReadonlyMap<string, ArticleRecord>): ArticleRecord[] {
  const articles = [...byId.values()];
  articleIndexes.set(articles, byId);
  return articles;
}

/** The index by id `articles` was made from (articlesOf), if it was. */
export function indexOfArticles(articles: readonly ArticleRecord[]): ReadonlyMap<string, ArticleRecord> | undefined {
  return articleIndexes.get(articles);
}
