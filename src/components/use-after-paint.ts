/**
 * A value that follows another once the next frame is painted: a view that changes with the
 * filters (the list of events in view: a measuring pass over every event in it) then never delays
 * the timeline's repaint. useDeferredValue does not promise that: its render may run before the
 * frame, and a long synchronous step in it (the list's virtualiser sizing 100,000 rows) delays it.
 */
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../url/after-paint.ts';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    return afterNextPaint(() => setShown(value));
  }, [value, shown]);
  return shown;
}
