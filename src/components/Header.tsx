/** Title bar: what the dataset holds, how much of it the filters show, and the exports. */
import { selectFilteredEvents } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { ExportButtons } from './ExportButtons.tsx';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function Header() {
  const load = useDateline((s) => s.load);
  const shown = useDateline(selectFilteredEvents).length;

  return (
    <header className="header">
      <h1>Dateline</h1>
      {load.status === 'ready' && (
        <>
          <p className="header-counts">
            {/* Announced politely so screen-reader users hear what a filter change did. */}
            <span role="status">
              {shown === load.dataset.events.length
                ? plural(shown, 'event', 'events')
                : `${shown} of ${plural(load.dataset.events.length, 'event', 'events')}`}
            </span>
            <span aria-hidden="true"> · </span>
            <span>{plural(load.dataset.actors.length, 'actor', 'actors')}</span>
            <span aria-hidden="true"> · </span>
            <span>{plural(load.dataset.articles.length, 'article', 'articles')}</span>
          </p>
          <ExportButtons />
        </>
      )}
    </header>
  );
}
