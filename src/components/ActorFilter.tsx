/**
 * Actor checkboxes grouped by kind, with counts, a search-as-you-type box, the any/all switch and
 * the switch that lets a country (or organisation) stand for its officials and institutions too.
 */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { foldText, includesAllWords, queryWords } from '../lib/text.ts';
import { ACTOR_KINDS, type ActorKind, type ActorRecord } from '../model/dataset.ts';
import { ACTOR_KIND_LABELS } from '../model/labels.ts';
import { selectActorCounts } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { count as countText } from './numbers.ts';

const NO_ACTORS: ActorRecord[] = [];
/** Actors listed per kind before "Show all" (thousands of checkboxes make every render slow). */
export const ACTORS_SHOWN = 100;

interface Searchable {
  actor: ActorRecord;
  /** Name and aliases, folded for matching. */
  text: string;
}

/** Actors by kind, sorted by name, with their search text: made once per actor list. */
function indexActors(actors: readonly ActorRecord[]): Map<ActorKind, Searchable[]> {
  const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  const groups = new Map<ActorKind, Searchable[]>(ACTOR_KINDS.map((k) => [k, []]));
  for (const actor of byName) {
    groups
      .get(actor.kind)
      ?.push({ actor, text: foldText([actor.name, ...actor.aliases].join('\n')) });
  }
  return groups;
}

/** Actors whose name or aliases contain every word of the search, grouped by kind, by name. */
function groupActors(index: Map<ActorKind, Searchable[]>, search: string, keep: readonly string[]) {
  const words = queryWords(search);
  return ACTOR_KINDS.map((kind) => ({
    kind,
    actors: (index.get(kind) ?? [])
      .filter(
        // Selected actors stay listed so they can always be unticked.
        (a) => keep.includes(a.actor.id) || includesAllWords(a.text, words),
      )
      .map((a) => a.actor),
  })).filter((group) => group.actors.length > 0);
}

interface RowProps {
  actor: ActorRecord;
  count: number;
  checked: boolean;
  onToggle: (id: string) => void;
}

/** One checkbox; re-rendered only when its count or state changes. */
const ActorRow = memo(function ActorRow({ actor, count, checked, onToggle }: RowProps) {
  return (
    <li className={count === 0 ? 'is-empty' : undefined}>
      <label>
        <ActorCheckbox id={actor.id} checked={checked} onToggle={onToggle} />
        <bdi className="name">{actor.name}</bdi> <span className="count">{count}</span>
      </label>
    </li>
  );
});

/**
 * The input alone: a new count re-renders the row, not its input (React writes an input's name
 * and type again at each render: 1,200 attribute writes for 400 rows whose counts a search moved).
 */
const ActorCheckbox = memo(function ActorCheckbox({
  id,
  checked,
  onToggle,
}: {
  id: string;
  checked: boolean;
  onToggle: (id: string) => void;
}) {
  return <input type="checkbox" checked={checked} onChange={() => onToggle(id)} />;
});

export function ActorFilter() {
  const actors = useDateline((s) =>
    s.load.status === 'ready' ? s.load.dataset.actors : NO_ACTORS,
  );
  const selected = useDateline((s) => s.filters.actors);
  const match = useDateline((s) => s.filters.match);
  // Hundreds of counts may change with a filter: they follow once the timeline has repainted.
  const counts = useDeferredValue(useDateline(selectActorCounts));
  const toggleActor = useDateline((s) => s.toggleActor);
  const setMatch = useDateline((s) => s.setMatch);
  const affiliated = useDateline((s) => s.filters.affiliated);
  const setAffiliated = useDateline((s) => s.setAffiliated);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<ActorKind>>(new Set());

  const index = useMemo(() => indexActors(actors), [actors]);
  const groups = useMemo(() => groupActors(index, search, selected), [index, search, selected]);

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
            (a country’s officials and institutions, an organisation’s people, the agreements it
            signed, its currency)
          </span>
        </span>
      </label>

      <div className="actor-groups">
        {groups.length === 0 && (
          <p className="hint">
            No actor matches “<bdi>{search}</bdi>”.
          </p>
        )}
        {groups.map((group) => {
          const all = expanded.has(group.kind) || group.actors.length <= ACTORS_SHOWN;
          const shown = all
            ? group.actors
            : group.actors.filter((a, i) => i < ACTORS_SHOWN || selected.includes(a.id));
          return (
            <fieldset key={group.kind} className="actor-group">
              <legend>{ACTOR_KIND_LABELS[group.kind]}</legend>
              <ul className="checklist">
                {shown.map((actor) => (
                  <ActorRow
                    key={actor.id}
                    actor={actor}
                    count={counts.get(actor.id) ?? 0}
                    checked={selected.includes(actor.id)}
                    onToggle={toggleActor}
                  />
                ))}
              </ul>
              {!all && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setExpanded(new Set([...expanded, group.kind]))}
                >
                  Show all {countText(group.actors.length)}{' '}
                  {ACTOR_KIND_LABELS[group.kind].toLowerCase()}
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
