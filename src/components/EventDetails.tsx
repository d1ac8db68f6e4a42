/**
 * The panel for the selected event (a sheet over the page on phones): what, when, who, every
 * sentence reporting it, the events before and after it, and a link to this view.
 */
import { useEffect, type KeyboardEvent } from 'react';
import type { EventRecord } from '../model/dataset.ts';
import { EVENT_TYPE_LABELS, eventDateText, eventTitle } from '../model/labels.ts';
import {
  selectActorsById,
  selectArticlesById,
  selectNeighbours,
  selectSelection,
} from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { DETAILS_TITLE_ID, eventButtonId, focusSoon } from './focus.ts';
import { SourceQuote } from './SourceQuote.tsx';
import { useTimelineEngine } from './timeline-context.ts';

function Neighbours() {
  const { previous, next } = useDateline(selectNeighbours);
  const selectEvent = useDateline((s) => s.selectEvent);
  const engine = useTimelineEngine();
  const go = (event: EventRecord): void => {
    selectEvent(event.id);
    engine.current?.reveal(event.id);
  };
  return (
    <nav className="neighbours" aria-label="Other events">
      <button type="button" disabled={!previous} onClick={() => previous && go(previous)}>
        <span aria-hidden="true">← </span>Previous event
      </button>
      <button type="button" disabled={!next} onClick={() => next && go(next)}>
        Next event<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}

function Details({ event, onClose }: { event: EventRecord; onClose: () => void }) {
  const actorsById = useDateline(selectActorsById);
  const articlesById = useDateline(selectArticlesById);
  const showOnlyActor = useDateline((s) => s.showOnlyActor);

  return (
    <>
      <div className="details-head">
        <h2 id={DETAILS_TITLE_ID} className="details-title" tabIndex={-1}>
          {eventTitle(event)}
        </h2>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close details">
          <span aria-hidden="true">×</span>
        </button>
      </div>
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
          <dd>
            <span
              className="swatch"
              style={{ background: `var(--type-${event.type})` }}
              aria-hidden="true"
            />
            {EVENT_TYPE_LABELS[event.type]}
          </dd>
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

      <Neighbours />
      <div className="details-actions">
        <CopyLinkButton />
      </div>
    </>
  );
}

export function EventDetails() {
  const selection = useDateline(selectSelection);
  const selectEvent = useDateline((s) => s.selectEvent);
  const engine = useTimelineEngine();
  const event = selection.kind === 'event' ? selection.event : null;
  const pending = selection.kind === 'pending';

  useEffect(() => {
    document.body.classList.toggle('has-sheet', event !== null || pending);
  }, [event, pending]);

  const close = (): void => {
    const id = event?.id;
    selectEvent(null);
    // Back to where the person came from: the event's row in the list, else the timeline.
    const button = id ? document.getElementById(eventButtonId(id)) : null;
    if (button) focusSoon(button.id);
    else engine.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && event) {
      e.stopPropagation();
      close();
    }
  };

  return (
    <aside
      className={event || pending ? 'details is-open' : 'details'}
      aria-label="Event details"
      onKeyDown={onKeyDown}
    >
      {event ? (
        <Details event={event} onClose={close} />
      ) : pending ? (
        <div className="details-head">
          <p className="hint" role="status">
            Finding the event in the dataset…
          </p>
          <button type="button" className="close-button" onClick={close} aria-label="Close details">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : (
        <p className="hint">
          Select an event on the timeline or in the list to see when it happened, who took part and
          where it was reported.
        </p>
      )}
    </aside>
  );
}
