/**
 * What each report of an event says of its date (model/provenance.ts reportedDates): a sentence
 * when the reports that date it agree, and when they do not, a table of each report's date with
 * the one chosen marked. Shown for events with several reports.
 */
import type { EventRecord, SourceRecord } from '../model/dataset.ts';
import { describeInterval } from '../model/edtf.ts';
import { dayText, eventDateText } from '../model/labels.ts';
import { agreementText, reportedDates } from '../model/provenance.ts';
import { selectArticlesById } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

export function ReportedDates({
  event,
  sources,
}: {
  event: EventRecord;
  sources: readonly SourceRecord[];
}) {
  const articlesById = useDateline(selectArticlesById);
  if (sources.length < 2) return null;
  const { dates, agree, dated, coarser } = reportedDates(event, sources);
  if (dated === 0) return null;
  const when = eventDateText(event);
  if (agree) return <p className="reported-dates">{agreementText(sources.length, dated, coarser, when)}</p>;
  return (
    <table className="reported-dates">
      <caption>The reports disagree on the date; the one chosen: {when}</caption>
      <thead>
        <tr>
          <th scope="col">Report</th>
          <th scope="col">Published</th>
          <th scope="col">Date it gives</th>
        </tr>
      </thead>
      <tbody>
        {dates.map(({ source, interval, chosen }, i) => {
          const article = articlesById.get(source.article);
          return (
            <tr
              key={`${source.article}:${source.start}:${i}`}
              className={chosen ? 'is-chosen' : undefined}
            >
              <td>
                <bdi>{article?.title ?? source.article}</bdi>
              </td>
              <td>{article ? dayText(article.published) : '–'}</td>
              <td>
                {interval && source.timex ? (
                  <>
                    “<bdi>{source.timex.text}</bdi>”: {describeInterval(interval)}
                    {chosen && <strong> (chosen)</strong>}
                  </>
                ) : (
                  'no date in the sentence'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
