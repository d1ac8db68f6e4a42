import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../model/dataset.ts';
import { makeDoc } from '../text/doc.ts';
import type { ActorMention } from './context.ts';
import { resolveReferences, type ResolvedMention } from './coref.ts';
import { buildKnowledgeBase } from './kb.ts';
import { recogniseActors } from './recognise.ts';

/** A named mention: the n-th occurrence (0-based) of `surface` in `text`. */
function named(
  text: string,
  surface: string,
  actor: string,
  kind: ActorKind,
  nth = 0,
): ActorMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(surface, at + 1);
    expect(at, `${surface} #${nth}`).toBeGreaterThanOrEqual(0);
  }
  return { start: at, end: at + surface.length, text: surface, actor, kind };
}

/** Resolve and check the offsets: [surface text, actor, via]. */
function resolve(
  text: string,
  mentions: ActorMention[],
): [string, string, ResolvedMention['via']][] {
  const out = resolveReferences(
    makeDoc(text),
    [...mentions].sort((a, b) => a.start - b.start),
  );
  for (const m of out) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.end).toBeGreaterThan(m.start);
  }
  for (let i = 1; i < out.length; i++)
    expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
  return out.map((m) => [m.text, m.actor, m.via]);
}

const SIEMENS = 'organization:siemens';
const ALSTOM = 'organization:alstom';
const MERKEL = 'person:angela-merkel';
const MACRON = 'person:emmanuel-macron';

