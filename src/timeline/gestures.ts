/**
 * Turns raw input on the canvas into what it means for the timeline: zoom at a point, pan, tap,
 * hover, keys. One pointer drags; two pointers pinch (and pan with their middle); a mouse wheel
 * or a trackpad pinch (a wheel event with ctrlKey) zooms at the pointer; a sideways trackpad
 * swipe or shift+wheel pans. A drag that starts on the axis selects a span of time instead
 * (Escape gives it up).
 */

export interface GestureTarget {
  /** Zoom by `factor` (> 1 in) keeping the time under `xPx` in place; `smooth` animates it. */
  zoomAt(factor: number, xPx: number, smooth: boolean): void;
  panBy(dxPx: number): void;
  tap(xPx: number, yPx: number, pointerType: string): void;
  hover(xPx: number, yPx: number): void;
  leave(): void;
  /** A drag or pinch starts (true) or ends (false). */
  dragging(active: boolean): void;
  /** Handle a key; true when it was used. */
  key(key: string, shiftKey: boolean): boolean;
  /** Whether a press at this height selects a span of time (on the axis) rather than panning. */
  brushes?(yPx: number): boolean;
  /** A span being selected from `fromXPx` to `toXPx`: while dragging, once released, or given up. */
  brush?(fromXPx: number, toXPx: number, phase: 'move' | 'end' | 'cancel'): void;
}

/** How far a pointer may move before a press becomes a drag rather than a tap. */
const TAP_SLOP_PX: Record<string, number> = { mouse: 4, pen: 6, touch: 10 };
const WHEEL_ZOOM_PER_PX = 0.0025;
const PINCH_ZOOM_PER_PX = 0.01;

interface Pointer {
  x: number;
  y: number;
  startX: number;
  startY: number;
  type: string;
  /** Pressed on the axis: a drag selects a span instead of panning. */
  brush: boolean;
}

/** Pixel deltas of a wheel event, whatever unit the browser reported them in. */
function wheelDeltaPx(e: WheelEvent, pageHeightPx: () => number): { dx: number; dy: number } {
  const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? pageHeightPx() : 1;
  return { dx: e.deltaX * unit, dy: e.deltaY * unit };
}

export function attachGestures(el: HTMLElement, target: GestureTarget): () => void {
  const pointers = new Map<number, Pointer>();
  let dragging = false;
  /** Set once two fingers were down: lifting them must not count as a tap. */
  let multiTouch = false;

  const local = (e: { clientX: number; clientY: number }) => {
    const rect = el.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const pinchOf = () => {
    const [a, b] = [...pointers.values()];
    return { mid: (a!.x + b!.x) / 2, distance: Math.hypot(a!.x - b!.x, a!.y - b!.y) };
  };

  const setDragging = (active: boolean): void => {
    if (dragging === active) return;
    dragging = active;
    target.dragging(active);
  };

  const onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const { x, y } = local(e);
    el.setPointerCapture?.(e.pointerId);
    const brush = pointers.size === 0 && (target.brushes?.(y) ?? false);
    pointers.set(e.pointerId, { x, y, startX: x, startY: y, type: e.pointerType, brush });
    if (pointers.size >= 2) {
      // A second finger turns a selection into a pinch.
      for (const other of pointers.values()) {
        if (other.brush && dragging) target.brush?.(other.startX, other.x, 'cancel');
        other.brush = false;
      }
      multiTouch = true;
      setDragging(true);
    }
  };

  const onPointerMove = (e: PointerEvent): void => {
    const { x, y } = local(e);
    const p = pointers.get(e.pointerId);
    if (!p) {
      if (pointers.size === 0) target.hover(x, y);
      return;
    }
    if (pointers.size >= 2) {
      const before = pinchOf();
      p.x = x;
      p.y = y;
      const after = pinchOf();
      if (before.distance > 0 && after.distance > 0) {
        target.zoomAt(after.distance / before.distance, after.mid, false);
      }
      target.panBy(after.mid - before.mid);
      return;
    }
    const dx = x - p.x;
    p.x = x;
    p.y = y;
    const slop = TAP_SLOP_PX[p.type] ?? 6;
    if (p.brush) {
      if (!dragging && Math.abs(x - p.startX) <= slop) return;
      setDragging(true);
      target.brush?.(p.startX, x, 'move');
      return;
    }
    if (!dragging && Math.hypot(x - p.startX, y - p.startY) > slop) {
      setDragging(true);
      target.panBy(x - p.startX);
      return;
    }
    if (dragging) target.panBy(dx);
  };

  const onPointerUp = (e: PointerEvent): void => {
    const p = pointers.get(e.pointerId);
    if (!p) return;
    pointers.delete(e.pointerId);
    if (p.brush && dragging)
      target.brush?.(p.startX, p.x, e.type === 'pointerup' ? 'end' : 'cancel');
    else if (e.type === 'pointerup' && !dragging && !multiTouch) target.tap(p.x, p.y, p.type);
    if (pointers.size === 0) {
      setDragging(false);
      multiTouch = false;
      if (e.pointerType === 'mouse') target.hover(p.x, p.y);
    }
  };

  const onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const { x } = local(e);
    const { dx, dy } = wheelDeltaPx(e, () => el.clientHeight);
    if (e.ctrlKey) target.zoomAt(Math.exp(-dy * PINCH_ZOOM_PER_PX), x, false);
    else if (e.shiftKey && dx === 0) target.panBy(-dy);
    else if (Math.abs(dx) > Math.abs(dy)) target.panBy(-dx);
    else target.zoomAt(Math.exp(-dy * WHEEL_ZOOM_PER_PX), x, false);
  };

  const onDoubleClick = (e: MouseEvent): void => {
    const { x } = local(e);
    target.zoomAt(e.shiftKey ? 0.5 : 2, x, true);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Escape gives up a selection being dragged.
    const selecting = [...pointers].find(([, p]) => p.brush && dragging);
    if (e.key === 'Escape' && selecting) {
      const [id, p] = selecting;
      // The press is forgotten: moving on or releasing does nothing more.
      pointers.delete(id);
      setDragging(false);
      target.brush?.(p.startX, p.x, 'cancel');
      e.preventDefault();
      return;
    }
    if (target.key(e.key, e.shiftKey)) e.preventDefault();
  };

  const onLeave = (): void => {
    if (pointers.size === 0) target.leave();
  };

  el.addEventListener('pointerdown', onPointerDown);
  el.addEventListener('pointermove', onPointerMove);
  el.addEventListener('pointerup', onPointerUp);
  el.addEventListener('pointercancel', onPointerUp);
  el.addEventListener('pointerleave', onLeave);
  el.addEventListener('wheel', onWheel, { passive: false });
  el.addEventListener('dblclick', onDoubleClick);
  el.addEventListener('keydown', onKeyDown);
  return () => {
    el.removeEventListener('pointerdown', onPointerDown);
    el.removeEventListener('pointermove', onPointerMove);
    el.removeEventListener('pointerup', onPointerUp);
    el.removeEventListener('pointercancel', onPointerUp);
    el.removeEventListener('pointerleave', onLeave);
    el.removeEventListener('wheel', onWheel);
    el.removeEventListener('dblclick', onDoubleClick);
    el.removeEventListener('keydown', onKeyDown);
  };
}
