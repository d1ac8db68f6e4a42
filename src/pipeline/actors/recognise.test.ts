import { describe, expect, it } from 'vitest';
import { readInputs } from '../read/read.ts';
import { curatedKb } from './curated-kb.fixture.ts';
import { buildKnowledgeBase, parseCurated, type KnowledgeBase } from './kb.ts';
import { recogniseActors } from './recognise.ts';
import { PIECE_CHARS, pieces } from '../text/pieces.ts';

/** Mentions as [surface text, actor id], checking offsets on the way. */
function mentions(
  text: string,
  kb: KnowledgeBase,
  skip?: { start: number; end: number } | null,
): [string, string][] {
  const r = recogniseActors(text, kb, skip);
  for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return r.mentions.map((m) => [m.text, m.actor]);
}

describe('the seed article with the curated actors', () => {
  const kb = curatedKb();
  const seed = readInputs(['/work/shared/seeds/000_eb653926673b5ea8.txt']).articles[0]!;
  const found = recogniseActors(seed.body, kb, seed.dateline);
  const idsOf = (surface: string): string[] =>
    found.mentions.filter((m) => m.text === surface).map((m) => m.actor);

  it('resolves the president by full name and by surname', () => {
    expect(idsOf('Vjosa Osmani-Sadriu')).toEqual(['person:vjosa-osmani-sadriu']);
    expect(idsOf('Osmani-Sadriu')).toEqual(['person:vjosa-osmani-sadriu']);
    // The full name comes first, the surname later.
    const full = found.mentions.find((m) => m.text === 'Vjosa Osmani-Sadriu')!;
    const short = found.mentions.find((m) => m.text === 'Osmani-Sadriu')!;
    expect(short.start).toBeGreaterThan(full.start);
  });

  it('NATO, its secretary general and its mission', () => {
    expect(idsOf('Jens Stoltenberg')).toEqual(['person:jens-stoltenberg']);
    expect(new Set(idsOf('NATO'))).toEqual(new Set(['organization:nato']));
    expect(idsOf('NATO').length).toBeGreaterThanOrEqual(3);
    expect(idsOf('Kosovo Force')).toEqual(['organization:kosovo-force']);
    expect(idsOf('KFOR')).toEqual(['organization:kosovo-force']);
  });

  it('Serbia, Russia, China and Greece are separate countries', () => {
    const last = found.mentions
      .filter((m) => ['Serbia', 'Russia', 'China', 'Greece'].includes(m.text))
      .slice(-4);
    expect(last.map((m) => [m.text, m.actor, m.kind])).toEqual([
      ['Serbia', 'country:serbia', 'country'],
      ['Russia', 'country:russia', 'country'],
      ['China', 'country:china', 'country'],
      ['Greece', 'country:greece', 'country'],
    ]);
  });

  it('nothing in the dateline is a mention', () => {
    expect(seed.dateline).not.toBeNull();
    expect(found.mentions.every((m) => m.start >= seed.dateline!.end)).toBe(true);
    expect(found.mentions.some((m) => /Belgrade|UrduPoint|Sputnik/.test(m.text))).toBe(false);
  });

  it('a curated actor is not "discovered"', () => {
    expect(found.discovered.map((d) => d.id)).not.toContain('person:vjosa-osmani-sadriu');
  });
});

