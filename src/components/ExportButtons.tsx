/**
 * Downloads: the matching events as CSV or JSON (with their sources), the timeline as PNG. When
 * a person chose a stretch of time (a zoom, a span selected on the axis, a link's from/to), the
 * matching events in it: what the timeline and the list show.
 */
import { eventsToCsv, eventsToJson } from '../model/export.ts';
import { windowToBounds } from '../model/window.ts';
import {
  selectActorsById,
  selectArticlesById,
  selectDisplayWindow,
  selectEventsInView,
  selectFilteredEvents,
  selectWindowChosen,
} from '../store/selectors.ts';
import { datelineStore, useDateline, type DatelineState } from '../store/store.ts';
import { downloadBlob } from './download.ts';
import { useTimelineEngine } from './timeline-context.ts';

const exportedEvents = (s: DatelineState) =>
  selectWindowChosen(s) ? selectEventsInView(s) : selectFilteredEvents(s);

function exportEvents(format: 'csv' | 'json'): void {
  const state = datelineStore.getState();
  const events = exportedEvents(state);
  const ctx = { actorsById: selectActorsById(state), articlesById: selectArticlesById(state) };
  const text = format === 'csv' ? eventsToCsv(events, ctx) : eventsToJson(events, ctx);
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  downloadBlob(new Blob([text], { type }), `dateline-events.${format}`);
}

export function ExportButtons() {
  const engine = useTimelineEngine();
  const count = useDateline(exportedEvents).length;
  const which = useDateline(selectWindowChosen) ? 'matching events in view' : 'matching events';

  const exportPng = async (): Promise<void> => {
    const blob = await engine.current?.toBlob();
    if (!blob) return;
    const { from, to } = windowToBounds(selectDisplayWindow(datelineStore.getState()));
    const name = `dateline-${from}--${to}`.replace(/[:]/g, '');
    downloadBlob(blob, `${name}.png`);
  };

  return (
    <div className="export" role="group" aria-label="Export">
      <span className="export-label" aria-hidden="true">
        Export
      </span>
      <button
        type="button"
        disabled={count === 0}
        onClick={() => exportEvents('csv')}
        aria-label={`CSV: download the ${count} ${which}`}
      >
        CSV
      </button>
      <button
        type="button"
        disabled={count === 0}
        onClick={() => exportEvents('json')}
        aria-label={`JSON: download the ${count} ${which} with their sources`}
      >
        JSON
      </button>
      <button
        type="button"
        onClick={() => void exportPng()}
        aria-label="PNG: download a picture of the timeline as shown"
      >
        PNG
      </button>
    </div>
  );
}
