/**
 * The bridge between the store and the canvas engines. React renders two empty host elements
 * and never touches what is inside them: the timeline engine and the overview strip create their
 * canvases there. Store changes are pushed to the engines through a store subscription (not
 * through React renders), and the engines report back only what a person did: a selection, or
 * a view once it has settled (which the URL then records).
 */
import { useEffect, useRef, useState } from 'react';
import { memoizeLast } from '../lib/memoize-last.ts';
import { queryWords } from '../lib/text.ts';
import { EVENT_TYPES, type EventRecord } from '../model/dataset.ts';
import type { EventFilters } from '../model/filter.ts';
import { eventDateText, eventTitle, windowText } from '../model/labels.ts';
import { fitWindow, windowToBounds } from '../model/window.ts';
import {
  selectAllEvents,
  selectCatalog,
  selectDataExtent,
  selectDisplayWindow,
  selectFilteredEvents,
  selectMatchFilters,
  selectOverviewMonths,
  selectSelection,
  selectStep,
  selectViewLimits,
  selectWindowChosen,
} from '../store/selectors.ts';
import { datelineStore, useDateline, type Catalog, type DatelineState } from '../store/store.ts';
import type { PartialData } from '../timeline/aggregate.ts';
import { createTimeline } from '../timeline/engine.ts';
import type { TimelineItem } from '../timeline/items.ts';
import { createOverview } from '../timeline/overview.ts';
import { afterNextPaint } from '../url/after-paint.ts';
import { focusDetailsFrom } from './focus.ts';
import { LaneHeaders } from './LaneHeaders.tsx';
import { loadedItems, selectLanes, selectMatchingItems, type Lane } from './timeline-items.ts';
import { perfEnabled, recordFrame, recordSource } from './perf.ts';
import { useTimelineEngine } from './timeline-context.ts';

export const TIMELINE_HELP_ID = 'timeline-help';
export const EVENTS_PAINT_MARK = 'dateline:events-paint';

/** What the timeline needs to know of the events not loaded (null when all are). */
const partialOf = memoizeLast(
  (catalog: Catalog | null, filters: EventFilters): PartialData | null => {
    if (!catalog || catalog.complete) return null;
    const keep = EVENT_TYPES.map((t) => filters.types.length === 0 || filters.types.includes(t));
    return {
      bins: catalog.unloaded.map((m) => ({
        startMs: m.startMs,
        endMs: m.endMs,
        counts: m.counts.map((n, i) => (keep[i] ? n : 0)),
      })),
      // The overview counts types only: other filters cannot be applied to events not loaded.
      exact:
        filters.actors.length === 0 &&
        queryWords(filters.query).length === 0 &&
        !filters.hidePublicationDated &&
        !filters.keyOnly &&
        filters.asOf === null,
      unknown: catalog.unknown,
    };
  },
);

/** The lanes' items for the engine (null: one set of rows). */
const laneItemSets = memoizeLast(
  (lanes: Lane[] | null) => lanes?.map((lane) => lane.items) ?? null,
);

type Spans = readonly { startMs: number; endMs: number; weight?: number }[];

/** The overview strip's grey "all events": every month of the manifest while not all are loaded. */
const overviewAll = memoizeLast(
  (
    all: EventRecord[],
    months: ReturnType<typeof selectOverviewMonths>,
    complete: boolean,
  ): Spans =>
    complete
      ? loadedItems(all)
      : months.map((m) => ({ startMs: m.startMs, endMs: m.endMs, weight: m.events })),
);

/**
 * The overview strip's coloured "matching events". While not all are loaded: every month when
 * nothing is filtered, the months' counts of the chosen types under a type filter, and only the
 * loaded matching events under other filters (they cannot be counted for the rest).
 */
const overviewMatching = memoizeLast(
  (
    matching: readonly TimelineItem[],
    months: ReturnType<typeof selectOverviewMonths>,
    catalog: Catalog | null,
    filters: EventFilters,
    all: Spans,
  ): Spans => {
    if (!catalog || catalog.complete || !catalog.overview) return matching;
    if (
      filters.actors.length > 0 ||
      queryWords(filters.query).length > 0 ||
      filters.hidePublicationDated ||
      filters.keyOnly ||
      filters.asOf !== null
    )
      return matching;
    if (filters.types.length === 0) return all;
    const keep = catalog.overview.types.map((t) => filters.types.includes(t));
    return months.map((m) => ({
      startMs: m.startMs,
      endMs: m.endMs,
      weight: m.types.reduce((n, c, i) => n + (keep[i] ? c : 0), 0),
    }));
  },
);

function sourceText(catalog: Catalog): string {
  return catalog.loadedBy === 'file' ? 'dataset.json' : `chunks: ${catalog.loadedBy}`;
}

