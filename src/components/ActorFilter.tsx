/**
 * Actor checkboxes grouped by kind, with counts, a search-as-you-type box, the any/all switch and
 * the switch that lets a country (or organisation) stand for its officials and institutions too.
 */
import { useMemo, useState } from 'react';
import { foldText, includesAllWords, queryWords } from '../lib/text.ts';
import { ACTOR_KINDS, type ActorRecord } from '../model/dataset.ts';
import { ACTOR_KIND_LABELS } from '../model/labels.ts';
import { selectActorCounts } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

const NO_ACTORS: ActorRecord[] = [];

/** Actors whose name or aliases contain every word of the search, grouped by kind, by name. */
function groupActors(actors: readonly ActorRecord[], search: string, keep: readonly string[]) {
  const words = queryWords(search);
  const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  return ACTOR_KINDS.map((kind) => ({
    kind,
    actors: byName.filter(
      (a) =>
        a.kind === kind &&
        // Selected actors stay listed so they can always be unticked.
        (keep.includes(a.id) ||
          includesAllWords(foldText([a.name, ...a.aliases].join('\n')), words)),
    ),
  })).filter((group) => group.actors.length > 0);
}

export function ActorFilter() {
  const actors = useDateline((s) =>
    s.load.status === 'ready' ? s.load.dataset.actors : NO_ACTORS,
  );
  const selected = useDateline((s) => s.filters.actors);
  const match = useDateline((s) => s.filters.match);
  const counts = useDateline(selectActorCounts);
  const toggleActor = useDateline((s) => s.toggleActor);
  const setMatch = useDateline((s) => s.setMatch);
  const affiliated = useDateline((s) => s.filters.affiliated);
  const setAffiliated = useDateline((s) => s.setAffiliated);
  const [search, setSearch] = useState('');

  const groups = useMemo(() => groupActors(actors, search, selected), [actors, search, selected]);

  return (
    <fieldset className="facet actors">
      <legend>Actors</legend>
      <label className="field">
        <span>Search actors</span>
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>

      <div className="match" role="radiogroup" aria-label="Show events involving">
        {(['any', 'all'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="actor-match"
              value={value}
              checked={match === value}
              onChange={() => setMatch(value)}
            />
            {value === 'any' ? 'any selected actor' : 'all selected actors'}
          </label>
        ))}
      </div>

      <label className="toggle">
        <input
          type="checkbox"
          checked={affiliated}
          onChange={(e) => setAffiliated(e.target.checked)}
        />
        <span>
          Include affiliated actors
          <span className="hint">
            {' '}
            (a country’s officials and institutions, an organisation’s people)
          </span>
        </span>
      </label>

      <div className="actor-groups">
        {groups.length === 0 && <p className="hint">No actor matches “{search}”.</p>}
        {groups.map((group) => (
          <fieldset key={group.kind} className="actor-group">
            <legend>{ACTOR_KIND_LABELS[group.kind]}</legend>
            <ul className="checklist">
              {group.actors.map((actor) => {
                const count = counts.get(actor.id) ?? 0;
                return (
                  <li key={actor.id} className={count === 0 ? 'is-empty' : undefined}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected.includes(actor.id)}
                        onChange={() => toggleActor(actor.id)}
                      />
                      <span className="name">{actor.name}</span>{' '}
                      <span className="count">{count}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
