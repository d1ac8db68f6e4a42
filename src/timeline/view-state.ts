/**
 * Where the timeline looks and how it gets there: the current window, animations toward a new
 * one, the zoom limits, and the "settled" report. A person's moves (drag, wheel, keys, buttons)
 * are reported once the view has been still for SETTLE_MS; programmatic moves (from the URL or
 * the store) never are, so the store and the view cannot chase each other.
 */
import {
  clampWindow,
  fitWindow,
  viewLimits,
  type TimeWindow,
  type ViewLimits,
} from '../model/window.ts';
import { stepAnimation, type WindowAnimation } from './animation.ts';
import { windowDistancePx } from './time-scale.ts';

export const SETTLE_MS = 300;
const ANIMATION_MS = 280;
/** A requested window closer than this to the current one (at every edge) is already shown. */
const SAME_WINDOW_PX = 1.5;

export interface ViewState {
  /** The window to draw now. */
  readonly win: TimeWindow;
  /** Where the view is going: the animation's end, or the current window. */
  target(): TimeWindow;
  limits: ViewLimits;
  /** A person moved the view, immediately. */
  moveNow(next: TimeWindow): void;
  /** Glide to a window, as a person's move (reported when settled) or not. */
  animateTo(next: TimeWindow, byUser: boolean): void;
  /** Show a window asked for by the program; false when it was already shown. */
  show(next: TimeWindow, animate: boolean, widthPx: number): boolean;
  /** Advance the animation to `nowMs`; true while it needs more frames. */
  step(nowMs: number): boolean;
  dispose(): void;
}

export interface ViewStateHost {
  /** Ask for a frame. */
  request(): void;
  /** The view a person moved to, once still. */
  settled(win: TimeWindow): void;
}

export function createViewState(host: ViewStateHost): ViewState {
  let win = fitWindow(null);
  let anim: WindowAnimation | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancelSettle = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const scheduleSettle = (): void => {
    cancelSettle();
    timer = setTimeout(() => {
      timer = null;
      host.settled(win);
    }, SETTLE_MS);
  };

  const state: ViewState = {
    get win() {
      return win;
    },
    target: () => anim?.to ?? win,
    limits: viewLimits(null),
    moveNow(next) {
      anim = null;
      win = clampWindow(next, state.limits);
      scheduleSettle();
      host.request();
    },
    animateTo(next, byUser) {
      const to = clampWindow(next, state.limits);
      anim = { from: win, to, startedMs: null, durationMs: ANIMATION_MS, byUser };
      cancelSettle();
      host.request();
    },
    show(next, animate, widthPx) {
      if (windowDistancePx(state.target(), next, widthPx) < SAME_WINDOW_PX) return false;
      cancelSettle();
      if (animate) state.animateTo(next, false);
      else {
        anim = null;
        win = clampWindow(next, state.limits);
        host.request();
      }
      return true;
    },
    step(nowMs) {
      if (!anim) return false;
      const { win: next, done } = stepAnimation(anim, nowMs);
      win = next;
      if (!done) return true;
      if (anim.byUser) scheduleSettle();
      anim = null;
      return false;
    },
    dispose: cancelSettle,
  };
  return state;
}
