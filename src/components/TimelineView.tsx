/**
 * The bridge between the store and the canvas engines. React renders two empty host elements
 * and never touches what is inside them: the timeline engine and the overview strip create their
 * canvases there. Store changes are pushed to the engines through a store subscription (not
 * through React renders), and the engines report back only what a person did: a selection, or
 * a view once it has settled (which the URL then records).
 */
import { useEffect, useRef } from 'react';
import { windowText } from '../model/labels.ts';
import { fitWindow, windowToBounds } from '../model/window.ts';
import {
  selectAllEvents,
  selectDataExtent,
  selectDisplayWindow,
  selectFilteredEvents,
  selectSelection,
  selectViewLimits,
} from '../store/selectors.ts';
import { datelineStore, type DatelineState } from '../store/store.ts';
import { createTimeline } from '../timeline/engine.ts';
import { timelineItems } from '../timeline/items.ts';
import { createOverview } from '../timeline/overview.ts';
import { useTimelineEngine } from './timeline-context.ts';

export const TIMELINE_HELP_ID = 'timeline-help';

export function TimelineView() {
  const hostRef = useRef<HTMLDivElement>(null);
  const overviewRef = useRef<HTMLDivElement>(null);
  const engineRef = useTimelineEngine();

  useEffect(() => {
    const host = hostRef.current;
    const overviewHost = overviewRef.current;
    if (!host || !overviewHost) return;
    const store = datelineStore;

    const overview = createOverview(overviewHost, {
      onMove: (win, animate) => engine.moveTo(win, animate),
    });
    const engine = createTimeline(host, {
      onSelect: (id) => store.getState().selectEvent(id),
      onViewSettled: (win) => store.getState().setView(windowToBounds(win)),
      onFrameWindow: (win) => overview.setWindow(win),
      onReset: () => store.getState().resetView(),
      describe: (win, count) =>
        `Timeline, ${windowText(win)}, ${count} ${count === 1 ? 'event' : 'events'}`,
    });
    host.querySelector('canvas')?.setAttribute('aria-describedby', TIMELINE_HELP_ID);
    engineRef.current = engine;

    const push = (s: DatelineState, prev: DatelineState | null): void => {
      const changed = <T,>(select: (st: DatelineState) => T): boolean =>
        prev === null || select(s) !== select(prev);
      if (changed(selectViewLimits)) engine.setLimits(selectViewLimits(s));
      if (changed(selectFilteredEvents) || changed(selectAllEvents)) {
        const matching = timelineItems(selectFilteredEvents(s));
        engine.setItems(matching);
        overview.setData(timelineItems(selectAllEvents(s)), matching);
      }
      if (changed(selectDataExtent)) overview.setExtent(fitWindow(selectDataExtent(s)));
      if (changed(selectDisplayWindow)) engine.setWindow(selectDisplayWindow(s), prev !== null);
      if (changed(selectSelection)) {
        const sel = selectSelection(s);
        engine.setSelected(sel.kind === 'event' ? sel.event.id : null);
      }
    };
    push(store.getState(), null);
    const unsubscribe = store.subscribe((s, prev) => push(s, prev));

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
      engineRef.current = null;
      engine.destroy();
      overview.destroy();
    };
  }, [engineRef]);

  return (
    <>
      <div ref={hostRef} className="timeline-host" />
      <div ref={overviewRef} className="overview-host" />
    </>
  );
}
