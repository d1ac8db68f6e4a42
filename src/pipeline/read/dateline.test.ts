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

describe('parseDateline: more forms (#14 item 7)', () => {
  const cases: [string, { place: string; outlet: string | null; date: string | null; rest: string }][] = [
    ['JEDDAH, Saudi Arabia (Nile Wire) — The army and the RSF began talks.', { place: 'Jeddah', outlet: 'Nile Wire', date: null, rest: 'The army and the RSF began talks.' }],
    ['KHARTOUM, Sudan, May 6, 2023 (Nile Wire) - Sudan’s army bombed the capital.', { place: 'Khartoum', outlet: 'Nile Wire', date: 'May 6, 2023', rest: 'Sudan’s army bombed the capital.' }],
    ['PRISTINA, Feb. 18 (Balkan Desk) -- Kosovo leaders met.', { place: 'Pristina', outlet: 'Balkan Desk', date: 'Feb. 18', rest: 'Kosovo leaders met.' }],
    ['PRIŠTINA, 18 February (Balkan Desk) - Kosovo leaders met.', { place: 'Priština', outlet: 'Balkan Desk', date: '18 February', rest: 'Kosovo leaders met.' }],
    ['BELGRADE (Dateline Wire - 28th February, 2023) Serbian President spoke.', { place: 'Belgrade', outlet: 'Dateline Wire', date: '28th February, 2023', rest: 'Serbian President spoke.' }],
    ['Port Sudan (Nile Wire) — Relief flights landed on Friday.', { place: 'Port Sudan', outlet: 'Nile Wire', date: null, rest: 'Relief flights landed on Friday.' }],
    ['WASHINGTON — The Senate approved the bill.', { place: 'Washington', outlet: null, date: null, rest: 'The Senate approved the bill.' }],
    ['NEW YORK, May 7 - Shares rose.', { place: 'New York', outlet: null, date: 'May 7', rest: 'Shares rose.' }],
  ];
  for (const [body, want] of cases) {
    it(body.slice(0, 40), () => {
      const d = parseDateline(body)!;
      expect(d).not.toBeNull();
      expect({ place: d.place, outlet: d.outlet, date: d.date, rest: body.slice(d.length) }).toEqual(want);
    });
  }

  it('prose that looks a little like one is not a dateline', () => {
    for (const body of [
      'Kosovo (a former Serbian province) declared independence.',
      'U.S. - China talks resumed on Monday.',
      'EU - UK trade fell.',
      'The army (and its allies) — said nothing.',
      'A - B testing is common.',
      'NATO-led troops patrolled the border.',
    ]) {
      expect(parseDateline(body), body).toBeNull();
    }
  });
});