describe('without curated data', () => {
  const kb = buildKnowledgeBase();

  it('a titled person gets the country before the title as affiliation, and the surname resolves later', () => {
    const text =
      'Kosovo Prime Minister Albin Kurti announced the plan on Monday. Kurti said the rule would apply.';
    const r = recogniseActors(text, kb);
    expect(r.mentions.map((m) => [m.text, m.actor, m.kind])).toEqual([
      ['Kosovo', 'country:kosovo', 'country'],
      ['Albin Kurti', 'person:albin-kurti', 'person'],
      ['Kurti', 'person:albin-kurti', 'person'],
    ]);
    const kurti = r.discovered.find((d) => d.id === 'person:albin-kurti')!;
    expect(kurti).toMatchObject({ name: 'Albin Kurti', kind: 'person' });
    expect(kurti.affiliations).toEqual([{ actor: 'country:kosovo', role: 'Prime Minister' }]);
  });

  it('a month name can be a surname after a title, but a later bare "May" is not the person', () => {
    const text = 'Prime Minister Theresa May triggered the exit process. In May, talks began.';
    expect(mentions(text, kb)).toEqual([['Theresa May', 'person:theresa-may']]);
    expect(mentions('Prime Minister Theresa May 5 times said no.', kb)).toEqual([
      ['Theresa', 'person:theresa'],
    ]);
  });

  it('a person introduced by an appositive or a verb of saying', () => {
    expect(
      mentions('The mayor of the town, Milan Radoičić, denied it. Radoičić said more.', kb),
    ).toEqual([
      ['Milan Radoičić', 'person:milan-radoicic'],
      ['Radoičić', 'person:milan-radoicic'],
    ]);
  });

  it('an abbreviation defined in the text stands for the full name afterwards', () => {
    const text =
      'Leaders of the Economic Community of West African States (ECOWAS) met on Sunday. ECOWAS later said it would act.';
    const ids = mentions(text, kb);
    expect(ids.map(([, id]) => id)).toEqual([
      'organization:ecowas',
      'organization:ecowas',
      'organization:ecowas',
    ]);
    expect(ids[0]![0]).toMatch(/Economic Community of West African States$/);
  });

  it('an abbreviation the text defines wins over the one the knowledge base knows ("RSF" is not Reporters Without Borders here)', () => {
    const text = 'Fighting broke out between the army and the Rapid Support Forces (RSF) on Saturday. The RSF said it controlled the airport.';
    const r = recogniseActors(text, kb);
    const id = 'organization:rapid-support-forces';
    expect(r.mentions.filter((m) => m.actor === id).map((m) => m.text)).toEqual(['Rapid Support Forces', 'RSF', 'RSF']);
    expect(r.mentions.map((m) => m.actor)).not.toContain('organization:reporters-without-borders');
    // (Without that definition, "RSF" is what the knowledge base says.)
    expect(recogniseActors('RSF said journalists were at risk.', kb).mentions.map((m) => m.actor)).toEqual(['organization:reporters-without-borders']);
  });

  it('an unknown organisation with its abbreviation is discovered, and the abbreviation is an alias', () => {
    const text =
      'Ministers of the Southern African Development Community (SADC) met in Lusaka. SADC later said it would act.';
    const r = recogniseActors(text, kb);
    const id = 'organization:southern-african-development-community';
    expect(r.mentions.filter((m) => m.actor === id).map((m) => m.text)).toEqual([
      'Southern African Development Community',
      'SADC',
      'SADC',
    ]);
    const sadc = r.discovered.find((d) => d.id === id)!;
    expect(sadc.kind).toBe('organization');
    expect([...sadc.aliases]).toEqual(['SADC']);
  });

  it('a capital acting as a government is the country; a capital as a location is a place', () => {
    expect(mentions('Beijing said the visit was a provocation.', kb)).toEqual([
      ['Beijing', 'country:china'],
    ]);
    const r = recogniseActors('Talks in Beijing were cancelled.', kb);
    expect(r.mentions.map((m) => [m.text, m.actor, m.kind])).toEqual([
      ['Beijing', 'place:beijing', 'place'],
    ]);
    expect(mentions('Relations between Belgrade and Pristina worsened.', kb)).toEqual([
      ['Belgrade', 'country:serbia'],
      ['Pristina', 'country:kosovo'],
    ]);
    // Verbs of a government's reaction: "Moscow protested", "Washington welcomed the deal".
    expect(mentions('Moscow protested, saying he was protected by immunity.', kb)).toEqual([['Moscow', 'country:russia']]);
    expect(mentions('Washington welcomed the deal.', kb)).toEqual([['Washington', 'country:united-states']]);
    expect(mentions('Belgrade froze the dialogue in 2018.', kb)).toEqual([['Belgrade', 'country:serbia']]);
    // A route's end is a place; pressure from a capital is its government's.
    expect(recogniseActors('The airline flies from Moscow to Beijing.', kb).mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Moscow', 'place'],
      ['Beijing', 'place'],
    ]);
    expect(mentions('Pressure from Moscow grew.', kb)).toEqual([['Moscow', 'country:russia']]);
  });

  it('demonyms stand for the country; a capitalised Government is part of its name', () => {
    expect(mentions('Serbian officials rejected the deal.', kb)).toEqual([
      ['Serbian', 'country:serbia'],
    ]);
    expect(mentions('The Russian government protested.', kb)).toEqual([
      ['Russian', 'country:russia'],
    ]);
    expect(
      mentions('Shares were bought by the US Government and the Canadian Government.', kb),
    ).toEqual([
      ['US Government', 'country:united-states'],
      ['Canadian Government', 'country:canada'],
    ]);
  });

  it('an organisation run beats the country at its start', () => {
    expect(mentions('The Kosovo Liberation Army disbanded.', kb)).toEqual([
      ['Kosovo Liberation Army', 'organization:kosovo-liberation-army'],
    ]);
  });

  it('"the alliance" is NATO only after NATO was named', () => {
    expect(mentions('The alliance said it was ready.', kb)).toEqual([]);
    expect(mentions('NATO ministers met. The alliance said it was ready.', kb)).toEqual([
      ['NATO', 'organization:nato'],
      ['alliance', 'organization:nato'],
    ]);
  });

  it('lower-case "us" is not the United States; "the US" is', () => {
    expect(mentions('The envoy told us to wait and let us know.', kb)).toEqual([]);
    expect(mentions('The US said it would help.', kb).map(([, id]) => id)).toEqual([
      'country:united-states',
    ]);
    expect(mentions('The U.S. said it would help.', kb).map(([, id]) => id)).toEqual([
      'country:united-states',
    ]);
  });

  it('names are matched without diacritics and in their possessive form', () => {
    expect(mentions("Kosovo's decision was final.", kb)).toEqual([['Kosovo', 'country:kosovo']]);
    expect(mentions("Kosovo's assembly met.", kb)).toEqual([['Kosovo', 'country:kosovo']]);
    expect(mentions('Officials in Kosova said.', kb).map(([, id]) => id)).toEqual([
      'country:kosovo',
    ]);
  });

  it('skips everything before the dateline end', () => {
    const text = 'BELGRADE (Tanjug) - Serbia protested.';
    expect(mentions(text, kb, { start: 0, end: 20 })).toEqual([['Serbia', 'country:serbia']]);
  });
});

