/** Measuring and shortening labels with an ellipsis, cached (canvas text measurement is slow). */
import { prefixAtGrapheme, withEllipsis } from '../lib/shorten.ts';

const ELLIPSIS = '…';
/** Labels measured are remembered: a view holds a few thousand, a zoom sweeps through more. */
const MAX_CACHE = 50_000;
/** Room for a cut label is rounded down to this many pixels, so that a zoom reuses the cuts. */
const ROOM_STEP_PX = 4;

export class TextFitter {
  private widths = new Map<string, number>();
  private fits = new Map<string, string>();
  private chars = new Map<number, number>();
  private estimates = new Map<string, number>();

  constructor(private readonly measure: (text: string) => number) {}

  /**
   * About how wide `text` is, from the widths of its characters (each measured once): within a
   * few percent of `width` (no kerning), and cheap enough to lay out thousands of labels at a
   * new zoom step. Drawing measures exactly (`fit`) and cuts a label that runs into the next.
   */
  estimate(text: string): number {
    let w = this.estimates.get(text);
    if (w !== undefined) return w;
    w = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let c = this.chars.get(code);
      if (c === undefined) this.chars.set(code, (c = this.measure(text[i]!)));
      w += c;
    }
    if (this.estimates.size > MAX_CACHE) this.estimates.clear();
    this.estimates.set(text, w);
    return w;
  }

  /** The exact width if measured already, else the estimate: a width good to a few percent, free. */
  quickWidth(text: string): number {
    return this.widths.get(text) ?? this.estimate(text);
  }

  width(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      if (this.widths.size > MAX_CACHE) this.widths.clear();
      this.widths.set(text, (w = this.measure(text)));
    }
    return w;
  }

  /**
   * The text, or its longest prefix plus "…", that fits in `maxPx` (rounded down to whole steps of
   * ROOM_STEP_PX, so that zooming, which changes the room a little every frame, reuses the cuts).
   */
  fit(text: string, maxPx: number): string {
    const full = this.width(text);
    if (full <= maxPx) return text;
    const room = Math.floor(maxPx / ROOM_STEP_PX) * ROOM_STEP_PX;
    const key = `${room}\u0000${text}`;
    let fitted = this.fits.get(key);
    if (fitted !== undefined) return fitted;
    // Start near where the cut should be (widths grow about in proportion to length).
    const fits = (n: number): boolean => this.width(text.slice(0, n).trimEnd() + ELLIPSIS) <= room;
    let lo = 0;
    let hi = text.length;
    const guess = Math.min(
      text.length - 1,
      Math.max(0, Math.floor((text.length * room) / full) - 1),
    );
    if (fits(guess)) {
      lo = guess;
      if (guess + 2 <= hi && !fits(guess + 2)) hi = guess + 1;
    } else hi = guess - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    // The cut is made at a character a reader sees (never inside an emoji), and the ellipsis is
    // kept out of a right-to-left override the title may leave open.
    const prefix = prefixAtGrapheme(text, lo);
    fitted = prefix === '' ? '' : withEllipsis(prefix);
    if (this.fits.size > MAX_CACHE) this.fits.clear();
    this.fits.set(key, fitted);
    return fitted;
  }

  /** Forget every measurement (after a font change). */
  reset(): void {
    this.widths.clear();
    this.fits.clear();
    this.chars.clear();
    this.estimates.clear();
  }
}
