/** Checkboxes for the event types in the dataset, with their colour and counts under the other filters. */
import { useMemo } from 'react';
import { EVENT_TYPES } from '../model/dataset.ts';
import { EVENT_TYPE_LABELS } from '../model/labels.ts';
import { selectPresentTypes, selectTypeCounts } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

export function TypeFilter() {
  const present = useDateline(selectPresentTypes);
  const selected = useDateline((s) => s.filters.types);
  const counts = useDateline(selectTypeCounts);
  const toggleType = useDateline((s) => s.toggleType);

  // Types the dataset never uses would only add noise (a selected one stays visible to untick).
  const types = useMemo(
    () => EVENT_TYPES.filter((t) => present.has(t) || selected.includes(t)),
    [present, selected],
  );

  return (
    <fieldset className="facet">
      <legend>Event types</legend>
      <ul className="checklist type-list">
        {types.map((type) => {
          const count = counts.get(type) ?? 0;
          return (
            <li key={type} className={count === 0 ? 'is-empty' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(type)}
                  onChange={() => toggleType(type)}
                />
                <span
                  className="swatch"
                  style={{ background: `var(--type-${type})` }}
                  aria-hidden="true"
                />
                <span className="name">{EVENT_TYPE_LABELS[type]}</span>{' '}
                <span className="count">{count}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
