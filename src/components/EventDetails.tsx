/** The side panel for the selected event: what, when, who, and every sentence reporting it. */
import { useEffect, useRef } from 'react';
import type { EventRecord } from '../model/dataset.ts';
import { EVENT_TYPE_LABELS, eventDateText } from '../model/labels.ts';
import { selectActorsById, selectArticlesById, selectSelection } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { SourceQuote } from './SourceQuote.tsx';

function Details({ event }: { event: EventRecord }) {
  const actorsById = useDateline(selectActorsById);
  const articlesById = useDateline(selectArticlesById);
  const showOnlyActor = useDateline((s) => s.showOnlyActor);
  const selectEvent = useDateline((s) => s.selectEvent);

  return (
    <>
      <h2 className="details-title">{event.title}</h2>
      <dl className="facts">
        <div>
          <dt>Date</dt>
          <dd>
            {eventDateText(event)}
            {event.future && ' (expected at the time of reporting)'}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{EVENT_TYPE_LABELS[event.type]}</dd>
        </div>
      </dl>

      {event.actors.length > 0 && (
        <>
          <h3>Actors</h3>
          <ul className="actor-chips">
            {event.actors.map((id) => {
              const name = actorsById.get(id)?.name ?? id;
              return (
                <li key={id}>
                  <button
                    type="button"
                    title={`Show only events involving ${name}`}
                    onClick={() => showOnlyActor(id)}
                  >
                    {name}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>{event.sources.length === 1 ? 'Source' : `Sources (${event.sources.length})`}</h3>
      <ol className="sources">
        {event.sources.map((source, i) => (
          <li key={`${source.article}:${source.start}:${i}`}>
            <SourceQuote
              source={source}
              article={articlesById.get(source.article)}
              actorsById={actorsById}
            />
          </li>
        ))}
      </ol>

      <div className="details-actions">
        <CopyLinkButton />
        <button type="button" onClick={() => selectEvent(null)}>
          Close
        </button>
      </div>
    </>
  );
}

export function EventDetails() {
  const selection = useDateline(selectSelection);
  const ref = useRef<HTMLElement>(null);
  const eventId = selection.kind === 'event' ? selection.event.id : null;

  // In the one-column layout the panel sits below the list: bring it into view on selection.
  // ('nearest' does nothing when it is already visible, as in the wide layout.)
  useEffect(() => {
    if (eventId !== null) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [eventId]);

  return (
    <aside ref={ref} className="details" aria-label="Event details">
      {selection.kind === 'event' ? (
        <Details event={selection.event} />
      ) : (
        <p className="hint">
          Select an event to see when it happened, who took part and where it was reported.
        </p>
      )}
    </aside>
  );
}
