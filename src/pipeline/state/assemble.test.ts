import { describe, expect, it } from 'vitest';
import { redirectsText } from './assemble.ts';

describe('redirectsText', () => {
  it('writes what JSON.stringify writes of the object the months\' redirects make, in order of merged id', () => {
    const months: [string, string][][] = [
      [['eB', 'eA'], ['eZ', 'eY']],
      [],
      [['eA9', 'eQ'], ['eC', 'eQ'], ['e\u00e9', 'e"x']],
    ];
    const object = Object.fromEntries(months.flat().sort(([x], [y]) => (x < y ? -1 : 1)));
    expect(redirectsText(months)).toBe(JSON.stringify(object));
    expect(redirectsText([])).toBe('{}');
  });
});
