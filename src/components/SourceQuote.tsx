/**
 * One source of an event: the sentence with its date expression, actor mentions and event word
 * (trigger) highlighted, and the article it comes from. Everything is rendered as React text,
 * never as HTML, because sentences and headlines are untrusted input.
 */
import { safeHttpUrl } from '../lib/safe-url.ts';
import { segmentText, type Mark } from '../lib/segments.ts';
import type { ActorRecord, ArticleRecord, SourceRecord } from '../model/dataset.ts';
import { dayText } from '../model/labels.ts';
import { dateSourceText, isGuessedDate } from './date-source.ts';
import { sourcePlace } from './source-place.ts';

/** What a highlighted span is: the date expression, the event word, or a mention of an actor (id). */
type Highlight = { kind: 'date' } | { kind: 'trigger' } | { kind: 'actor'; actor: string };

function highlightsOf(source: SourceRecord): Mark<Highlight>[] {
  const marks: Mark<Highlight>[] = source.mentions.map((m) =>
    m.actor === null
      ? { start: m.start, end: m.end, data: { kind: 'date' } }
      : { start: m.start, end: m.end, data: { kind: 'actor', actor: m.actor } },
  );
  if (source.timex)
    marks.push({ start: source.timex.start, end: source.timex.end, data: { kind: 'date' } });
  if (source.trigger)
    marks.push({ start: source.trigger.start, end: source.trigger.end, data: { kind: 'trigger' } });
  return marks;
}

interface Props {
  source: SourceRecord;
  article: ArticleRecord | undefined;
  actorsById: ReadonlyMap<string, ActorRecord>;
}

export function SourceQuote({ source, article, actorsById }: Props) {
  const segments = segmentText(source.sentence, highlightsOf(source));
  const href = safeHttpUrl(article?.url);

  return (
    <figure className="source">
      <blockquote>
        <p dir="auto">
          {segments.map((seg, i) => {
            const h = seg.mark?.data;
            if (!h) return seg.text;
            if (h.kind === 'date') {
              return (
                <mark key={i} className="mark-date" title="Date expression">
                  {seg.text}
                </mark>
              );
            }
            if (h.kind === 'trigger') {
              return (
                <mark key={i} className="mark-trigger" title="Event word">
                  {seg.text}
                </mark>
              );
            }
            return (
              <mark key={i} className="mark-actor" title={actorsById.get(h.actor)?.name ?? h.actor}>
                {seg.text}
              </mark>
            );
          })}
        </p>
      </blockquote>
      <figcaption>
        {article ? (
          <>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" className="headline">
                <bdi>{article.title}</bdi>
              </a>
            ) : (
              <cite className="headline">
                <bdi>{article.title}</bdi>
              </cite>
            )}
            <span className="source-meta">
              {article.outlet && (
                <span>
                  <bdi>{article.outlet}</bdi>,{' '}
                </span>
              )}
              <time dateTime={article.published}>{dayText(article.published)}</time>
              {dateSourceText(article.publishedFrom) && (
                <span
                  className="date-source"
                  {...(isGuessedDate(article.publishedFrom)
                    ? { title: 'The article’s text gives no publication date: this one is a guess' }
                    : {})}
                >
                  {' '}
                  {dateSourceText(article.publishedFrom)}
                </span>
              )}
            </span>
            <span className="source-file" title="Where this sentence is in the input files">
              <bdi>{sourcePlace(article.path, source.origin)}</bdi>
            </span>
          </>
        ) : (
          <span className="source-meta">Unknown article ({source.article})</span>
        )}
      </figcaption>
    </figure>
  );
}
