/** Downloads: the matching events as CSV or JSON (with their sources), the timeline as PNG. */
import { eventsToCsv, eventsToJson } from '../model/export.ts';
import { windowToBounds } from '../model/window.ts';
import {
  selectActorsById,
  selectArticlesById,
  selectDisplayWindow,
  selectFilteredEvents,
} from '../store/selectors.ts';
import { datelineStore, useDateline } from '../store/store.ts';
import { downloadBlob } from './download.ts';
import { useTimelineEngine } from './timeline-context.ts';

function exportEvents(format: 'csv' | 'json'): void {
  const state = datelineStore.getState();
  const events = selectFilteredEvents(state);
  const ctx = { actorsById: selectActorsById(state), articlesById: selectArticlesById(state) };
  const text = format === 'csv' ? eventsToCsv(events, ctx) : eventsToJson(events, ctx);
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  downloadBlob(new Blob([text], { type }), `dateline-events.${format}`);
}

export function ExportButtons() {
  const engine = useTimelineEngine();
  const count = useDateline(selectFilteredEvents).length;

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
        aria-label={`CSV: download the ${count} matching events`}
      >
        CSV
      </button>
      <button
        type="button"
        disabled={count === 0}
        onClick={() => exportEvents('json')}
        aria-label={`JSON: download the ${count} matching events with their sources`}
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
