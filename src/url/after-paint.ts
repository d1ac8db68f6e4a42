/**
 * Work that must not delay the frame an interaction asks for. afterNextPaint runs it once that
 * frame is painted, in a task of its own (after the frame's callbacks, where the timeline draws);
 * a tab that paints no frames (hidden) runs it after `fallbackMs` instead, when given. whenIdle
 * waits further, for the browser to be idle, for work nothing on the screen waits for.
 */

/** Runs `callback` after the next paint (or after `fallbackMs` without frames). */
export function afterNextPaint(callback: () => void, fallbackMs?: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
  const run = (): void => {
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  if (fallbackMs !== undefined) fallback = setTimeout(run, fallbackMs);
  return cancel;
}

/**
 * Work nothing waits for (the address bar following the view): once the browser is idle after
 * the next paint, so it delays neither that frame nor the next input; at most `timeoutMs` later.
 * Where requestIdleCallback is missing (Safari), after the next paint.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') return afterNextPaint(callback, timeoutMs);
  const id = requestIdleCallback(callback, { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
