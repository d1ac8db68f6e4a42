/**
 * The page: header, link notices, then a loading / problem message or the app itself: filters,
 * the timeline with its overview, the events in view, and the selected event's details. With
 * `embed=1` (inside another page's `<iframe>`): the timeline and the details alone, under a bar
 * that opens the same view in the full app.
 */
import { useEffect, useRef } from 'react';
import { isolateBidi } from '../lib/shorten.ts';
import { eventTitle } from '../model/labels.ts';
import { selectActorPage } from '../store/actor-page.ts';
import { selectDataset, selectSelection, warmFilters } from '../store/selectors.ts';
import { datelineStore, useDateline } from '../store/store.ts';
import type { TimelineEngine } from '../timeline/engine.ts';
import { ActiveFilters } from './ActiveFilters.tsx';
import { ActorPage } from './ActorPage.tsx';
import { EventDetails } from './EventDetails.tsx';
import { EventList } from './EventList.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { Header } from './Header.tsx';
import { LinkNotices } from './LinkNotices.tsx';
import { EmbedBar } from './EmbedBar.tsx';
import { DatasetProblem, Loading } from './StatusMessages.tsx';
import { TimelineEngineContext } from './timeline-context.ts';
import { TimelinePanel } from './TimelinePanel.tsx';

export function App() {
  const load = useDateline((s) => s.load);
  const embed = useDateline((s) => s.embed);
  const selection = useDateline(selectSelection);
  const actorPage = useDateline(selectActorPage);
  const engineRef = useRef<TimelineEngine | null>(null);

  useEffect(() => {
    document.title =
      selection.kind === 'event'
        ? `${isolateBidi(eventTitle(selection.event))} – Dateline`
        : actorPage.kind === 'actor'
          ? `${isolateBidi(actorPage.actor.name)} – Dateline`
          : 'Dateline';
  }, [selection, actorPage]);

  // Prepare the search of a large dataset while the page is idle, before the first keystroke.
  const dataset = useDateline(selectDataset);
  useEffect(() => {
    if (!dataset) return;
    return whenIdle((hasTime) => warmFilters(datelineStore.getState(), hasTime));
  }, [dataset]);

  // Before the data is there (or when it cannot be), the same message in either layout.
  const waiting =
    load.status === 'loading' ? (
      <Loading />
    ) : load.status === 'error' ? (
      <DatasetProblem message={load.message} />
    ) : null;

  if (embed) {
    return (
      <TimelineEngineContext value={engineRef}>
        <div className="app is-embed">
          <EmbedBar />
          {waiting}
          {load.status === 'ready' && (
            <div className="layout">
              <main id="main" className="main">
                <TimelinePanel />
              </main>
              <EventDetails />
            </div>
          )}
        </div>
      </TimelineEngineContext>
    );
  }

  return (
    <TimelineEngineContext value={engineRef}>
      <div className="app">
        <nav className="skip-links" aria-label="Skip links">
          {/* To the canvas itself, where the keys zoom and pan; the fragment is the fallback. */}
          <a
            href="#timeline"
            onClick={(e) => {
              if (!engineRef.current) return;
              e.preventDefault();
              engineRef.current.focus();
            }}
          >
            Skip to the timeline
          </a>
          <a href="#events-heading">Skip to the events in view</a>
          <a href="#filters-heading">Skip to the filters</a>
        </nav>
        <Header />
        {waiting}
        {load.status === 'ready' && (
          <>
            {/* The timeline first in reading and Tab order, the filters after it (the grid
                still shows them on the left, or above on phones): a keyboard reaches the
                timeline in a few stops, not after every filter checkbox. */}
            <div className="layout">
              <main id="main" className="main">
                <LinkNotices />
                <ActorPage />
                <ActiveFilters />
                <TimelinePanel />
                <EventList />
              </main>
              <FilterPanel />
              <EventDetails />
            </div>
          </>
        )}
      </div>
    </TimelineEngineContext>
  );
}

/** Run `work` in idle time until it returns true; returns a function that stops it. */
function whenIdle(work: (hasTime: () => boolean) => boolean): () => void {
  let stopped = false;
  const run = (hasTime: () => boolean): void => {
    if (!stopped && !work(hasTime)) schedule();
  };
  const schedule = (): void => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 1), { timeout: 2000 });
    } else {
      setTimeout(() => {
        const until = performance.now() + 8;
        run(() => performance.now() < until);
      }, 50);
    }
  };
  schedule();
  return () => {
    stopped = true;
  };
}
