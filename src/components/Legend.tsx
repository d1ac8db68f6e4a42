/**
 * What the colours and shapes on the timeline mean. Colours stand for quad classes; each is shown
 * with the types of it that are in view (counted under every filter but the type filter itself).
 */
import { useMemo } from 'react';
import { EVENT_CLASSES, EVENT_TYPE_CLASS, EVENT_TYPES } from '../model/dataset.ts';
import { EVENT_CLASS_LABELS, EVENT_TYPE_LABELS } from '../model/labels.ts';
import { selectTypeCounts } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';
import { classColor } from './type-color.ts';

export function Legend() {
  const counts = useDateline(selectTypeCounts);
  const chosen = useDateline((s) => s.filters.types);
  const classes = useMemo(() => {
    const shown = EVENT_TYPES.filter(
      (t) => (counts.get(t) ?? 0) > 0 && (chosen.length === 0 || chosen.includes(t)),
    );
    return EVENT_CLASSES.map((eventClass) => ({
      eventClass,
      types: shown.filter((t) => EVENT_TYPE_CLASS[t] === eventClass),
    })).filter((c) => c.types.length > 0);
  }, [counts, chosen]);

  return (
    <div className="legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul className="legend-types" aria-label="Event colours">
        {classes.map(({ eventClass, types }) => (
          <li key={eventClass}>
            <span
              className="swatch"
              style={{ background: classColor(eventClass) }}
              aria-hidden="true"
            />
            {EVENT_CLASS_LABELS[eventClass]}
            <span className="legend-of">
              ({types.map((t) => EVENT_TYPE_LABELS[t].toLowerCase()).join(', ')})
            </span>
          </li>
        ))}
      </ul>
      <ul className="legend-shapes" aria-label="Shapes">
        <li>
          <span className="shape shape-day" aria-hidden="true" />a day
        </li>
        <li>
          <span className="shape shape-fuzzy" aria-hidden="true" />a month, season or year (soft
          edges: somewhere inside)
        </li>
        <li>
          <span className="shape shape-expected" aria-hidden="true" />
          expected at the time
        </li>
        <li>
          <span className="shape shape-cluster" aria-hidden="true">
            +3
          </span>
          more events: click to zoom in
        </li>
      </ul>
    </div>
  );
}