export function TimelineView() {
  const hostRef = useRef<HTMLDivElement>(null);
  const overviewRef = useRef<HTMLDivElement>(null);
  const engineRef = useTimelineEngine();
  // What keyboard stepping landed on, or what Shift+arrows select, for screen readers (the canvas
  // itself says nothing).
  const [said, announce] = useState('');

  useEffect(() => {
    const host = hostRef.current;
    const overviewHost = overviewRef.current;
    if (!host || !overviewHost) return;
    const store = datelineStore;

    const overview = createOverview(overviewHost, {
      onMove: (win, animate) => engine.moveTo(win, animate),
    });
    /** J/K (and Enter with nothing open): select the next or previous event and bring it into view. */
    const step = (direction: 1 | -1): void => {
      const to = selectStep(store.getState(), direction);
      if (!to) {
        announce(direction > 0 ? 'No later event.' : 'No earlier event.');
        return;
      }
      store.getState().selectEvent(to.event.id);
      engine.reveal(to.event.id);
      announce(
        `${eventTitle(to.event)}, ${eventDateText(to.event)}. Event ${to.position} of ${to.total}.`,
      );
    };
    const engine = createTimeline(host, {
      onSelect: (id) => store.getState().selectEvent(id),
      onStep: step,
      onSelecting: (text) =>
        announce(text ? `Selected ${text}. Enter shows just this, Escape gives it up.` : ''),
      onActivate: () => {
        // Enter opens the event the timeline shows selected (or the first in view), and moves
        // into its details; Escape there comes back here.
        if (selectSelection(store.getState()).kind !== 'event') step(1);
        if (selectSelection(store.getState()).kind === 'event')
          focusDetailsFrom(host.querySelector('canvas'));
      },
      onViewSettled: (win) => store.getState().setView(windowToBounds(win)),
      onFrameWindow: (win) => {
        overview.setWindow(win);
        store.getState().viewMoving(win);
      },
      onReset: () => store.getState().resetView(),
      // A window a person chose keeps its scale when a panel narrows the canvas; "all events" refits.
      keepsScale: () => selectWindowChosen(store.getState()),
      describe: (win, count, approximate) => {
        const lanes = selectLanes(store.getState());
        const split = lanes ? ` in ${lanes.length} lanes` : '';
        return `Timeline${split}, ${windowText(win)}, ${approximate ? 'about ' : ''}${count} ${count === 1 ? 'event' : 'events'}`;
      },
      ...(perfEnabled() ? { onFrameDrawn: recordFrame } : {}),
    });
    host.querySelector('canvas')?.setAttribute('aria-describedby', TIMELINE_HELP_ID);
    engineRef.current = engine;

    /** The overview's data as the store has it now. */
    const showOverview = (): void => {
      cancelOverview = null;
      const s = store.getState();
      const catalog = selectCatalog(s);
      const complete = catalog?.complete ?? true;
      const months = selectOverviewMonths(s);
      const all = overviewAll(selectAllEvents(s), months, complete);
      overview.setData(
        all,
        overviewMatching(selectMatchingItems(s), months, catalog, selectMatchFilters(s), all),
      );
    };
    let cancelOverview: (() => void) | null = null;

    let eventsPainted = false;
    // What each selector gave last time: comparing with the previous state's result by calling
    // the selector on it would evict the memoised current result (and compute both again).
    const last = new Map<unknown, unknown>();
    let first = true;
    const push = (s: DatelineState): void => {
      const seen = new Map<unknown, unknown>();
      const changed = <T,>(select: (st: DatelineState) => T): boolean => {
        const value = seen.has(select) ? seen.get(select) : select(s);
        seen.set(select, value);
        return first || value !== last.get(select);
      };
      const catalog = selectCatalog(s);
      if (changed(selectViewLimits)) engine.setLimits(selectViewLimits(s));
      const matching = selectMatchingItems;
      const filteredChanged = changed(selectFilteredEvents);
      const loadedChanged = changed(selectAllEvents);
      const catalogChanged = changed(selectCatalog);
      if (filteredChanged) engine.setItems(matching(s));
      if (changed(selectLanes)) engine.setLanes(laneItemSets(selectLanes(s)));
      if (filteredChanged || loadedChanged || catalogChanged) {
        // The strip under the timeline follows once the timeline's frame is painted: its bins of
        // the matching events (5-7 ms for a search at 100k) then never delay that frame.
        if (first) showOverview();
        else cancelOverview ??= afterNextPaint(showOverview);
      }
      const filtersChanged = changed(selectMatchFilters);
      if (catalogChanged || filtersChanged)
        engine.setPartial(partialOf(catalog, selectMatchFilters(s)));
      if (catalog && !eventsPainted && !catalog.loading) {
        eventsPainted = true;
        recordSource(sourceText(catalog));
        engine.markNextFrame(EVENTS_PAINT_MARK);
      }
      if (changed(selectDataExtent)) overview.setExtent(fitWindow(selectDataExtent(s)));
      if (changed(selectDisplayWindow)) engine.setWindow(selectDisplayWindow(s), !first);
      if (changed(selectSelection)) {
        const sel = selectSelection(s);
        engine.setSelected(sel.kind === 'event' ? sel.event.id : null);
      }
      for (const [k, v] of seen) last.set(k, v);
      first = false;
    };
    push(store.getState());
    const unsubscribe = store.subscribe((s) => push(s));

    // Follow the system's light or dark theme.
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = (): void => {
      engine.refreshTheme();
      overview.refreshTheme();
    };
    scheme.addEventListener('change', onScheme);

    return () => {
      scheme.removeEventListener('change', onScheme);
      unsubscribe();
      cancelOverview?.();
      engineRef.current = null;
      engine.destroy();
      overview.destroy();
    };
  }, [engineRef]);

  const laneCount = useDateline(selectLanes)?.length ?? 0;
  return (
    <>
      <div
        className={laneCount > 0 ? 'timeline-frame has-lanes' : 'timeline-frame'}
        style={laneCount > 0 ? { ['--lane-count' as string]: laneCount } : undefined}
      >
        <div ref={hostRef} className="timeline-host" />
        <LaneHeaders />
      </div>
      <div ref={overviewRef} className="overview-host" />
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}