describe('resolveReferences: pronouns', () => {
  it('"she" and "her" stand for the most recently named person', () => {
    const text = 'Angela Merkel arrived in Paris on Monday. She praised her hosts.';
    expect(resolve(text, [named(text, 'Angela Merkel', MERKEL, 'person')])).toEqual([
      ['She', MERKEL, 'pronoun'],
      ['her', MERKEL, 'pronoun'],
    ]);
  });

  it('the most recent person wins (salience by recency)', () => {
    const text = 'Angela Merkel met Emmanuel Macron in Berlin. He thanked the chancellor.';
    const mentions = [
      named(text, 'Angela Merkel', MERKEL, 'person'),
      named(text, 'Emmanuel Macron', MACRON, 'person'),
    ];
    expect(resolve(text, mentions)).toEqual([['He', MACRON, 'pronoun']]);
  });

  it('"he" skips a woman and "she" a man, by the given name or a title; a name of either sex decides nothing', () => {
    const text = 'Emmanuel Macron met Angela Merkel in Berlin. He thanked her.';
    const mentions = [named(text, 'Emmanuel Macron', MACRON, 'person'), named(text, 'Angela Merkel', MERKEL, 'person')];
    expect(resolve(text, mentions)).toEqual([
      ['He', MACRON, 'pronoun'],
      ['her', MERKEL, 'pronoun'],
    ]);
    // ("Ms. Jones": the title says it; no man named before, no one.)
    const titled = 'Ms. Jones said the plant would close. She spoke in Leeds. He did not.';
    expect(resolve(titled, [named(titled, 'Jones', 'person:jones', 'person')])).toEqual([['She', 'person:jones', 'pronoun']]);
    const either = 'Alex Smith spoke in Leeds. She left early.';
    expect(resolve(either, [named(either, 'Alex Smith', 'person:alex-smith', 'person')])).toEqual([['She', 'person:alex-smith', 'pronoun']]);
  });

  it('"he", "him", "his" and "himself" are all people', () => {
    const text =
      'Emmanuel Macron spoke first. He said his government would defend itself, and voters backed him.';
    const found = resolve(text, [named(text, 'Emmanuel Macron', MACRON, 'person')]);
    expect(found.map(([t]) => t)).toEqual(['He', 'his', 'him']);
    expect(found.every(([, a, via]) => a === MACRON && via === 'pronoun')).toBe(true);
  });

  it('a person pronoun never stands for an organisation', () => {
    const text = 'Siemens reported a loss. He blamed the weather.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([]);
  });

  it('"its" stands for the most recent organisation', () => {
    const text = 'Siemens reported a loss. Its shares fell.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([
      ['Its', SIEMENS, 'pronoun'],
    ]);
  });

  it('"it" as the subject of an action stands for the most recent organisation', () => {
    const text = 'Siemens reported a loss. It cut 500 jobs.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([
      ['It', SIEMENS, 'pronoun'],
    ]);
    const perfect = 'Siemens reported a loss. It has sold its rail unit.';
    expect(resolve(perfect, [named(perfect, 'Siemens', SIEMENS, 'organization')])).toEqual([
      ['It', SIEMENS, 'pronoun'],
      ['its', SIEMENS, 'pronoun'],
    ]);
    const future = 'Siemens reported a loss. It will build two plants.';
    expect(
      resolve(future, [named(future, 'Siemens', SIEMENS, 'organization')]).map(([t, a]) => [t, a]),
    ).toEqual([['It', SIEMENS]]);
    // (Past an adverb before its verb.)
    const also = 'Siemens reported a loss. It also plans to close two plants.';
    expect(resolve(also, [named(also, 'Siemens', SIEMENS, 'organization')]).map(([t, a]) => [t, a])).toEqual([['It', SIEMENS]]);
  });

  it('an "It" opening a sentence after one that opened with a thing no one named is that thing, not the last name', () => {
    const text = 'The explosion at the Siemens plant damaged the roof. It started a fire.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([]);
  });

  it('"it" doing something stands for a market index named last, as for a company ("The FTSE 100 rose. It closed …")', () => {
    const FTSE = 'index:ftse-100';
    const text = 'The FTSE 100 rose 2% on Monday. It closed at 6,120 points.';
    expect(resolve(text, [named(text, 'The FTSE 100', FTSE, 'index')])).toEqual([['It', FTSE, 'pronoun']]);
    // (The company named after the index is the later one.)
    const later = 'The FTSE 100 rose 2% as Siemens reported a loss. It cut 500 jobs.';
    expect(resolve(later, [named(later, 'The FTSE 100', FTSE, 'index'), named(later, 'Siemens', SIEMENS, 'organization')]).map(([t, a]) => [t, a])).toEqual([['It', SIEMENS]]);
  });

  it('an expletive "it" is left alone', () => {
    const text = 'Siemens reported a loss. It is expected that prices will rise.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([]);
    const weather = 'Siemens opened a plant. It was a difficult year.';
    expect(resolve(weather, [named(weather, 'Siemens', SIEMENS, 'organization')])).toEqual([]);
  });

  it('"it is scheduled to …" is the thing; "it is planned to …", "it was agreed to …" are no one', () => {
    const text = 'Siemens unveiled a train. It is scheduled to enter service in May.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([['It', SIEMENS, 'pronoun']]);
    for (const impersonal of ['Siemens unveiled a train. It is planned to build ten more.', 'Siemens met Alstom. It was agreed to share the work.']) {
      expect(resolve(impersonal, [named(impersonal, 'Siemens', SIEMENS, 'organization')])).toEqual([]);
    }
    // ("It agreed to …" acts.)
    const acts = 'Siemens met Alstom. It agreed to share the work.';
    expect(resolve(acts, [named(acts, 'Siemens', SIEMENS, 'organization')])).toEqual([['It', SIEMENS, 'pronoun']]);
  });

  it('"the deal" is the agreement named before it, unless "a deal" without a name came in between', () => {
    const BRUSSELS = 'agreement:brussels-agreement';
    const text = 'Serbia and Kosovo signed the Brussels Agreement in 2013. Serbia later accused Kosovo of breaking the deal.';
    expect(resolve(text, [named(text, 'Brussels Agreement', BRUSSELS, 'agreement')])).toEqual([['the deal', BRUSSELS, 'description']]);
    const named2 = 'They reached a deal in 2013, the Brussels Agreement. The accord was hailed in Brussels.';
    expect(resolve(named2, [named(named2, 'Brussels Agreement', BRUSSELS, 'agreement')])).toEqual([['The accord', BRUSSELS, 'description']]);
    const another = 'Serbia and Kosovo signed the Brussels Agreement in 2013. In 2023 they reached a new deal in Ohrid. The deal was never signed.';
    expect(resolve(another, [named(another, 'Brussels Agreement', BRUSSELS, 'agreement')])).toEqual([]);
    // A deal the phrase itself says, and a kind of agreement after "a", are no references back.
    const says = 'Serbia and Kosovo signed the Brussels Agreement in 2013. Both decisions were tied to the deal that the two leaders reached in April.';
    expect(resolve(says, [named(says, 'Brussels Agreement', BRUSSELS, 'agreement')])).toEqual([]);
    const SAA = 'agreement:stabilisation-and-association-agreement';
    const kind = 'Serbia and Kosovo signed the Brussels Agreement in 2013. Talks on a Stabilisation and Association Agreement may follow. Ashton called the deal a step closer to Europe.';
    expect(resolve(kind, [named(kind, 'Brussels Agreement', BRUSSELS, 'agreement'), named(kind, 'Stabilisation and Association Agreement', SAA, 'agreement')])).toEqual([]);
  });

  it('the "it" of a report is its speaker, a country too: "Serbia said it …", "the government in Belgrade said it …"', () => {
    const SERBIA = 'country:serbia';
    const EU = 'organization:european-union';
    const text = 'The EU sent a mission. Serbia said it would never accept the mission.';
    expect(resolve(text, [named(text, 'EU', EU, 'organization'), named(text, 'Serbia', SERBIA, 'country')])).toEqual([['it', SERBIA, 'pronoun']]);
    const described = 'Serbia protested. The EU sent a mission. The government in Belgrade said it was recalling its envoy.';
    const found = resolve(described, [named(described, 'Serbia', SERBIA, 'country'), named(described, 'EU', EU, 'organization')]);
    expect(found.find(([t]) => t === 'it')).toEqual(['it', SERBIA, 'pronoun']);
  });

  it('the "it" of a report is the company, not the country that only says whose it is', () => {
    const text = 'The German carmaker Siemens said that it would cut jobs.';
    const mentions = [named(text, 'German', 'country:germany', 'country'), named(text, 'Siemens', SIEMENS, 'organization')];
    expect(resolve(text, mentions)).toEqual([['it', SIEMENS, 'pronoun']]);
  });

  it('"they" stays unresolved (it could be any group)', () => {
    const text = 'Siemens and Alstom reported losses. They cut jobs.';
    const mentions = [
      named(text, 'Siemens', SIEMENS, 'organization'),
      named(text, 'Alstom', ALSTOM, 'organization'),
    ];
    expect(resolve(text, mentions)).toEqual([]);
  });

  it('nothing named before it: nothing to resolve to', () => {
    const text = 'He said the company would appeal. Siemens denied the claims.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([]);
  });

  it('places are not actors a pronoun can stand for', () => {
    const text = 'Paris hosted the talks. It welcomed the delegates.';
    expect(resolve(text, [named(text, 'Paris', 'place:paris', 'place')])).toEqual([]);
  });

  it('the resolved mention takes the kind of its actor', () => {
    const text = 'Angela Merkel visited Siemens. She toured its factory.';
    const out = resolveReferences(makeDoc(text), [
      named(text, 'Angela Merkel', MERKEL, 'person'),
      named(text, 'Siemens', SIEMENS, 'organization'),
    ]);
    expect(out.map((m) => [m.text, m.kind])).toEqual([
      ['She', 'person'],
      ['its', 'organization'],
    ]);
  });
});

