/**
 * Checkboxes for the event types in the dataset, grouped by quad class (whose colour they share
 * on the timeline), with counts under the other filters.
 */
import { useMemo } from 'react';
import { EVENT_CLASSES, EVENT_TYPE_CLASS, EVENT_TYPES } from '../model/dataset.ts';
import { EVENT_CLASS_LABELS, EVENT_TYPE_LABELS } from '../model/labels.ts';
import { selectPresentTypes, selectTypeCounts } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { classColor } from './type-color.ts';

export function TypeFilter() {
  const present = useDateline(selectPresentTypes);
  const selected = useDateline((s) => s.filters.types);
  const counts = useDateline(selectTypeCounts);
  const toggleType = useDateline((s) => s.toggleType);

  // Types the dataset never uses would only add noise (a selected one stays visible to untick).
  const groups = useMemo(
    () =>
      EVENT_CLASSES.map((eventClass) => ({
        eventClass,
        types: EVENT_TYPES.filter(
          (t) => EVENT_TYPE_CLASS[t] === eventClass && (present.has(t) || selected.includes(t)),
        ),
      })).filter((g) => g.types.length > 0),
    [present, selected],
  );

  return (
    <fieldset className="facet">
      <legend>Event types</legend>
      <ul className="type-groups">
        {groups.map(({ eventClass, types }) => (
          <li key={eventClass} className="type-group">
            <span className="type-group-name" id={`type-group-${eventClass}`}>
              <span
                className="swatch"
                style={{ background: classColor(eventClass) }}
                aria-hidden="true"
              />
              {EVENT_CLASS_LABELS[eventClass]}
            </span>
            <ul className="checklist type-list" aria-labelledby={`type-group-${eventClass}`}>
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
                      <span className="name">{EVENT_TYPE_LABELS[type]}</span>{' '}
                      <span className="count">{count}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
