/** Title bar: what the dataset holds, how much of it the filters show, and the exports. */
import { selectFilteredEvents } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { count, plural } from './numbers.ts';

export function Header() {
  const load = useDateline((s) => s.load);
  const shown = useDateline(selectFilteredEvents).length;

  if (load.status !== 'ready') {
    return (
      <header className="header">
        <h1>Dateline</h1>
      </header>
    );
  }
  const { catalog, dataset } = load;
  const loaded = dataset.events.length;
  return (
    <header className="header">
      <h1>Dateline</h1>
      <p className="header-counts">
        {/* Announced politely so screen-reader users hear what a filter change did. */}
        <span role="status">
          {catalog.complete
            ? shown === loaded
              ? plural(shown, 'event', 'events')
              : `${count(shown)} of ${plural(loaded, 'event', 'events')}`
            : shown === loaded
              ? `${plural(catalog.events, 'event', 'events')} (${count(loaded)} loaded)`
              : `${count(shown)} of ${count(loaded)} loaded events (${count(catalog.events)} in all)`}
        </span>
        <span aria-hidden="true"> · </span>
        <span>{plural(dataset.actors.length, 'actor', 'actors')}</span>
        <span aria-hidden="true"> · </span>
        <span>{plural(catalog.articles, 'article', 'articles')}</span>
      </p>
      <ExportButtons />
    </header>
  );
}
