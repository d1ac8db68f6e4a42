/** Measuring and shortening labels with an ellipsis, cached (canvas text measurement is slow). */

const ELLIPSIS = '…';
const MAX_CACHE = 4000;

export class TextFitter {
  private widths = new Map<string, number>();
  private fits = new Map<string, string>();

  constructor(private readonly measure: (text: string) => number) {}

  width(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      if (this.widths.size > MAX_CACHE) this.widths.clear();
      this.widths.set(text, (w = this.measure(text)));
    }
    return w;
  }

  /** The text, or its longest prefix plus "…", that fits in `maxPx` (whole pixels). */
  fit(text: string, maxPx: number): string {
    if (this.width(text) <= maxPx) return text;
    const key = `${Math.floor(maxPx)}\u0000${text}`;
    let fitted = this.fits.get(key);
    if (fitted !== undefined) return fitted;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.width(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxPx) lo = mid;
      else hi = mid - 1;
    }
    fitted = lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS;
    if (this.fits.size > MAX_CACHE) this.fits.clear();
    this.fits.set(key, fitted);
    return fitted;
  }

  /** Forget every measurement (after a font change). */
  reset(): void {
    this.widths.clear();
    this.fits.clear();
  }
}
