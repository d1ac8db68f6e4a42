import { describe, expect, it } from 'vitest';
import { TextFitter } from './text-fit.ts';

const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('TextFitter.fit', () => {
  // One pixel per code unit; bidi marks take no room, as on a canvas.
  const fitter = new TextFitter((t) => t.replace(/[\u2068\u2069]/g, '').length);

  it('cuts a label with an ellipsis to the room', () => {
    expect(fitter.fit('Kosovo declared independence', 12)).toBe('Kosovo decl…');
  });

  it('never cuts inside an emoji', () => {
    const title = `${'😀'.repeat(10)} and 👩‍🔬 scientists`;
    for (let room = 4; room < title.length; room += 1) {
      const cut = fitter.fit(title, room);
      expect(lone.test(cut), `${room}: ${cut}`).toBe(false);
      expect(cut.includes('\u200d') ? cut.includes('👩‍🔬') : true).toBe(true);
    }
  });

  it('keeps the ellipsis out of an override the cut leaves open', () => {
    expect(fitter.fit('\u202eevil title here', 12)).toBe('\u2068\u202eevil title\u2069…');
  });
});

describe('TextFitter.quickWidth', () => {
  it('is the exact width once measured, the estimate before, and measures nothing new itself', () => {
    const calls: string[] = [];
    // Exact: a pair "AV" kerned 1 px narrower than its letters' sum.
    const fitter = new TextFitter(
      (t) => (calls.push(t), t.length * 10 - (t.includes('AV') ? 1 : 0)),
    );
    expect(fitter.quickWidth('AV')).toBe(20);
    expect(calls).toEqual(['A', 'V']); // characters only, for the estimate
    expect(fitter.width('AV')).toBe(19);
    expect(fitter.quickWidth('AV')).toBe(19);
    calls.length = 0;
    expect(fitter.quickWidth('VA')).toBe(20);
    expect(fitter.quickWidth('VA')).toBe(20);
    expect(calls).toEqual([]); // letters known, and the estimate remembered
  });
});
