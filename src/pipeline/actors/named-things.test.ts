import { describe, expect, it } from 'vitest';
import { makeDoc } from '../text/doc.ts';
import { curatedKb } from './curated-kb.fixture.ts';
import { recogniseNamedThings } from './named-things.ts';
import { recogniseActors } from './recognise.ts';

const kb = curatedKb();

/** The named-things pass over a text, its mentions checked against the text. */
function recognise(text: string) {
  const actors = recogniseActors(text, kb);
  const things = recogniseNamedThings(makeDoc(text), actors.mentions);
  for (const m of things.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return things;
}

/** Every mention after the named-things pass, as "text=id". */
function mentions(text: string): string[] {
  return recognise(text).mentions.map((m) => `${m.text}=${m.actor}`);
}

/** The mentions of one kind, as "text=id". */
function ofKind(text: string, kind: string): string[] {
  return recognise(text)
    .mentions.filter((m) => m.kind === kind)
    .map((m) => `${m.text}=${m.actor}`);
}

describe('agreements', () => {
  it('a capitalised name before its head noun, and "the agreement" later when only one was named; "the deal" is not said to be it', () => {
    expect(mentions('Serbia and Kosovo signed the Brussels Agreement in April 2013. The agreement was hailed in Pristina. The deal was welcomed.')).toEqual([
      'Serbia=country:serbia',
      'Kosovo=country:kosovo',
      'the Brussels Agreement=agreement:brussels-agreement',
      'The agreement=agreement:brussels-agreement',
      'Pristina=place:pristina',
    ]);
  });

  it('the head first ("Treaty of Lisbon"), joined words, a day name inside ("Good Friday Agreement")', () => {
    expect(mentions('The Treaty of Lisbon entered into force in 2009.')).toEqual(['The Treaty of Lisbon=agreement:treaty-of-lisbon']);
    expect(mentions('The Good Friday Agreement was signed in 1998.')).toEqual(['The Good Friday Agreement=agreement:good-friday-agreement']);
    expect(mentions('The Stabilisation and Association Agreement was signed in Strasbourg.')[0]).toBe('The Stabilisation and Association Agreement=agreement:stabilisation-and-association-agreement');
    expect(mentions('It is called the First Agreement of Principles Governing the Normalisation of Relations.')).toEqual([
      'the First Agreement of Principles Governing the Normalisation of Relations=agreement:brussels-agreement',
    ]);
    expect(mentions('Both leaders accepted the Agreement on the Path to Normalisation in February.')).toEqual([
      'the Agreement on the Path to Normalisation=agreement:agreement-on-the-path-to-normalisation',
    ]);
  });

  it('an agreement named in two ways is one entity (data/knowledge/agreements.json); a name it does not list keeps its own', () => {
    const formal = 'The First Agreement of Principles Governing the Normalization of Relations was initialled in April 2013.';
    expect(mentions(formal)).toEqual(['The First Agreement of Principles Governing the Normalization of Relations=agreement:brussels-agreement']);
    expect(mentions('Kosovo Albanians signed the Rambouillet Agreement in Paris.')).toContain('the Rambouillet Agreement=agreement:rambouillet-accords');
    expect(mentions('The Dayton Agreement ended the war in Bosnia.')[0]).toBe('The Dayton Agreement=agreement:dayton-agreement');
  });

  it('"the constitution", "the resolution" after the one law of that kind the article named', () => {
    expect(mentions('The Constitution of Kosovo came into force in June. Serbia rejected the constitution.')).toEqual([
      'The Constitution of Kosovo=law:constitution-of-kosovo',
      'Serbia=country:serbia',
      'the constitution=law:constitution-of-kosovo',
    ]);
    expect(mentions('The council adopted Resolution 1244 in June 1999. Belgrade cites the resolution.').filter((m) => m.startsWith('the resolution'))).toEqual(['the resolution=law:resolution-1244']);
    // Two resolutions named: "the resolution" is neither.
    expect(mentions('Resolution 1244 and Resolution 1160 were adopted. The resolution was welcomed.').filter((m) => /^the resolution/i.test(m))).toEqual([]);
  });

  it('a lower-case head after a place is a named agreement, named in title case; after a country it is not', () => {
    expect(mentions('The Ohrid agreement ended the conflict in 2001.')).toEqual(['The Ohrid agreement=agreement:ohrid-agreement']);
    expect(mentions('Officials discussed the Kosovo agreement on Monday.')).toEqual(['Kosovo=country:kosovo']);
  });

  it('a day or a month after "on" is when, not part of the name', () => {
    expect(ofKind('Both sides signed the Brussels Agreement on Friday and the Law on Foreigners on May 3.', 'agreement')).toEqual(['the Brussels Agreement=agreement:brussels-agreement']);
  });

  it('two agreements named: "the agreement" is neither', () => {
    const found = mentions('The Dayton Accords and the Ohrid Agreement were compared. The agreement was older.');
    expect(found).toEqual(['The Dayton Accords=agreement:dayton-accords', 'the Ohrid Agreement=agreement:ohrid-agreement']);
  });

  it('an organisation whose name holds "Treaty" stays the organisation', () => {
    expect(mentions('The North Atlantic Treaty Organization met in Brussels.')).toEqual(['North Atlantic Treaty Organization=organization:nato', 'Brussels=place:brussels']);
  });
});

describe('laws and resolutions', () => {
  it('a numbered resolution is one entity by its number, however it is introduced; the body that adopted it stays an actor', () => {
    expect(mentions('UN Security Council Resolution 1244 ended the war. Belgrade cites Resolution 1244 often.')).toEqual([
      'UN Security Council=organization:un-security-council',
      'Resolution 1244=law:resolution-1244',
      'Belgrade=place:belgrade',
      'Resolution 1244=law:resolution-1244',
    ]);
  });

  it('"Law on Foreigners"; "Bill" is a given name, not a law', () => {
    expect(mentions('The Law on Foreigners changed in May.')).toEqual(['The Law on Foreigners=law:law-on-foreigners']);
    expect(mentions('President Bill Clinton spoke.')).toEqual(['Bill Clinton=person:bill-clinton']);
  });
});

describe('operations and market indices', () => {
  it('"Operation" and its name', () => {
    expect(mentions('NATO launched Operation Allied Force in March 1999.')).toEqual(['NATO=organization:nato', 'Operation Allied Force=operation:operation-allied-force']);
  });

  it('indices by their shipped names; "Dow Chemical" is a company', () => {
    expect(mentions('The Dow fell 3 percent while the FTSE 100 rose. Dow Chemical shares fell.')).toEqual([
      'The Dow=index:dow-jones-industrial-average',
      'the FTSE 100=index:ftse-100',
      'Dow Chemical=organization:dow-chemical',
    ]);
  });

  it('a shared name is the index before any market verb, past or present; not when it declines to comment', () => {
    expect(ofKind('The Dow dipped at the open. The Nasdaq sinks again.', 'index')).toEqual(['The Dow=index:dow-jones-industrial-average', 'The Nasdaq=index:nasdaq-composite']);
    expect(ofKind('Dow Jones declined to comment on the sale.', 'index')).toEqual([]);
    expect(ofKind('The FTSE, however, gained 1 percent.', 'index')).toEqual(['The FTSE=index:ftse-100']);
    expect(ofKind('The Dow declined 2 percent.', 'index')).toEqual(['The Dow=index:dow-jones-industrial-average']);
  });
});

describe('currencies', () => {
  it('a currency by its full name or its word; an overlapping demonym is part of the name', () => {
    expect(mentions('The euro rose against the US dollar and the Swiss franc.')).toEqual([
      'The euro=currency:euro',
      'the US dollar=currency:us-dollar',
      'the Swiss franc=currency:swiss-franc',
    ]);
  });

  it('a word several currencies share is the one whose country the article names; with none named, none', () => {
    expect(ofKind('Kosovo banned payments in dinars in February 2024.', 'currency')).toEqual(['dinars=currency:serbian-dinar']);
    expect(ofKind('Iraq devalued the dinar in December.', 'currency')).toEqual(['the dinar=currency:iraqi-dinar']);
    expect(ofKind('The dinar fell again.', 'currency')).toEqual([]);
  });

  it('an amount is not the currency; nor is the euro zone, nor a pound without "the"', () => {
    expect(ofKind('The bank lent 5 million dinars to Serbia.', 'currency')).toEqual([]);
    expect(ofKind('Thousands of euros were paid in the euro zone.', 'currency')).toEqual([]);
    expect(ofKind('He lost a pound. The pound fell against the dollar.', 'currency')).toEqual(['The pound=currency:pound-sterling', 'the dollar=currency:us-dollar']);
  });

  it('a name with a number is no currency ("Euro 2024"); two countries of one word named, no guess', () => {
    expect(ofKind('Euro 2024 kicked off in Germany.', 'currency')).toEqual([]);
    expect(ofKind('Kosovo and Jordan signed a deal, and the dinar fell.', 'currency')).toEqual([]);
  });

  it('a currency is linked to its issuer', () => {
    const dinar = recognise('Kosovo banned the Serbian dinar.').discovered.find((d) => d.id === 'currency:serbian-dinar');
    expect(dinar?.affiliations).toEqual([{ actor: 'Serbia', role: 'issuer' }]);
  });
});

describe('commodities', () => {
  it('a benchmark by its name; a common word only in a market context', () => {
    expect(mentions('Brent crude rose 2% and gold prices hit a record.')).toEqual(['Brent crude=commodity:brent-crude', 'gold=commodity:gold']);
    expect(mentions('Oil fell 3% on Friday, and the price of copper rose.')).toEqual(['Oil=commodity:crude-oil', 'copper=commodity:copper']);
    expect(ofKind('She won a gold medal, and the oil company hired her.', 'commodity')).toEqual([]);
    // A market verb needs a figure after it: "corn fell over" is no market report.
    expect(ofKind('The corn fell over in the storm, and sugar added to drinks is unhealthy.', 'commodity')).toEqual([]);
  });

  it('a surname is a person, not a commodity or a currency', () => {
    expect(mentions('NBA commissioner Adam Silver rose to defend the league.')).toContain('Adam Silver=person:adam-silver');
    expect(ofKind('NBA commissioner Adam Silver rose 2% in the polls.', 'commodity')).toEqual([]);
    expect(ofKind('Raheem Sterling scored twice for England.', 'currency')).toEqual([]);
  });
});

describe('named events', () => {
  it('a war by its name, with its number; "the war" later is it, "the war in Ukraine" is not', () => {
    expect(ofKind('World War II ended in 1945.', 'event')).toEqual(['World War II=event:world-war-ii']);
    expect(ofKind('The Kosovo war ended in June 1999. The war left thousands dead. The war in Ukraine began in 2022.', 'event')).toEqual([
      'The Kosovo war=event:kosovo-war',
      'The war=event:kosovo-war',
    ]);
  });

  it('a year before a name is part of it; a known name without a head noun; an institution is no event', () => {
    expect(ofKind('The 2014 World Cup was held in Brazil.', 'event')).toEqual(['2014 World Cup=event:2014-world-cup']);
    expect(ofKind('Euromaidan began in November 2013.', 'event')).toEqual(['Euromaidan=event:euromaidan']);
    expect(ofKind('The Ministry of War and the International Crisis Group met.', 'event')).toEqual([]);
  });

  it('a year is part of the name of an edition ("the 2014 World Cup"), not of a war', () => {
    expect(ofKind('Veterans of the 1999 Kosovo War met. The Kosovo War ended in June.', 'event')).toEqual([
      'Kosovo War=event:kosovo-war',
      'The Kosovo War=event:kosovo-war',
    ]);
  });

  it('a head word inside a person\u2019s or a company\u2019s name makes nothing; a party convention is an event', () => {
    expect(mentions('Singer Robert Plant cancelled the tour.')).toEqual(['Robert Plant=person:robert-plant']);
    // (Even where the recogniser misses the person: a given name before the head makes it a surname.)
    expect(ofKind('Actor Jude Law arrived in Cannes.', 'law')).toEqual([]);
    expect(ofKind('Delegates gathered at the Democratic National Convention.', 'agreement')).toEqual([]);
    expect(ofKind('Delegates gathered at the Democratic National Convention.', 'event')).toEqual(['the Democratic National Convention=event:democratic-national-convention']);
  });

  it('"the war" after a new one or a noun after "the bridge" refers to nothing named before', () => {
    expect(ofKind('Engineers built the Gazela Bridge in 1970. A new bridge over the Sava will follow, and the bridge will cost more.', 'facility')).toEqual([
      'the Gazela Bridge=facility:gazela-bridge',
    ]);
    expect(ofKind('Kosovo closed the Jarinje crossing. The crossing point at Brnjak stayed open.', 'facility')).toEqual(['the Jarinje crossing=facility:jarinje-crossing']);
  });

  it('the tail of a name after "on" or "of" is no possessor nor the parties of a named agreement', () => {
    expect(ofKind('The United States rejoined the Paris Agreement on Biden\u2019s first day.', 'agreement')).toEqual(['the Paris Agreement=agreement:paris-agreement']);
    expect(ofKind('The Good Friday Agreement of Britain and Ireland ended the Troubles.', 'agreement')).toEqual(['The Good Friday Agreement=agreement:good-friday-agreement']);
    expect(ofKind('The Treaty of Lisbon took effect.', 'agreement')).toEqual(['The Treaty of Lisbon=agreement:treaty-of-lisbon']);
  });

  it('"the Battle of Kosovo": the head first, with its tail', () => {
    expect(ofKind('The Battle of Kosovo was fought in 1389.', 'event')).toEqual(['The Battle of Kosovo=event:battle-of-kosovo']);
  });
});

describe('facilities', () => {
  it('a lower-case head after the name of a place; "the bridge" later is the one bridge named', () => {
    expect(ofKind('Police closed the Jarinje crossing and the Mitrovica bridge. The bridge reopened in 2024.', 'facility')).toEqual([
      'the Jarinje crossing=facility:jarinje-crossing',
      'the Mitrovica bridge=facility:mitrovica-bridge',
      'The bridge=facility:mitrovica-bridge',
    ]);
  });

  it('two names sharing a plural head are two facilities ("the Jarinje and Brnjak crossings"); two countries are not', () => {
    const things = recognise('Police took over the Jarinje and Brnjak crossings on Monday.');
    expect(things.mentions.filter((m) => m.kind === 'facility').map((m) => `${m.text}=${m.actor}`)).toEqual([
      'the Jarinje=facility:jarinje-crossing',
      'Brnjak crossings=facility:brnjak-crossing',
    ]);
    expect(things.discovered.map((d) => [d.name, [...d.aliases]])).toEqual([
      ['Jarinje Crossing', []],
      ['Brnjak Crossing', []],
    ]);
    expect(ofKind('Trucks queued at the Serbia and Kosovo crossings.', 'facility')).toEqual([]);
  });

  it('named in title case, words between included; "Camp" and its name; a known other name is the canonical one', () => {
    const plant = recognise('Shelling hit the Zaporizhzhia nuclear power plant on Friday.').discovered;
    expect(plant.map((d) => [d.id, d.name])).toEqual([['facility:zaporizhzhia-nuclear-power-plant', 'Zaporizhzhia Nuclear Power Plant']]);
    expect(ofKind('Troops returned to Camp Bondsteel.', 'facility')).toEqual(['Camp Bondsteel=facility:camp-bondsteel']);
    expect(ofKind('Workers entered the Chernobyl plant.', 'facility')).toEqual(['the Chernobyl plant=facility:chernobyl-nuclear-power-plant']);
  });

  it('a building described, not named, is none: after a demonym and an adjective, or after a company', () => {
    expect(ofKind('Gunmen attacked the Serbian Orthodox monastery at Banjska.', 'facility')).toEqual([]);
    expect(ofKind('Boeing opened the Boeing plant in May.', 'facility')).toEqual([]);
  });
});

describe('indices by their shape and "the index"', () => {
  it('a capitalised name ending in "Index" is an index', () => {
    expect(ofKind('The Russell 2000 Index rose by two percent on Monday.', 'index')).toEqual(['The Russell 2000 Index=index:russell-2000']);
    expect(ofKind('The Taiwan Capitalization Weighted Stock Index rose.', 'index')).toEqual(['The Taiwan Capitalization Weighted Stock Index=index:taiwan-capitalization-weighted-stock-index']);
    expect(ofKind('The Nordic 40 Index rose.', 'index')).toEqual(['The Nordic 40 Index=index:nordic-40-index']);
    // (Lower case is no name: "a stock index" is none.)
    expect(ofKind('A stock index rose by two percent on Monday.', 'index')).toEqual([]);
  });

  it('"the index" is the one index the article named before, by any of its names', () => {
    expect(ofKind('The Dow Jones Industrial Average rose 120 points. The index closed at 10,500.', 'index')).toEqual(['The Dow Jones Industrial Average=index:dow-jones-industrial-average', 'The index=index:dow-jones-industrial-average']);
    // (After two indices it could be either.)
    expect(ofKind('The Dow fell and the Nasdaq rose. The index closed at 10,500.', 'index')).toEqual(['The Dow=index:dow-jones-industrial-average', 'the Nasdaq=index:nasdaq-composite']);
  });

  it('a name an index shares with a company, when the index is said to be up or down', () => {
    expect(ofKind('The Dow Jones was up 1.4% at noon.', 'index')).toEqual(['The Dow Jones=index:dow-jones-industrial-average']);
    expect(ofKind("Standard and Poor's 500 index gained 12 points.", 'index')).toEqual(["Standard and Poor's 500=index:s-p-500"]);
    expect(ofKind('The FTSE-100 index rose 40 points.', 'index')).toEqual(['The FTSE-100=index:ftse-100']);
  });
});
