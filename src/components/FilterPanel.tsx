/**
 * The filters: text search, key events only, how events are dated, what had been reported by a
 * day, event types, actors. A sidebar on wide screens;
 * on phones it folds away behind a "Filters" button (the active filters stay summarised above the
 * timeline).
 */
import { useState } from 'react';
import { useDateline } from '../store/store.ts';
import { ActorFilter } from './ActorFilter.tsx';
import { AsOfField } from './AsOfField.tsx';
import { TypeFilter } from './TypeFilter.tsx';

export function FilterPanel() {
  const query = useDateline((s) => s.filters.query);
  const setQuery = useDateline((s) => s.setQuery);
  const hidePublicationDated = useDateline((s) => s.filters.hidePublicationDated);
  const setHidePublicationDated = useDateline((s) => s.setHidePublicationDated);
  const keyOnly = useDateline((s) => s.filters.keyOnly);
  const setKeyOnly = useDateline((s) => s.setKeyOnly);
  const active = useDateline(
    (s) =>
      s.filters.actors.length +
      s.filters.types.length +
      (s.filters.query.trim() ? 1 : 0) +
      (s.filters.hidePublicationDated ? 1 : 0) +
      (s.filters.keyOnly ? 1 : 0) +
      (s.filters.asOf !== null ? 1 : 0),
  );
  const [open, setOpen] = useState(false);

  return (
    <section className={open ? 'filters is-open' : 'filters'} aria-labelledby="filters-heading">
      <div className="filters-title">
        <h2 id="filters-heading">Filters</h2>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={open}
          aria-controls="filters-body"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide filters' : active > 0 ? `Show filters (${active} active)` : 'Show filters'}
        </button>
      </div>

      <div id="filters-body" className="filters-body">
        <label className="field">
          <span>Search events</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Words in titles and sentences"
          />
        </label>
        <label className="toggle">
          <input type="checkbox" checked={keyOnly} onChange={(e) => setKeyOnly(e.target.checked)} />
          <span>
            Key events only{' '}
            <span className="hint">
              (reported by several articles, or force with several actors)
            </span>
          </span>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={hidePublicationDated}
            onChange={(e) => setHidePublicationDated(e.target.checked)}
          />
          <span>
            Hide events dated only by publication{' '}
            <span className="hint">(the text gives no date for them)</span>
          </span>
        </label>
        <AsOfField />
        <TypeFilter />
        <ActorFilter />
      </div>
    </section>
  );
}
