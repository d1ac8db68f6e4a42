/**
 * "As reported by": a day, and the app shows the state of knowledge then (`asof=`): only the
 * events some article had reported by that day, and in the details only those reports. The
 * date field changes its value as each part is typed ("0002", "0020", "2008"): a day is applied
 * once it is a real day within the articles' publication days, so typing a year does not filter
 * (and add a history entry) at every digit.
 */
import { useState } from 'react';
import { isValidDay } from '../model/dates.ts';
import { selectPublishedRange } from '../store/selectors.ts';
import { useDateline } from '../store/store.ts';

export function AsOfField() {
  const asOf = useDateline((s) => s.filters.asOf);
  const setAsOf = useDateline((s) => s.setAsOf);
  const range = useDateline(selectPublishedRange);
  const [typed, setTyped] = useState(asOf ?? '');
  // A link, back/forward or the chip's × changes the day from outside: the field follows.
  const [applied, setApplied] = useState(asOf);
  if (applied !== asOf) {
    setApplied(asOf);
    setTyped(asOf ?? '');
  }

  const inRange = (day: string): boolean =>
    isValidDay(day) && range !== null && day >= range.first && day <= range.last;
  const change = (day: string): void => {
    setTyped(day);
    if (day === '') setAsOf(null);
    else if (inRange(day)) setAsOf(day);
  };

  return (
    <label className="field">
      <span>
        As reported by <span className="hint">(only what had been published by this day)</span>
      </span>
      <input
        type="date"
        value={typed}
        min={range?.first}
        max={range?.last}
        onChange={(e) => change(e.target.value)}
        // A day left half typed or out of range goes back to the one applied.
        onBlur={() => setTyped(asOf ?? '')}
      />
    </label>
  );
}
