/** What the colours and shapes on the timeline mean (colours only for the types in view). */
import { useMemo } from 'react';
import { EVENT_TYPES } from '../model/dataset.ts';
import { EVENT_TYPE_LABELS } from '../model/labels.ts';
import { selectTypeCounts } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

export function Legend() {
  // The types among the matching events: counted under every filter but the type filter itself.
  const counts = useDateline(selectTypeCounts);
  const chosen = useDateline((s) => s.filters.types);
  const types = useMemo(
    () =>
      EVENT_TYPES.filter(
        (t) => (counts.get(t) ?? 0) > 0 && (chosen.length === 0 || chosen.includes(t)),
      ),
    [counts, chosen],
  );

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
