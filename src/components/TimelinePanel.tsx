/**
 * The "Timeline" region: what window is shown and how many events are in it, zoom buttons, the
 * canvas and the overview strip, the legend, and a message when no event matches the filters.
 */
import { hasFilters } from '../model/filter.ts';
import { windowText } from '../model/labels.ts';
import {
  selectAllEvents,
  selectDisplayWindow,
  selectEstimatedInView,
  selectEventsInView,
  selectFilteredEvents,
  selectTotalEvents,
  selectViewLoaded,
  selectWindowChosen,
} from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { Legend } from './Legend.tsx';
import { count } from './numbers.ts';
import { useTimelineEngine } from './timeline-context.ts';
import { TIMELINE_HELP_ID, TimelineView } from './TimelineView.tsx';

function ZoomButtons() {
  const engine = useTimelineEngine();
  const resetView = useDateline((s) => s.resetView);
  const isDefault = !useDateline(selectWindowChosen);
  return (
    <div className="zoom-buttons" role="group" aria-label="Zoom">
      <button type="button" onClick={() => engine.current?.zoomBy(1 / 1.6)} aria-label="Zoom out">
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={() => engine.current?.zoomBy(1.6)} aria-label="Zoom in">
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" onClick={resetView} disabled={isDefault}>
        Show all
      </button>
    </div>
  );
}

/** One lane per selected actor, and one for the rest (`lanes=1`). */
function LanesToggle() {
  const lanes = useDateline((s) => s.lanes);
  const setLanes = useDateline((s) => s.setLanes);
  const actors = useDateline((s) => s.filters.actors.length);
  return (
    <>
      <button type="button" aria-pressed={lanes} onClick={() => setLanes(!lanes)}>
        Lanes by actor
      </button>
      {lanes && actors === 0 && (
        <p className="hint lanes-hint" role="status">
          Tick actors under Filters: each gets a lane.
        </p>
      )}
    </>
  );
}

function NoMatches() {
  const clearFilters = useDateline((s) => s.clearFilters);
  const filtered = useDateline((s) => hasFilters(s.filters));
  const total = useDateline(selectTotalEvents);
  return (
    <div className="timeline-empty">
      {filtered ? (
        <>
          <p>No events match these filters.</p>
          <button type="button" onClick={clearFilters}>
            Clear filters
          </button>
        </>
      ) : (
        <p>
          The dataset has no events{total === 0 ? '' : ' to show'}. Add articles to{' '}
          <code>data/articles/</code> and run <code>npm run build:data</code>.
        </p>
      )}
    </div>
  );
}

export function TimelinePanel() {
  const win = useDateline(selectDisplayWindow);
  const inView = useDateline(selectEventsInView).length;
  const viewLoaded = useDateline(selectViewLoaded);
  const estimate = useDateline(selectEstimatedInView);
  const matching = useDateline(selectFilteredEvents).length;
  const loaded = useDateline(selectAllEvents).length;
  const total = useDateline(selectTotalEvents);

  return (
    <section
      className="timeline-panel"
      aria-labelledby="timeline-heading"
      id="timeline"
      tabIndex={-1}
    >
      {/* The first heading of the page's main part, where heading navigation starts. */}
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <div className="timeline-toolbar">
        <p className="timeline-range">
          <span className="range-text">{windowText(win)}</span>
          <span className="range-count">
            {viewLoaded
              ? `${count(inView)} ${inView === 1 ? 'event' : 'events'} in view`
              : `about ${count(estimate)} events in view`}
          </span>
        </p>
        <div className="timeline-tools">
          <LanesToggle />
          <ZoomButtons />
        </div>
      </div>
      <p id={TIMELINE_HELP_ID} className="visually-hidden">
        Plus and minus zoom, left and right arrows move in time, with Shift they select a stretch of
        time from the middle of the view (Enter shows just it, Escape gives it up), Home and End go
        to the first and last events, 0 shows everything. J and K step to the next and previous
        event and show its details; Enter moves into the details, and Escape there comes back. Every
        event in view is also listed under “Events in view”.
      </p>
      <div className="timeline-stage">
        <TimelineView />
        {matching === 0 && (loaded > 0 || total === 0) && viewLoaded && <NoMatches />}
      </div>
      <Legend />
    </section>
  );
}
