import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.ts';

describe('parseDateline', () => {
  it('place and outlet, dropping the repeated publication date', () => {
    const body =
      'BELGRADE (UrduPoint News / Sputnik - 22nd September, 2022) The president of the partially-recognized Republic of Kosovo';
    const d = parseDateline(body);
    expect(d).not.toBeNull();
    expect(d!.place).toBe('Belgrade');
    expect(d!.outlet).toBe('UrduPoint News / Sputnik');
    // The dateline covers everything up to the first word of the story.
    expect(body.slice(d!.length).startsWith('The president')).toBe(true);
  });

  it('place with a short date and a dash after the outlet', () => {
    const body = 'PRISTINA, Feb 18 (Balkan Desk) - Kosovo leaders met on Monday.';
    const d = parseDateline(body)!;
    expect(d.place).toBe('Pristina');
    expect(d.outlet).toBe('Balkan Desk');
    expect(body.slice(d.length)).toBe('Kosovo leaders met on Monday.');
  });

  it('multi-word place with a region, em dash', () => {
    const body = 'THE HAGUE, Netherlands (Reuters) — The court ruled.';
    const d = parseDateline(body)!;
    expect(d.place).toBe('The Hague');
    expect(d.outlet).toBe('Reuters');
    expect(body.slice(d.length)).toBe('The court ruled.');
  });

  it('outlet without a date keeps its whole name', () => {
    const d = parseDateline('BRUSSELS (Adriatic Press) - The European Union said.')!;
    expect(d.place).toBe('Brussels');
    expect(d.outlet).toBe('Adriatic Press');
  });

  it('no dateline in ordinary prose', () => {
    expect(
      parseDateline('The president of Kosovo met NATO officials (in Brussels) on Wednesday.'),
    ).toBeNull();
    expect(parseDateline('Kosovo (a former Serbian province) declared independence.')).toBeNull();
    expect(parseDateline('')).toBeNull();
  });
});