describe('general news rules (shipped knowledge, no curated file)', () => {
  const kb = buildKnowledgeBase();
  const kinds = (text: string): [string, string, string][] =>
    recogniseActors(text, kb).mentions.map((m) => [m.text, m.actor, m.kind]);

  it('titles and roles, with the affiliation before the title', () => {
    const r = recogniseActors('Then U.S. House Speaker Nancy Pelosi visited Taipei.', kb);
    expect(r.mentions.map((m) => m.text)).toEqual(['U.S.', 'Nancy Pelosi', 'Taipei']);
    const r2 = recogniseActors(
      '"Panic," said Uralsib analyst Chris Weafer. Weafer added more.',
      kb,
    );
    expect(r2.mentions.map((m) => [m.text, m.actor])).toEqual([
      ['Uralsib', 'organization:uralsib'],
      ['Chris Weafer', 'person:chris-weafer'],
      ['Weafer', 'person:chris-weafer'],
    ]);
    expect(r2.discovered.find((d) => d.id === 'person:chris-weafer')!.affiliations).toEqual([
      { actor: 'organization:uralsib', role: 'analyst' },
    ]);
  });

  it('multi-part and non-English names, known or not', () => {
    expect(
      kinds("President Lai Ching-te thanked Niger's Abdourahamane Tiani and Xi Jinping.").map(
        ([t, , k]) => [t, k],
      ),
    ).toEqual([
      ['Lai Ching-te', 'person'],
      ['Niger', 'country'],
      ['Abdourahamane Tiani', 'person'],
      ['Xi Jinping', 'person'],
    ]);
    expect(
      kinds('Transport minister Jusman Syafii Djamal said the ban stays. Djamal left.').map(
        ([t, a]) => [t, a],
      ),
    ).toEqual([
      ['Jusman Syafii Djamal', 'person:jusman-syafii-djamal'],
      ['Djamal', 'person:jusman-syafii-djamal'],
    ]);
  });

  it('people from a given name or an age, not from a sentence-initial word', () => {
    expect(
      kinds('GM named Mary Barra as its chief. Barra, 51, said so.').map(([t, a]) => [t, a]),
    ).toEqual([
      ['GM', 'organization:general-motors'],
      ['Mary Barra', 'person:mary-barra'],
      ['Barra', 'person:mary-barra'],
    ]);
    expect(kinds('Analysts expect losses. Shares fell. Officials said nothing.')).toEqual([]);
  });

  it('companies: legal suffixes, initials and first words name the same organisation', () => {
    expect(
      kinds(
        'Shares of Northrop Grumman Corp. rose. Northrop said the Government Accountability Office erred. The GAO disagreed.',
      ).map(([t, a]) => [t, a]),
    ).toEqual([
      ['Northrop Grumman Corp.', 'organization:northrop-grumman'],
      ['Northrop', 'organization:northrop-grumman'],
      ['Government Accountability Office', 'organization:government-accountability-office'],
      ['GAO', 'organization:government-accountability-office'],
    ]);
    expect(
      kinds(
        'NPD Group, a market research firm, said Apple Inc. passed Wal-Mart. NPD said more.',
      ).map(([t, a]) => [t, a]),
    ).toEqual([
      ['NPD Group', 'organization:npd-group'],
      ['Apple Inc.', 'organization:apple'],
      ['Wal-Mart', 'organization:walmart'],
      ['NPD', 'organization:npd-group'],
    ]);
  });

  it('"the prime minister" is the one person the article gave that title', () => {
    const text =
      'Kosovo Prime Minister Albin Kurti met Jens Stoltenberg. The prime minister said the talks went well. Chrysler chief executive Robert Nardelli agreed; the chief executive spoke later.';
    expect(kinds(text).map(([t, a]) => [t, a])).toEqual([
      ['Kosovo', 'country:kosovo'],
      ['Albin Kurti', 'person:albin-kurti'],
      ['Jens Stoltenberg', 'person:jens-stoltenberg'],
      ['prime minister', 'person:albin-kurti'],
      ['Chrysler', 'organization:chrysler'],
      ['Robert Nardelli', 'person:robert-nardelli'],
      ['chief executive', 'person:robert-nardelli'],
    ]);
  });

  it('a title two people hold, or one with "of", is left alone', () => {
    const two =
      'Serbian President Aleksandar Vucic and Kosovo President Vjosa Osmani met. The president said nothing.';
    expect(kinds(two).some(([t]) => t === 'president')).toBe(false);
    const of = 'Kosovo Prime Minister Albin Kurti spoke. The prime minister of Serbia did not.';
    expect(kinds(of).filter(([, a]) => a === 'person:albin-kurti')).toHaveLength(1);
  });

  it("a company's regional arm is the company, not a place", () => {
    expect(
      kinds('GM Europe cut jobs while Ford Australia hired. GM said so.').map(([t, a]) => [t, a]),
    ).toEqual([
      ['GM Europe', 'organization:general-motors'],
      ['Ford Australia', 'organization:ford'],
      ['GM', 'organization:general-motors'],
    ]);
  });

  it('products, currencies and defined non-names are not actors', () => {
    expect(
      kinds('Apple said Mac OS X and the iPhone sell for US$ 99, about 80 US dollars.').map(
        ([t]) => t,
      ),
    ).toEqual(['Apple']);
    expect(kinds('Maintenance, Repair and Overhaul (MRO) work grew. MRO margins rose.')).toEqual(
      [],
    );
    expect(
      kinds(
        'Apple opened the World Wide Developers Conference (WWDC) on Monday. WWDC ran late.',
      ).map(([t]) => t),
    ).toEqual(['Apple']);
  });

  it('places: cities, states, "X-based", "City, State"; a capital is a place unless it acts', () => {
    expect(
      kinds(
        'The Craiova-based plant near Toulouse, France, and a plant in Everett, Washington.',
      ).map(([t, , k]) => [t, k]),
    ).toEqual([
      ['Craiova-based', 'place'],
      ['Toulouse', 'place'],
      ['France', 'country'],
      ['Everett', 'place'],
      ['Washington', 'place'],
    ]);
    expect(
      kinds('Moscow-backed rebels and Moscow-based traders.').map(([t, , k]) => [t, k]),
    ).toEqual([
      ['Moscow-backed', 'country'],
      ['Moscow-based', 'place'],
    ]);
  });

  it('bodies of a state carry it as affiliation', () => {
    expect(kb.actors.get('organization:taiwan-affairs-office')!.affiliations).toEqual([
      { actor: 'China', role: null },
    ]);
    expect(
      kinds('The U.S. Air Force chose Boeing. The Air Force said so.').map(([t, a]) => [t, a]),
    ).toEqual([
      ['U.S. Air Force', 'organization:us-air-force'],
      ['Boeing', 'organization:boeing'],
      ['Air Force', 'organization:us-air-force'],
    ]);
  });

  it('"and" separates two organisations; "of" and "for" join one', () => {
    expect(
      kinds(
        'Shanghai Airlines and Xiamen Airlines ordered jets from the Bank for International Settlements.',
      ).map(([t]) => t),
    ).toEqual(['Shanghai Airlines', 'Xiamen Airlines', 'Bank for International Settlements']);
  });
});

