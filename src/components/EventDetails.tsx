/**
 * The panel for the selected event (a sheet over the page on phones): what, when (and how the
 * date was obtained, and whether it happened or was only expected or possible), who, every
 * sentence reporting it (and why they were merged into one event), the events before and after
 * it, and a link to this view.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { EventRecord } from '../model/dataset.ts';
import { dayText, EVENT_TYPE_LABELS, eventDateText, eventTitle } from '../model/labels.ts';
import {
  dateBasisText,
  mergeExplanation,
  modalityLabel,
  sourcesText,
} from '../model/provenance.ts';
import {
  selectActorsById,
  selectArticlesById,
  selectNeighbours,
  selectSelection,
} from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { ActorLink } from './ActorLink.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { DETAILS_TITLE_ID, eventButtonId, takeDetailsOpener } from './focus.ts';
import { ReportedDates } from './ReportedDates.tsx';
import { SourceQuote } from './SourceQuote.tsx';
import { useTimelineEngine } from './timeline-context.ts';
import { typeColor } from './type-color.ts';

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

/** "Scheduled" or "Possible", with what it means for screen readers too. */
function ModalityBadge({ event }: { event: EventRecord }) {
  const modality = modalityLabel(event.modality);
  if (!modality) return null;
  return (
    <span className="badge" title={modality.description}>
      {modality.label}
      <span className="visually-hidden">: {modality.description}</span>
    </span>
  );
}

/** How many reports make up the event, and why they were taken as one. */
function MergeSummary({ event }: { event: EventRecord }) {
  const reported = sourcesText(event.sources.length);
  if (!reported) return null;
  return (
    <p className="merge-summary">
      {reported}
      {event.merge && (
        <>
          {' '}
          <details>
            <summary>why one event?</summary>
            <p>{mergeExplanation(event.merge)}</p>
          </details>
        </>
      )}
    </p>
  );
}

/** What the details leave out on a day of `asof=`: the reports published after it. */
function AsOfNote({ event, asOf, shown }: { event: EventRecord; asOf: string; shown: number }) {
  const articlesById = useDateline(selectArticlesById);
  const total = event.sources.length;
  const first = articlesById.get(event.sources[0]?.article ?? '')?.published;
  return (
    <p className="asof-note">
      {shown === 0
        ? `Not reported yet on ${dayText(asOf)}${first ? `: the first report came out on ${dayText(first)}` : ''}.`
        : `As reported by ${dayText(asOf)}: ${
            shown === total
              ? 'every report was out by then.'
              : `${shown} of ${total} reports; the others were published later.`
          }`}
      {shown > 0 && event.start > asOf && ' The event was still ahead then.'}
    </p>
  );
}

function Details({ event, onClose }: { event: EventRecord; onClose: () => void }) {
  const actorsById = useDateline(selectActorsById);
  const articlesById = useDateline(selectArticlesById);
  // As reported by a day (`asof=`): only the reports published by then.
  const asOf = useDateline((s) => s.filters.asOf);
  const sources =
    asOf === null
      ? event.sources
      : event.sources.filter((s) => (articlesById.get(s.article)?.published ?? '') <= asOf);

  return (
    <>
      <div className="details-head">
        <h2 id={DETAILS_TITLE_ID} className="details-title" tabIndex={-1}>
          <bdi>{eventTitle(event)}</bdi>
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
            {/* A date after publication that the text states as fact (the badge says the rest). */}
            {event.future &&
              event.modality === 'asserted' &&
              ' (expected at the time of reporting)'}
            <ModalityBadge event={event} />
            <span className="date-basis">{dateBasisText(event)}</span>
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>
            <span
              className="swatch"
              style={{ background: typeColor(event.type) }}
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
            {event.actors.map((id) => (
              <li key={id}>
                <ActorLink id={id} name={actorsById.get(id)?.name ?? id} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{sources.length === 1 ? 'Source' : 'Sources'}</h3>
      <MergeSummary event={event} />
      {asOf !== null && <AsOfNote event={event} asOf={asOf} shown={sources.length} />}
      <ReportedDates event={event} sources={sources} />
      <ol className="sources">
        {sources.map((source, i) => (
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

/**
 * While the details are a drawer over the right of the page (medium widths), the timeline is
 * told which part of it the drawer hides, so its labels stop there and the selected event is
 * not left underneath. As a column beside the timeline (wide) or a sheet from the bottom
 * (phones, scrolled past) they hide nothing of it.
 */
function useTimelineCover(ref: RefObject<HTMLElement | null>, open: boolean): void {
  const engine = useTimelineEngine();
  useEffect(() => {
    const el = ref.current;
    // The engine as it is when told (it is made after this panel on the first render).
    const tell = (pageXPx: number | null): void => engine.current?.setCoveredFrom(pageXPx);
    const report = (): void => {
      const drawer =
        open &&
        el !== null &&
        getComputedStyle(el).position === 'fixed' &&
        el.offsetHeight >= 0.9 * window.innerHeight;
      tell(drawer ? el.getBoundingClientRect().left : null);
    };
    report();
    const observer = new ResizeObserver(report);
    if (el) observer.observe(el);
    window.addEventListener('resize', report);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', report);
      tell(null);
    };
  }, [ref, open, engine]);
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

  const asideRef = useRef<HTMLElement>(null);
  useTimelineCover(asideRef, event !== null || pending);

  const close = (): void => {
    const id = event?.id;
    // Back to where the person came from: the timeline when Enter there opened the details, else
    // the event's row in the list, else the timeline.
    const opener = takeDetailsOpener();
    const button = id && !opener ? document.getElementById(eventButtonId(id)) : null;
    // The row first, while the selection still keeps it on the page (the list is virtual: a row
    // far from the screen is there only while selected or focused); focused, it stays.
    button?.focus();
    selectEvent(null);
    if (opener) opener.focus();
    else if (!button) engine.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && event) {
      e.stopPropagation();
      close();
    }
  };

  return (
    <aside
      ref={asideRef}
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