describe('resolveReferences: descriptions', () => {
  it('"the company" stands for the most recent organisation; the mention spans the description', () => {
    const text = 'Siemens reported a loss. The company said demand fell.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([
      ['The company', SIEMENS, 'description'],
    ]);
  });

  it('modifiers before the head noun are part of the description', () => {
    const text = 'Siemens reported a loss. The German engineering company said demand fell.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([
      ['The German engineering company', SIEMENS, 'description'],
    ]);
    const maker = 'Alstom won the contract. The French train maker will deliver 40 trains.';
    expect(resolve(maker, [named(maker, 'Alstom', ALSTOM, 'organization')])).toEqual([
      ['The French train maker', ALSTOM, 'description'],
    ]);
  });

  it('a hyphenated "X-based" modifier is part of the description', () => {
    const text = 'Siemens reported a loss. The Munich-based engineering group said demand fell.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([
      ['The Munich-based engineering group', SIEMENS, 'description'],
    ]);
  });

  it('"the company\'s" resolves too', () => {
    const text = "Siemens reported a loss. The company's shares fell.";
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([
      ['The company', SIEMENS, 'description'],
    ]);
  });

  it('"the country" stands for the most recent country, not an organisation', () => {
    const text = 'Serbia signed a deal with Siemens. The country will buy 20 trains.';
    const mentions = [
      named(text, 'Serbia', 'country:serbia', 'country'),
      named(text, 'Siemens', SIEMENS, 'organization'),
    ];
    expect(resolve(text, mentions)).toEqual([['The country', 'country:serbia', 'description']]);
  });

  it('a person description stands for the most recent person', () => {
    const text =
      'Siemens hired Angela Merkel. The chairman of the board welcomed her. The former chancellor said nothing.';
    const found = resolve(text, [
      named(text, 'Siemens', SIEMENS, 'organization'),
      named(text, 'Angela Merkel', MERKEL, 'person'),
    ]);
    // "the chairman of the board" names someone else; "her" is Merkel.
    expect(found).toEqual([['her', MERKEL, 'pronoun']]);
  });

  it('"the billionaire" / "the founder" are people', () => {
    const text = 'Siemens sold a stake to Klaus Weber. The billionaire paid in cash.';
    const mentions = [
      named(text, 'Siemens', SIEMENS, 'organization'),
      named(text, 'Klaus Weber', 'person:klaus-weber', 'person'),
    ];
    expect(resolve(text, mentions)).toEqual([
      ['The billionaire', 'person:klaus-weber', 'description'],
    ]);
  });

  it('"the president of Serbia" is someone else: left alone', () => {
    const text = 'Angela Merkel visited Serbia. The president of Serbia greeted the chancellor.';
    const mentions = [
      named(text, 'Angela Merkel', MERKEL, 'person'),
      named(text, 'Serbia', 'country:serbia', 'country'),
      named(text, 'Serbia', 'country:serbia', 'country', 1),
    ];
    expect(resolve(text, mentions)).toEqual([]);
  });

  it('"the chairman of Siemens", "the company of …": a description followed by "of" is left alone', () => {
    const text = 'Angela Merkel met Siemens executives. The chairman of Siemens thanked her.';
    const mentions = [
      named(text, 'Angela Merkel', MERKEL, 'person'),
      named(text, 'Siemens', SIEMENS, 'organization'),
      named(text, 'Siemens', SIEMENS, 'organization', 1),
    ];
    expect(resolve(text, mentions)).toEqual([['her', MERKEL, 'pronoun']]);
  });

  it('a description followed by a name is an apposition, not a reference ("the company Alstom")', () => {
    const text = 'Siemens bid for the contract. The company Alstom won it.';
    const mentions = [
      named(text, 'Siemens', SIEMENS, 'organization'),
      named(text, 'Alstom', ALSTOM, 'organization'),
    ];
    const found = resolve(text, mentions);
    expect(found.find(([t]) => t.startsWith('The company'))).toBeUndefined();
  });

  it('a noun that is no description ("the report") is not resolved', () => {
    const text = 'Siemens reported a loss. The report blamed the weather.';
    expect(resolve(text, [named(text, 'Siemens', SIEMENS, 'organization')])).toEqual([]);
  });
});