describe('curated data', () => {
  it('aliases merge into the curated actor, and the ignore list suppresses phrases', () => {
    const parsed = parseCurated({
      actors: [
        {
          name: 'Vjosa Osmani-Sadriu',
          kind: 'person',
          aliases: ['Osmani'],
          affiliations: [{ actor: 'Kosovo', role: 'President' }],
        },
      ],
      ignore: ['Euro-Atlantic Partnership'],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const kb = buildKnowledgeBase(parsed.value);
    expect(kb.actors.get('person:vjosa-osmani-sadriu')?.affiliations).toEqual([
      { actor: 'Kosovo', role: 'President' },
    ]);
    expect(mentions('Osmani met the Euro-Atlantic Partnership council.', kb)).toEqual([
      ['Osmani', 'person:vjosa-osmani-sadriu'],
    ]);
  });

  it('parseCurated reports what is wrong', () => {
    const bad = parseCurated({ actors: [{ name: 'X', kind: 'robot' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/^actors\.0\.kind/);
    expect(parseCurated({})).toEqual({ ok: true, value: { actors: [], ignore: [] } });
  });
});

describe('a text longer than a piece', () => {
  const kb = curatedKb();
  // Names the story introduces itself (a titled person, an organisation by its head noun) and
  // short forms of them, so every copy of the paragraph is read as it is alone.
  const paragraph =
    'Finance Minister Tomas Ekberg met officials of the Northern Grain Company in Belgrade. Ekberg said the company would invest.\n';

  it('finds in each copy of a paragraph what the paragraph alone yields, at its offset', () => {
    const one = recogniseActors(paragraph, kb).mentions;
    expect(one.length).toBeGreaterThanOrEqual(3);
    const copies = Math.ceil((3 * PIECE_CHARS) / paragraph.length);
    const text = paragraph.repeat(copies);
    const found = recogniseActors(text, kb).mentions;
    expect(found).toHaveLength(copies * one.length);
    found.forEach((m, i) => {
      const model = one[i % one.length]!;
      const shift = paragraph.length * Math.floor(i / one.length);
      expect([m.start - shift, m.end - shift, m.text, m.actor]).toEqual([
        model.start,
        model.end,
        model.text,
        model.actor,
      ]);
    });
  });

  it('keeps what the article showed in an earlier piece: a surname introduced pieces before', () => {
    const filler = 'Nothing of note happened here that day. '.repeat(
      Math.ceil((2 * PIECE_CHARS) / 40),
    );
    const text = `${paragraph}${filler}\nLater, Ekberg spoke again.`;
    const later = text.indexOf('Later');
    expect(pieces(text).at(-1)![0]).toBeLessThan(later); // the sentence is in the last piece, the name two before
    // Alone, "Later, Ekberg spoke again." names no one.
    const inLast = recogniseActors(text, kb).mentions.filter((m) => m.start > later);
    expect(inLast.map((m) => [m.text, m.actor])).toEqual([['Ekberg', 'person:tomas-ekberg']]);
  });
});
