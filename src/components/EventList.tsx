/**
 * The accessible way to every event on the timeline: the matching events in the visible window,
 * oldest first (one dated only to a year or a month after what is dated inside it), as buttons
 * named by their titles. Hovering or focusing one marks it on the canvas.
 *
 * The list scrolls with the page and is virtual (TanStack Virtual): all of the events in view are
 * in it, but only the rows near the screen are on the page (list-rows.ts), each saying its place
 * in the whole (aria-posinset / aria-setsize), so that a filter over a hundred thousand events
 * lays out a few dozen rows, not all of them.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { EventRecord } from '../model/dataset.ts';
import { hasFilters } from '../model/filter.ts';
import { EVENT_TYPE_LABELS, eventDateText, eventTitle } from '../model/labels.ts';
import {
  inReadingOrder,
  selectCatalog,
  selectEstimatedInView,
  selectEventsInView,
  selectFilteredEvents,
  selectSelection,
  selectViewLoaded,
} from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { eventButtonId, focusDetailsFrom, isNarrow } from './focus.ts';
import { indexOfId, rowsWithPinned } from './list-rows.ts';
import { count } from './numbers.ts';
import { useTimelineEngine } from './timeline-context.ts';
import { typeColor } from './type-color.ts';
import { useAfterPaint } from './use-after-paint.ts';
import { useDocumentTop } from './use-document-top.ts';

/** A row's height before it is measured (px): one line of title and one of date and type. */
const ROW_ESTIMATE_PX = 64;
/** Rows made beyond each edge of the screen, so that scrolling and Tab find them already there. */
const OVERSCAN_ROWS = 8;

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
  /** Place in the list (0-based) and the list's length, for assistive technology. */
  index: number;
  setSize: number;
  /** Offset of the row from the top of the list. */
  topPx: number;
  measureRef: (el: HTMLLIElement | null) => void;
  /** The store's action (stable). */
  selectEvent: (id: string | null) => void;
  /** The row's button took (its event's id) or lost (null) keyboard focus. */
  onFocusRow: (id: string | null) => void;
}

const EventItem = memo(function EventItem({
  event,
  selected,
  index,
  setSize,
  topPx,
  measureRef,
  selectEvent,
  onFocusRow,
}: ItemProps) {
  const metaId = useId();
  const engine = useTimelineEngine();
  const highlight = (): void => engine.current?.setHighlighted(event.id);
  const unhighlight = (): void => engine.current?.setHighlighted(null);
  const select = (e: MouseEvent): void => {
    selectEvent(event.id);
    engine.current?.reveal(event.id);
    // Keyboard activation (detail 0) and the phone sheet take focus to the details.
    if (e.detail === 0 || isNarrow()) focusDetailsFrom(null);
  };
  return (
    <li
      ref={measureRef}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={selected ? 'event is-selected' : 'event'}
      style={{ transform: `translateY(${topPx}px)` }}
    >
      <span className="swatch" style={{ background: typeColor(event.type) }} aria-hidden="true" />
      {/* The button holds only the title so that it is the accessible name; CSS stretches its
          hit area over the whole row. Date and type are its description. */}
      <button
        type="button"
        id={eventButtonId(event.id)}
        className="event-button"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={metaId}
        onClick={select}
        onMouseEnter={highlight}
        onMouseLeave={unhighlight}
        onFocus={() => {
          highlight();
          onFocusRow(event.id);
        }}
        onBlur={() => {
          unhighlight();
          onFocusRow(null);
        }}
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

interface RowsProps {
  events: readonly EventRecord[];
  selectedId: string | null;
  selectEvent: (id: string | null) => void;
}

/**
 * The list itself: every event in view, the rows near the screen on the page. Memoised, and its
 * virtualiser's options kept stable (getItemKey): a new key function makes it size every row again,
 * a pass over all the events in view that landed in the frame of each filter change.
 */
const VirtualRows = memo(function VirtualRows({ events, selectedId, selectEvent }: RowsProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const listTopPx = useDocumentTop(listRef);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const selectedIndex = useMemo(() => indexOfId(events, selectedId), [events, selectedId]);
  const focusedIndex = useMemo(() => indexOfId(events, focusedId), [events, focusedId]);
  const getItemKey = useCallback((i: number) => events[i]!.id, [events]);
  const rows = useWindowVirtualizer<HTMLLIElement>({
    count: events.length,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin: listTopPx,
    getItemKey,
    rangeExtractor: (range: Range) =>
      rowsWithPinned(defaultRangeExtractor(range), [focusedIndex, selectedIndex]),
  });
  return (
    <ol
      ref={listRef}
      className="event-list"
      aria-label="Events in view"
      style={{ height: rows.getTotalSize() }}
    >
      {rows.getVirtualItems().map((row) => (
        <EventItem
          key={row.key}
          event={events[row.index]!}
          selected={row.index === selectedIndex}
          index={row.index}
          setSize={events.length}
          topPx={row.start - listTopPx}
          measureRef={rows.measureElement}
          selectEvent={selectEvent}
          onFocusRow={setFocusedId}
        />
      ))}
    </ol>
  );
});

export function EventList() {
  // The list follows a filter change or a settled view after the timeline has repainted: with a
  // large dataset, thousands of events change at once, and the canvas should not wait for them
  // (nor for their sort into reading order, made from the events in view the list shows).
  const events = inReadingOrder(useAfterPaint(useDateline(selectEventsInView)));
  const matching = useDateline(selectFilteredEvents).length;
  const viewLoaded = useDateline(selectViewLoaded);
  const loading = useDateline((s) => selectCatalog(s)?.loading ?? false);
  const estimate = useDateline(selectEstimatedInView);
  const selection = useDateline(selectSelection);
  const filtered = useDateline((s) => hasFilters(s.filters));
  const selectEvent = useDateline((s) => s.selectEvent);
  const clearFilters = useDateline((s) => s.clearFilters);
  const selectedId = selection.kind === 'event' ? selection.event.id : null;

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
        <VirtualRows events={events} selectedId={selectedId} selectEvent={selectEvent} />
      )}
    </section>
  );
}
