/**
 * The link codec is a public API: whatever string lands in any parameter, parsing never throws,
 * keeps the other parameters, and what it formats parses back to the same state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, URL_PARAMS } from '../src/url/codec.ts';

const anyValue = fc.oneof(
  fc.string({ maxLength: 60, unit: 'binary' }),
  fc.string({ maxLength: 60, unit: 'grapheme' }),
  fc.constantFrom('%', '%E0%A4%A', '%00', 'javascript:alert(1)', '<script>', ',,,', ' ', '\u202e', 'x'.repeat(5000)),
);

describe('URL codec properties', () => {
  it('never throws for any value in any parameter, and round-trips what it keeps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...URL_PARAMS), anyValue, (name, value) => {
        const search = `?${name}=${encodeURIComponent(value)}&q=kept`;
        const { state } = parseUrlState(search);
        // A bad value drops only its own parameter: the search text survives.
        if (name !== 'q') expect(state.filters.query).toBe('kept');
        const again = parseUrlState(formatUrlState(state));
        expect(again.state).toEqual(state);
        expect(again.problems).toEqual([]);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('never throws on raw, unencoded garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (raw) => {
        expect(() => parseUrlState(raw)).not.toThrow();
        expect(() => parseUrlState(`?${raw}`)).not.toThrow();
      }),
      { seed: 8, numRuns: 1000 },
    );
  });
});
