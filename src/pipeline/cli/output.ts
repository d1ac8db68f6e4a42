/** The CLI's public output shapes (see README, "Command line"): events and annotations. */
import type { Dataset } from '../../model/dataset.ts';
import { eventsToCsv } from '../../model/export.ts';
import { mentionExtents } from '../actors/extent.ts';
import type { ArticleAnalysis } from '../analyse.ts';

export function eventsForCli(dataset: Dataset): object[] {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  return dataset.events.map((e) => ({
    id: e.id,
    date: e.date,
    start: e.start,
    end: e.end,
    precision: e.precision,
    title: e.title,
    type: e.type,
    future: e.future,
    dateBasis: e.dateBasis,
    modality: e.modality,
    importance: e.importance ?? null,
    actors: e.actors.map((id) => ({
      id,
      name: actors.get(id)?.name ?? id,
      kind: actors.get(id)?.kind ?? 'group',
    })),
    sources: e.sources.map((s) => ({
      article: articles.get(s.article)?.path ?? s.article,
      published: articles.get(s.article)?.published ?? null,
      sentence: s.sentence,
      start: s.start,
      end: s.end,
      timex: s.timex?.text ?? null,
      origin: s.origin ?? null,
    })),
  }));
}

export function annotationForCli(a: ArticleAnalysis): object {
  // The noun phrase each name heads, as ACE and MEANTIME annotate mentions ("U.S. President Barack Obama").
  const extents = mentionExtents(a.body, a.mentions);
  return {
    article: a.article.path,
    published: a.article.published,
    timexes: a.timexes.map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      type: t.type,
      value: t.value,
    })),
    actors: a.mentions.map((m, i) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      actor: m.actor,
      kind: m.kind,
      extent: extents[i] ?? { start: m.start, end: m.end },
    })),
  };
}

/**
 * `--format csv`: the app's CSV export (model/export.ts), so that a file made by the command line
 * and one downloaded from the app have the same columns and the same safety rules.
 */
export function datasetToCsv(dataset: Dataset): string {
  return eventsToCsv(dataset.events, {
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    articlesById: new Map(dataset.articles.map((a) => [a.id, a])),
  });
}
