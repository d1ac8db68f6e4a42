/**
 * A summary of the active filters, each removable with one click, and "Clear all"; together with
 * how many events match. Shown above the timeline, so it stays visible when the filters fold.
 */
import type { ReactNode } from 'react';
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
import { ActorLink } from './ActorLink.tsx';
import { typeColor } from './type-color.ts';

/** One active filter: what it keeps, and a × that removes it (`label` says so to screen readers). */
function Chip(props: { label: string; onRemove: () => void; children: ReactNode }) {
  return (
    <li>
      <button type="button" onClick={props.onRemove} aria-label={props.label}>
        {props.children} <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

export function ActiveFilters() {
  const filters = useDateline((s) => s.filters);
  const actorPage = useDateline((s) => s.actorPage);
  const lanes = useDateline((s) => s.lanes);
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
  // With lanes, the selected actors name lanes rather than narrow: listed as such.
  const actorJoin = filters.match === 'all' ? 'and' : 'or';

  return (
    <section className="active-filters" aria-label="Active filters">
      <p className="active-summary">
        {count(matching)} of {count(total)} {complete ? 'events' : 'loaded events'} match
      </p>
      <ul className="filter-chips">
        {filters.query.trim() !== '' && (
          <Chip label={`Remove text filter “${filters.query}”`} onRemove={() => setQuery('')}>
            “<bdi>{filters.query}</bdi>”
          </Chip>
        )}
        {filters.keyOnly && (
          <Chip
            label="Show every event again, not only key events"
            onRemove={() => setKeyOnly(false)}
          >
            Key events
          </Chip>
        )}
        {filters.asOf !== null && (
          <Chip
            label={`Show what was reported after ${dayText(filters.asOf)} too`}
            onRemove={() => setAsOf(null)}
          >
            As reported by {dayText(filters.asOf)}
          </Chip>
        )}
        {filters.hidePublicationDated && (
          <Chip
            label="Show events dated only by publication again"
            onRemove={() => setHidePublicationDated(false)}
          >
            Dated in the text
          </Chip>
        )}
        {filters.types.map((t) => (
          <Chip
            key={t}
            label={`Remove type ${EVENT_TYPE_LABELS[t]}`}
            onRemove={() => toggleType(t)}
          >
            <span className="swatch" style={{ background: typeColor(t) }} aria-hidden="true" />
            {EVENT_TYPE_LABELS[t]}
          </Chip>
        ))}
        {actors.map((id, i) => {
          const name = actorsById.get(id)?.name ?? id;
          return (
            <li key={id}>
              {lanes
                ? i === 0 && <span className="chip-join">Lanes:</span>
                : (i > 0 || actorPage !== null) && <span className="chip-join">{actorJoin}</span>}
              {/* The name opens the actor's page; the × removes the actor from the filter. */}
              <span className="chip-pair">
                <ActorLink id={id} name={name}>
                  {filters.affiliated && <span className="chip-note"> and affiliates</span>}
                </ActorLink>
                <button
                  type="button"
                  onClick={() => toggleActor(id)}
                  aria-label={lanes ? `Remove the lane of ${name}` : `Remove actor ${name}`}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
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