describe('resolveReferences: a description by the head word of a name', () => {
  it('"the court", "the party", "the mission" are the name they head; "the election" is not the Central Election Commission', () => {
    const COURT = 'organization:constitutional-court';
    const court = 'The Constitutional Court met on Monday. The court ruled against the decree.';
    expect(resolve(court, [named(court, 'Constitutional Court', COURT, 'organization')])).toEqual([['The court', COURT, 'description']]);
    const PDK = 'organization:democratic-party-of-kosovo';
    const party = 'The Democratic Party of Kosovo lost votes. The party blamed the turnout.';
    expect(resolve(party, [named(party, 'Democratic Party of Kosovo', PDK, 'organization')])).toEqual([['The party', PDK, 'description']]);
    const EULEX = 'organization:eulex';
    const mission = 'The EU Rule of Law Mission in Kosovo began work. The mission hired judges.';
    expect(resolve(mission, [named(mission, 'EU Rule of Law Mission in Kosovo', EULEX, 'organization')])).toEqual([['The mission', EULEX, 'description']]);
    const CEC = 'organization:central-election-commission';
    const election = 'The Central Election Commission met. The election was held on June 8.';
    expect(resolve(election, [named(election, 'Central Election Commission', CEC, 'organization')])).toEqual([]);
  });
});

describe('resolveReferences: bare given names', () => {
  it('"Angela" after "Angela Merkel" is Merkel', () => {
    const text = 'Angela Merkel arrived in Paris. Later Angela toured the city.';
    expect(resolve(text, [named(text, 'Angela Merkel', MERKEL, 'person')])).toEqual([
      ['Angela', MERKEL, 'name'],
    ]);
  });

  it('the most recent person with that given name wins', () => {
    const text = 'Steve Jobs met Steve Wozniak. Later Steve left the company.';
    const mentions = [
      named(text, 'Steve Jobs', 'person:steve-jobs', 'person'),
      named(text, 'Steve Wozniak', 'person:steve-wozniak', 'person'),
    ];
    expect(resolve(text, mentions)).toEqual([['Steve', 'person:steve-wozniak', 'name']]);
  });

  it('the given name comes from the actor id, not the surface ("President Emmanuel Macron")', () => {
    const text = 'President Emmanuel Macron arrived. Emmanuel then spoke.';
    expect(resolve(text, [named(text, 'President Emmanuel Macron', MACRON, 'person')])).toEqual([
      ['Emmanuel', MACRON, 'name'],
    ]);
  });

  it('a given name before anyone has it, or of nobody named, stays unresolved', () => {
    const before = 'Later Angela toured the city. Angela Merkel arrived in Paris.';
    expect(resolve(before, [named(before, 'Angela Merkel', MERKEL, 'person')])).toEqual([]);
    const other = 'Angela Merkel arrived in Paris. Later Greta toured the city.';
    expect(resolve(other, [named(other, 'Angela Merkel', MERKEL, 'person')])).toEqual([]);
  });

  it('a given name inside a longer name is not a bare name', () => {
    const text = 'Angela Merkel arrived in Paris. Angela Kerner greeted her.';
    const found = resolve(text, [named(text, 'Angela Merkel', MERKEL, 'person')]);
    expect(found.find(([t]) => t === 'Angela')).toBeUndefined();
    expect(found).toEqual([['her', MERKEL, 'pronoun']]);
  });
});

