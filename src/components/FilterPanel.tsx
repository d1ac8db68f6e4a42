/** The sidebar: text search, date window, event types and actors. */
import { hasFilters } from '../model/filter.ts';
import { useDateline } from '../store/store.ts';
import { ActorFilter } from './ActorFilter.tsx';
import { TypeFilter } from './TypeFilter.tsx';

export function FilterPanel() {
  const filters = useDateline((s) => s.filters);
  const setQuery = useDateline((s) => s.setQuery);
  const setDateWindow = useDateline((s) => s.setDateWindow);
  const clearFilters = useDateline((s) => s.clearFilters);

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters-title">
        <h2 id="filters-heading">Filters</h2>
        {hasFilters(filters) && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>

      <label className="field">
        <span>Search events</span>
        <input
          type="search"
          value={filters.query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Words in titles and sentences"
        />
      </label>

      <fieldset className="dates">
        <legend>Dates</legend>
        <label className="field">
          <span>From</span>
          <input
            type="date"
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            onChange={(e) => setDateWindow(e.target.value || null, filters.to)}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="date"
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            onChange={(e) => setDateWindow(filters.from, e.target.value || null)}
          />
        </label>
      </fieldset>

      <TypeFilter />
      <ActorFilter />
    </section>
  );
}
