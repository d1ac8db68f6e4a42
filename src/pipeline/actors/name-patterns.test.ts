/**
 * How names are written in the world's news (issue 15 item 3): Arabic articles and patronymics
 * ("al-Burhan", "bin Laden"), European particles ("de Gaulle", "van Gogh"), names known by
 * another name ("Mohamed Hamdan Dagalo, known as Hemedti"), and surnames that stand for the full
 * name later. Sentences are the team's own, about well-known people.
 */
import { describe, expect, it } from 'vitest';
import { curatedKb } from './curated-kb.fixture.ts';
import { recogniseActors } from './recognise.ts';

const kb = curatedKb();

/** People found, as [surface text, actor id]. */
const people = (text: string): [string, string][] =>
  recogniseActors(text, kb)
    .mentions.filter((m) => m.kind === 'person')
    .map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return [m.text, m.actor];
    });

describe('Arabic names: the article al- and patronymics', () => {
  it('"al-Burhan" ends the name, and "Burhan" alone later is the same person', () => {
    expect(people("Sudan's army chief Abdel Fattah al-Burhan flew to Cairo on Tuesday. Burhan met Egypt's president there.")).toEqual([
      ['Abdel Fattah al-Burhan', 'person:abdel-fattah-al-burhan'],
      ['Burhan', 'person:abdel-fattah-al-burhan'],
    ]);
  });

  it('"al-Bashir" later, with its article, is the same person too', () => {
    expect(people('Omar al-Bashir ruled Sudan for three decades until April 2019. Protesters had demanded that al-Bashir step down.')).toEqual([
      ['Omar al-Bashir', 'person:omar-al-bashir'],
      ['al-Bashir', 'person:omar-al-bashir'],
    ]);
  });

  it('bin, ibn and Abu inside a name', () => {
    expect(people('Osama bin Laden was killed in Abbottabad in May 2011.')).toEqual([['Osama bin Laden', 'person:osama-bin-laden']]);
    expect(people('Abu Bakr al-Baghdadi led the group until 2019.')).toEqual([['Abu Bakr al-Baghdadi', 'person:abu-bakr-al-baghdadi']]);
    expect(people('The kingdom was founded by Abdulaziz ibn Saud in 1932.')).toEqual([['Abdulaziz ibn Saud', 'person:abdulaziz-ibn-saud']]);
  });
});

describe('European particles', () => {
  it('de, van: one name, not two', () => {
    expect(people('Charles de Gaulle resigned in April 1969.')).toEqual([['Charles de Gaulle', 'person:charles-de-gaulle']]);
    expect(people('Vincent van Gogh painted it in 1889.')).toEqual([['Vincent van Gogh', 'person:vincent-van-gogh']]);
  });

  it('a place written with a particle is not a person', () => {
    expect(people('Tourists returned to the Costa del Sol in June.')).toEqual([]);
  });
});

describe('names known by another name', () => {
  it('"known as Hemedti": the nickname is the same actor, there and later', () => {
    const found = people('Mohamed Hamdan Dagalo, known as Hemedti, commands the Rapid Support Forces. On Sunday Hemedti said his forces would leave the capital.');
    expect(found).toEqual([
      ['Mohamed Hamdan Dagalo', 'person:mohamed-hamdan-dagalo'],
      ['Hemedti', 'person:mohamed-hamdan-dagalo'],
      ['Hemedti', 'person:mohamed-hamdan-dagalo'],
    ]);
  });

  it('"better known as", "nicknamed"', () => {
    expect(people('Ernesto Guevara, better known as Che, left Cuba in 1965.').map(([, id]) => id)).toEqual(['person:ernesto-guevara', 'person:ernesto-guevara']);
    expect(people('Joaquin Guzman, nicknamed El Chapo, was extradited in 2017.').map(([text]) => text)).toEqual(['Joaquin Guzman', 'El Chapo']);
  });
});

describe('people who share a surname', () => {
  it('two people named al-Bashir in one article keep their own ids', () => {
    const found = people('Omar al-Bashir ruled Sudan until 2019. His brother Abdullah al-Bashir was arrested in May.');
    expect(found.map(([, id]) => id)).toEqual(['person:omar-al-bashir', 'person:abdullah-al-bashir']);
  });
});
