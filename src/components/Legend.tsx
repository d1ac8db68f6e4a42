/** What the colours and shapes on the timeline mean (colours only for the types in view). */
import { useMemo } from 'react';
import { EVENT_TYPES } from '../model/dataset.ts';
import { EVENT_TYPE_LABELS } from '../model/labels.ts';
import { selectFilteredEvents } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

export function Legend() {
  const events = useDateline(selectFilteredEvents);
  const types = useMemo(() => {
    const present = new Set(events.map((e) => e.type));
    return EVENT_TYPES.filter((t) => present.has(t));
  }, [events]);

  return (
    <div className="legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul className="legend-types" aria-label="Event types by colour">
        {types.map((type) => (
          <li key={type}>
            <span
              className="swatch"
              style={{ background: `var(--type-${type})` }}
              aria-hidden="true"
            />
            {EVENT_TYPE_LABELS[type]}
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
