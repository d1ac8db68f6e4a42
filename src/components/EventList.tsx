/** The events the filters let through, oldest first; each opens its details. */
import { memo, useId } from 'react';
import type { EventRecord } from '../model/dataset.ts';
import { hasFilters } from '../model/filter.ts';
import { EVENT_TYPE_LABELS, eventDateText } from '../model/labels.ts';
import { selectFilteredEvents, selectSelection } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

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
  onSelect: (id: string) => void;
}

const EventItem = memo(function EventItem({ event, selected, onSelect }: ItemProps) {
  const metaId = useId();
  return (
    <li className={selected ? 'event is-selected' : 'event'}>
      {/* The button holds only the title so that it is the accessible name; CSS stretches its
          hit area over the whole row. Date and type are its description. */}
      <button
        type="button"
        className="event-button"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={metaId}
        onClick={() => onSelect(event.id)}
      >
        {event.title}
      </button>
      <p id={metaId} className="event-meta">
        <time dateTime={htmlDateTime(event)}>{eventDateText(event)}</time>
        <span aria-hidden="true"> · </span>
        <span className={`type type-${event.type}`}>{EVENT_TYPE_LABELS[event.type]}</span>
        {event.future && <span className="future"> · expected</span>}
      </p>
    </li>
  );
});

export function EventList() {
  const events = useDateline(selectFilteredEvents);
  const selection = useDateline(selectSelection);
  const filtered = useDateline((s) => hasFilters(s.filters));
  const selectEvent = useDateline((s) => s.selectEvent);
  const clearFilters = useDateline((s) => s.clearFilters);
  const selectedId = selection.kind === 'event' ? selection.event.id : null;

  if (events.length === 0) {
    return (
      <div className="empty">
        {filtered ? (
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
    );
  }

  return (
    <ol className="event-list" aria-label="Events in view">
      {events.map((event) => (
        <EventItem
          key={event.id}
          event={event}
          selected={event.id === selectedId}
          onSelect={selectEvent}
        />
      ))}
    </ol>
  );
}