describe('resolveReferences: with the recogniser', () => {
  const kb = buildKnowledgeBase();
  const run = (text: string): [string, string, string][] => {
    const { mentions } = recogniseActors(text, kb);
    return resolveReferences(makeDoc(text), mentions).map((m) => [m.text, m.actor, m.via]);
  };

  it('pronouns and descriptions in a short story', () => {
    const text =
      'Siemens reported a loss on Thursday. The company said its orders fell. Angela Merkel visited the factory. She praised the workers.';
    expect(run(text)).toEqual([
      ['The company', SIEMENS, 'description'],
      ['its', SIEMENS, 'pronoun'],
      ['She', MERKEL, 'pronoun'],
    ]);
  });

  it('no named actor inside a resolved mention', () => {
    const text = 'Angela Merkel met Emmanuel Macron. He said the country would help.';
    const { mentions } = recogniseActors(text, kb);
    const resolved = resolveReferences(makeDoc(text), mentions);
    for (const r of resolved)
      for (const m of mentions)
        expect(r.end <= m.start || r.start >= m.end, `${r.text} / ${m.text}`).toBe(true);
  });
});

describe('descriptions that name their owner', () => {
  it('"the Serbian government" is not resolved to the government named last', () => {
    const text = 'Kosovo adopted the plan. Earlier, the Serbian government had rejected a draft. The government then resigned.';
    const mentions = [named(text, 'Kosovo', 'country:kosovo', 'country'), named(text, 'Serbian', 'country:serbia', 'country')];
    // Only the bare "The government" is resolved, and to the country named last (Serbia).
    expect(resolve(text, mentions)).toEqual([['The government', 'country:serbia', 'description']]);
  });
});

describe('"It is …", "It has …" after a sentence about a product', () => {
  it('is the product, and goes on being it in the sentence after', () => {
    const text = "Acme's Zentra X5 went on sale on Monday. It is only 9 millimetres thick. It also has a curved screen.";
    const mentions = [named(text, 'Acme', 'organization:acme', 'organization'), named(text, 'Zentra X5', 'product:zentra-x5', 'product')];
    expect(resolve(text, mentions)).toEqual([
      ['It', 'product:zentra-x5', 'pronoun'],
      ['It', 'product:zentra-x5', 'pronoun'],
    ]);
  });

  it('is no one after a sentence about someone else, nor when what follows is what "it" stands for', () => {
    const after = 'NATO said that clashes left 30 soldiers injured. It was the worst violence in the north since May.';
    expect(resolve(after, [named(after, 'NATO', 'organization:nato', 'organization')])).toEqual([]);
    const clear = 'The Zentra X5 went on sale on Monday. It is clear that demand is high. It is 5 p.m. in Leeds.';
    expect(resolve(clear, [named(clear, 'Zentra X5', 'product:zentra-x5', 'product')])).toEqual([]);
  });
});

describe('a noun phrase after a copula or "make it"', () => {
  it('says what something is and refers back to nothing; the same description as a subject does', () => {
    const text = 'Acme unveiled the Zentra X5 on Monday, making it “the thinnest phone” on the market. Critics said it was the best phone of the year. The phone goes on sale on Friday.';
    const mentions = [named(text, 'Acme', 'organization:acme', 'organization'), named(text, 'Zentra X5', 'product:zentra-x5', 'product')];
    const phones = resolve(text, mentions).filter(([surface]) => surface.toLowerCase().includes('phone'));
    expect(phones).toEqual([['The phone', 'product:zentra-x5', 'description']]);
  });
});

describe('"its"', () => {
  it('is the closest country, organisation or product named before it in the sentence, not the organisation named last in the article', () => {
    const text = 'The EU-mediated talks stalled. Serbia recalled its envoy.';
    const mentions = [named(text, 'EU', 'organization:european-union', 'organization'), named(text, 'Serbia', 'country:serbia', 'country')];
    expect(resolve(text, mentions)).toEqual([['its', 'country:serbia', 'pronoun']]);
  });
});
