/**
 * A canvas that fills its host element and stays crisp on high-DPI screens: its backing store is
 * sized in device pixels and its context scaled so that drawing code works in CSS pixels.
 *
 * The host's size is read once, then kept from a ResizeObserver: reading `clientWidth` in every
 * frame would force the browser to lay out the page first whenever anything else in it changed.
 */

export interface CanvasSurface {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  /** Size in CSS pixels as of the last `fit`. */
  widthPx: number;
  heightPx: number;
  /** Match the host's size and the device pixel ratio; true when anything changed. */
  fit(): boolean;
  destroy(): void;
}

export function createSurface(host: HTMLElement, className: string): CanvasSurface {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  host.appendChild(canvas);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  let hostWidth = host.clientWidth;
  let hostHeight = host.clientHeight;
  // Inside the observer's callback the layout is up to date: reading the size costs nothing.
  const observer = new ResizeObserver(() => {
    hostWidth = host.clientWidth;
    hostHeight = host.clientHeight;
  });
  observer.observe(host);

  const surface: CanvasSurface = {
    canvas,
    ctx,
    widthPx: 0,
    heightPx: 0,
    fit() {
      const widthPx = Math.max(hostWidth, 1);
      const heightPx = Math.max(hostHeight, 1);
      const dpr = window.devicePixelRatio || 1;
      const w = Math.round(widthPx * dpr);
      const h = Math.round(heightPx * dpr);
      const changed = canvas.width !== w || canvas.height !== h || widthPx !== surface.widthPx;
      if (changed) {
        canvas.width = w;
        canvas.height = h;
        surface.widthPx = widthPx;
        surface.heightPx = heightPx;
      }
      // Device pixels per CSS pixel, in both directions (rounding may differ slightly).
      ctx.setTransform(w / widthPx, 0, 0, h / heightPx, 0, 0);
      return changed;
    },
    destroy() {
      observer.disconnect();
      canvas.remove();
    },
  };
  return surface;
}
