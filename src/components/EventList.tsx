/**
 * The accessible way to every event on the timeline: the matching events in the visible window,
 * oldest first (one dated only to a year or a month after what is dated inside it), as buttons
 * named by their titles. Hovering or focusing one marks it on the canvas.
 */
import { memo, useCallback, useDeferredValue, useId, useState, type MouseEvent } from 'react';
import type { EventRecord } from '../model/dataset.ts';
import { hasFilters } from '../model/filter.ts';
import { EVENT_TYPE_LABELS, eventDateText, eventTitle } from '../model/labels.ts';
import {
  selectCatalog,
  selectEstimatedInView,
  selectEventsInReadingOrder,
  selectFilteredEvents,
  selectSelection,
  selectViewLoaded,
} from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { eventButtonId, focusDetailsFrom, isNarrow } from './focus.ts';
import { count } from './numbers.ts';
import { useTimelineEngine } from './timeline-context.ts';
import { typeColor } from './type-color.ts';

/** Events listed at first, and added by each "Show more" (a long list costs every render). */
export const LIST_STEP = 500;

/** A machine-readable date for <time> where HTML has one (EDTF seasons etc. have none). */
function htmlDateTime(event: EventRecord): string | undefined {
  if (event.precision === 'day' && event.start === event.end) return event.start;
  if (event.precision === 'month') return event.start.slice(0, 7);
  if (event.precision === 'year') return event.start.slice(0, 4);
  return undefined;
}

interface ItemProps {
  event: EventRecord;
  selected: boolean;
  onSelect: (id: string, e: MouseEvent) => void;
  onHighlight: (id: string | null) => void;
}

const EventItem = memo(function EventItem({ event, selected, onSelect, onHighlight }: ItemProps) {
  const metaId = useId();
  const highlight = (): void => onHighlight(event.id);
  const unhighlight = (): void => onHighlight(null);
  return (
    <li className={selected ? 'event is-selected' : 'event'}>
      <span className="swatch" style={{ background: typeColor(event.type) }} aria-hidden="true" />
      {/* The button holds only the title so that it is the accessible name; CSS stretches its
          hit area over the whole row. Date and type are its description. */}
      <button
        type="button"
        id={eventButtonId(event.id)}
        className="event-button"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={metaId}
        onClick={(e) => onSelect(event.id, e)}
        onMouseEnter={highlight}
        onMouseLeave={unhighlight}
        onFocus={highlight}
        onBlur={unhighlight}
      >
        {/* Isolated: a right-to-left override in a title must not reorder the page around it. */}
        <bdi>{eventTitle(event)}</bdi>
      </button>
      <p id={metaId} className="event-meta">
        <time dateTime={htmlDateTime(event)}>{eventDateText(event)}</time>
        <span aria-hidden="true"> · </span>
        <span>{EVENT_TYPE_LABELS[event.type]}</span>
        {event.future && <span className="future"> · expected</span>}
      </p>
    </li>
  );
});

export function EventList() {
  // The list follows a filter change or a settled view after the timeline has repainted: with a
  // large dataset, hundreds of rows change at once, and the canvas should not wait for them.
  const events = useDeferredValue(useDateline(selectEventsInReadingOrder));
  const matching = useDateline(selectFilteredEvents).length;
  const viewLoaded = useDateline(selectViewLoaded);
  const loading = useDateline((s) => selectCatalog(s)?.loading ?? false);
  const estimate = useDateline(selectEstimatedInView);
  const selection = useDateline(selectSelection);
  // How many are listed; back to one step whenever the events in view change.
  const [listed, setListed] = useState({ events, limit: LIST_STEP });
  if (listed.events !== events) setListed({ events, limit: LIST_STEP });
  const limit = listed.events === events ? listed.limit : LIST_STEP;
  const filtered = useDateline((s) => hasFilters(s.filters));
  const selectEvent = useDateline((s) => s.selectEvent);
  const clearFilters = useDateline((s) => s.clearFilters);
  const engine = useTimelineEngine();
  const selectedId = selection.kind === 'event' ? selection.event.id : null;

  const onSelect = useCallback(
    (id: string, e: MouseEvent) => {
      selectEvent(id);
      engine.current?.reveal(id);
      // Keyboard activation (detail 0) and the phone sheet take focus to the details.
      if (e.detail === 0 || isNarrow()) focusDetailsFrom(null);
    },
    [selectEvent, engine],
  );
  const onHighlight = useCallback(
    (id: string | null) => engine.current?.setHighlighted(id),
    [engine],
  );

  if (!viewLoaded) {
    return (
      <section className="events" aria-labelledby="events-heading">
        <h2 id="events-heading" tabIndex={-1}>
          Events in view <span className="heading-count">about {count(estimate)}</span>
        </h2>
        <div className="empty">
          <p role="status">
            {loading
              ? 'Loading the events of this stretch of time…'
              : `About ${count(estimate)} events start in this stretch of time, too many to load at once: zoom in to list them.`}
          </p>
        </div>
      </section>
    );
  }

  const rest = events.length - limit;
  return (
    <section className="events" aria-labelledby="events-heading">
      <h2 id="events-heading" tabIndex={-1}>
        Events in view <span className="heading-count">{count(events.length)}</span>
      </h2>
      {events.length === 0 ? (
        <div className="empty">
          {matching > 0 ? (
            <p>No matching event in this stretch of time. Zoom out or choose “Show all”.</p>
          ) : filtered ? (
            <>
              <p>No events match these filters.</p>
              <button type="button" onClick={clearFilters}>
                Clear filters
              </button>
            </>
          ) : (
            <p>The dataset contains no events.</p>
          )}
        </div>
      ) : (
        <>
          <ol className="event-list" aria-label="Events in view">
            {(rest > 0 ? events.slice(0, limit) : events).map((event) => (
              <EventItem
                key={event.id}
                event={event}
                selected={event.id === selectedId}
                onSelect={onSelect}
                onHighlight={onHighlight}
              />
            ))}
          </ol>
          {rest > 0 && (
            <p className="list-more">
              {count(rest)} more in view.{' '}
              <button type="button" onClick={() => setListed({ events, limit: limit + LIST_STEP })}>
                Show {count(Math.min(rest, LIST_STEP))} more
              </button>{' '}
              or zoom in.
            </p>
          )}
        </>
      )}
    </section>
  );
}
