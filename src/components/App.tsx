/** The page: header, then a loading / problem message or the filters, event list and details. */
import { useEffect } from 'react';
import { selectSelection } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { EventDetails } from './EventDetails.tsx';
import { EventList } from './EventList.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { Header } from './Header.tsx';
import { MissingEventNotice } from './MissingEventNotice.tsx';
import { DatasetProblem, Loading } from './StatusMessages.tsx';

export function App() {
  const load = useDateline((s) => s.load);
  const selection = useDateline(selectSelection);

  useEffect(() => {
    document.title =
      selection.kind === 'event' ? `${selection.event.title} – Dateline` : 'Dateline';
  }, [selection]);

  return (
    <div className="app">
      <a className="skip-link" href="#events">
        Skip to events
      </a>
      <Header />
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && <DatasetProblem message={load.message} />}
      {load.status === 'ready' && (
        <>
          {selection.kind === 'missing' && <MissingEventNotice id={selection.id} />}
          <div className="layout">
            <FilterPanel />
            <main id="events" className="events" tabIndex={-1}>
              <EventList />
            </main>
            <EventDetails />
          </div>
        </>
      )}
    </div>
  );
}
