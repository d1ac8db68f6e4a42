import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/context.ts';
import { displayNames, shortNames } from './names.ts';

const m = (text: string, actor: string, kind: ActorMention['kind']): ActorMention => ({ start: 0, end: text.length, text, actor, kind });

describe('displayNames', () => {
  it('a person or organisation by its longest name, a country by the name used most, never an adjective', () => {
    const names = displayNames([
      m('Jobs', 'person:steve-jobs', 'person'),
      m('Steve Jobs', 'person:steve-jobs', 'person'),
      m('ICJ', 'organization:icj', 'organization'),
      m('International Court of Justice', 'organization:icj', 'organization'),
      m('Kosovo', 'country:kosovo', 'country'),
      m('Kosovo', 'country:kosovo', 'country'),
      m('Pristina', 'country:kosovo', 'country'),
      m('Serbian-run', 'country:serbia', 'country'),
      m('Serbian', 'country:serbia', 'country'),
      m('Serbian', 'country:serbia', 'country'),
      m('Serbia', 'country:serbia', 'country'),
    ]);
    expect(Object.fromEntries(names)).toEqual({
      'person:steve-jobs': 'Steve Jobs',
      'organization:icj': 'International Court of Justice',
      'country:kosovo': 'Kosovo',
      'country:serbia': 'Serbia',
    });
  });

  it('a product named only by its model code takes its article; one with a longer name keeps that', () => {
    const names = displayNames([m('747', 'product:boeing-747', 'product'), m('A330', 'product:airbus-a330', 'product'), m('Airbus A330', 'product:airbus-a330', 'product')]);
    expect(names.get('product:boeing-747')).toBe('the 747');
    expect(names.get('product:airbus-a330')).toBe('Airbus A330');
  });

  it('an adjective when it is all there is', () => {
    expect(displayNames([m('Albanian', 'country:albania', 'country')]).get('country:albania')).toBe('Albanian');
  });
});

describe('shortNames', () => {
  it('the acronym the article uses, else a surname; nothing for a one-word name', () => {
    const named = [m('International Court of Justice', 'organization:icj', 'organization'), m('ICJ', 'organization:icj', 'organization'), m('Aleksandar Vučić', 'person:vucic', 'person'), m('Kosovo', 'country:kosovo', 'country')];
    const short = shortNames(named, displayNames(named));
    expect(Object.fromEntries(short)).toEqual({ 'organization:icj': 'ICJ', 'person:vucic': 'Vučić' });
  });
});
