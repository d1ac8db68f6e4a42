/**
 * A summary of the active filters, each removable with one click, and "Clear all"; together with
 * how many events match. Shown above the timeline, so it stays visible when the filters fold.
 */
import { hasFilters } from '../model/filter.ts';
import { dayText, EVENT_TYPE_LABELS } from '../model/labels.ts';
import {
  selectActorsById,
  selectAllEvents,
  selectComplete,
  selectFilteredEvents,
} from '../store/selectors.ts';
import { datelineStore, useDateline } from '../store/store.ts';
import { count } from './numbers.ts';
import { typeColor } from './type-color.ts';

export function ActiveFilters() {
  const filters = useDateline((s) => s.filters);
  const actorPage = useDateline((s) => s.actorPage);
  const actorsById = useDateline(selectActorsById);
  const matching = useDateline(selectFilteredEvents).length;
  const total = useDateline(selectAllEvents).length;
  const complete = useDateline(selectComplete);
  // Actions never change, so they can be read once rather than subscribed to.
  const {
    toggleActor,
    toggleType,
    setQuery,
    setHidePublicationDated,
    setKeyOnly,
    setAsOf,
    clearFilters,
  } = datelineStore.getState();

  // An actor's page says whose events these are: only the filters added to it are listed here.
  const actors = filters.actors.filter((id) => id !== actorPage);
  if (!hasFilters({ ...filters, actors })) return null;
  const actorJoin = filters.match === 'all' ? 'and' : 'or';

  return (
    <section className="active-filters" aria-label="Active filters">
      <p className="active-summary">
        {count(matching)} of {count(total)} {complete ? 'events' : 'loaded events'} match
      </p>
      <ul className="filter-chips">
        {filters.query.trim() !== '' && (
          <li>
            <button
              type="button"
              onClick={() => setQuery('')}
              aria-label={`Remove text filter “${filters.query}”`}
            >
              “<bdi>{filters.query}</bdi>” <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
        {filters.keyOnly && (
          <li>
            <button
              type="button"
              onClick={() => setKeyOnly(false)}
              aria-label="Show every event again, not only key events"
            >
              Key events <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
        {filters.asOf !== null && (
          <li>
            <button
              type="button"
              onClick={() => setAsOf(null)}
              aria-label={`Show what was reported after ${dayText(filters.asOf)} too`}
            >
              As reported by {dayText(filters.asOf)} <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
        {filters.hidePublicationDated && (
          <li>
            <button
              type="button"
              onClick={() => setHidePublicationDated(false)}
              aria-label="Show events dated only by publication again"
            >
              Dated in the text <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
        {filters.types.map((t) => (
          <li key={t}>
            <button
              type="button"
              onClick={() => toggleType(t)}
              aria-label={`Remove type ${EVENT_TYPE_LABELS[t]}`}
            >
              <span className="swatch" style={{ background: typeColor(t) }} aria-hidden="true" />
              {EVENT_TYPE_LABELS[t]} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        {actors.map((id, i) => {
          const name = actorsById.get(id)?.name ?? id;
          return (
            <li key={id}>
              {(i > 0 || actorPage !== null) && <span className="chip-join">{actorJoin}</span>}
              <button
                type="button"
                onClick={() => toggleActor(id)}
                aria-label={`Remove actor ${name}`}
              >
                <bdi>{name}</bdi>
                {filters.affiliated && <span className="chip-note"> and affiliates</span>}{' '}
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={clearFilters}>
        Clear all filters
      </button>
    </section>
  );
}
