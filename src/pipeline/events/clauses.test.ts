import { describe, expect, it } from 'vitest';
import { makeDoc, type Doc } from '../text/doc.ts';
import { clausesOf, type Clause } from './clauses.ts';
import { participlePhrases } from './phrases.ts';

interface Seen extends Clause {
  text: string;
  groupText: string | null;
  headText: string | null;
  subjectText: string | null;
}

function span(doc: Doc, from: number, to: number): string {
  return doc.body.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
}

/**
 * The clauses of a one-sentence text, with their pieces as text. `dates` are the date expressions
 * in it (as the tagger would mark them): their tokens are timex tokens.
 */
function clauses(body: string, dates: string[] = []): Seen[] {
  const doc = makeDoc(body);
  expect(doc.sentences, body).toHaveLength(1);
  const ranges = dates.map((d) => {
    const at = body.indexOf(d);
    expect(at, d).toBeGreaterThanOrEqual(0);
    return [at, at + d.length] as const;
  });
  const isTimex = (k: number): boolean =>
    ranges.some(([a, b]) => doc.tokens[k]!.start >= a && doc.tokens[k]!.end <= b);
  return clausesOf(doc, 0, isTimex).map((c) => ({
    ...c,
    text: span(doc, c.from, c.to),
    groupText: c.group ? span(doc, c.group[0], c.group[1] + 1) : null,
    headText: c.head >= 0 ? doc.tokens[c.head]!.text : null,
    subjectText: c.subject ? span(doc, c.subject[0], c.subject[1]) : null,
  }));
}

function only(body: string, dates: string[] = []): Seen {
  const found = clauses(body, dates);
  expect(
    found.map((c) => c.text),
    body,
  ).toHaveLength(1);
  return found[0]!;
}

describe('clausesOf: structure', () => {
  it('clauses tile the sentence: contiguous token ranges from its first to its last token', () => {
    for (const body of [
      'The regulator blocked the merger because it would hurt competition.',
      'Disney bought Pixar, which was founded in 1986.',
      '"We will fight this ruling," the chief executive said.',
      'Lawmakers rejected the plan; the government must now try again.',
      'The board approved the deal, and shares rose 5 percent.',
    ]) {
      const doc = makeDoc(body);
      const found = clausesOf(doc, 0, () => false);
      const [first, last] = doc.sentenceTokens[0]!;
      expect(found[0]!.from, body).toBe(first);
      expect(found[found.length - 1]!.to, body).toBe(last);
      for (let i = 1; i < found.length; i++) expect(found[i]!.from, body).toBe(found[i - 1]!.to);
      for (const c of found) {
        if (c.group) {
          expect(c.group[0]).toBeGreaterThanOrEqual(c.from);
          expect(c.group[1]).toBeLessThan(c.to);
          expect(c.head).toBeGreaterThanOrEqual(c.group[0]);
          expect(c.head).toBeLessThanOrEqual(c.group[1]);
        }
        if (c.subject) {
          expect(c.subject[0]).toBeGreaterThanOrEqual(c.from);
          expect(c.subject[1]).toBeLessThanOrEqual(c.group![0]);
        }
      }
    }
  });

  it('one simple sentence is one clause, linked as "first"', () => {
    const c = only('Toyota recalled two million vehicles.');
    expect(c).toMatchObject({
      link: 'first',
      groupText: 'recalled',
      headText: 'recalled',
      subjectText: 'Toyota',
    });
  });

  it('works on any sentence of a longer document, not only the first', () => {
    const body =
      'Markets were calm. The central bank raised interest rates on Tuesday. Analysts had expected the move.';
    const doc = makeDoc(body);
    expect(doc.sentences).toHaveLength(3);
    const second = clausesOf(doc, 1, () => false);
    expect(second).toHaveLength(1);
    expect(doc.tokens[second[0]!.head]!.text).toBe('raised');
    expect(span(doc, second[0]!.subject![0], second[0]!.subject![1])).toBe('The central bank');
    const third = clausesOf(doc, 2, () => false);
    expect(third[0]!.tense).toBe('pastPerfect');
  });

  it('"and" + a verb opens a coordinated clause that shares its subject', () => {
    const [a, b] = clauses('Officials met in Geneva and discussed the ceasefire.');
    expect(a).toMatchObject({
      text: 'Officials met in Geneva',
      link: 'first',
      headText: 'met',
      subjectText: 'Officials',
    });
    expect(b).toMatchObject({
      text: 'and discussed the ceasefire.',
      link: 'and',
      headText: 'discussed',
      subject: null,
    });
  });

  it('", and" + a new subject and verb: a coordinated clause with its own subject', () => {
    const [a, b] = clauses('The board approved the deal, and shares rose 5 percent.');
    expect(a).toMatchObject({ headText: 'approved', subjectText: 'The board' });
    expect(b).toMatchObject({
      link: 'and',
      headText: 'rose',
      subjectText: 'shares',
      tense: 'past',
    });
  });

  it('"and" between two nouns does not open a clause; the subject is the whole coordination', () => {
    const c = only('Apple and Google reported strong results.');
    expect(c.headText).toBe('reported');
    expect(c.subjectText).toBe('Apple and Google');
  });

  it('a semicolon and a colon open a clause', () => {
    const [a, b] = clauses('Lawmakers rejected the plan; the government must now try again.');
    expect(a).toMatchObject({ headText: 'rejected', tense: 'past', modality: 'asserted' });
    expect(b).toMatchObject({
      link: 'and',
      headText: 'try',
      subjectText: 'the government',
      modality: 'hypothetical',
    });
    const [c, d] = clauses('The verdict was clear: the judge dismissed the case.');
    expect(c).toMatchObject({ headText: 'was', stative: true });
    expect(d).toMatchObject({
      link: 'and',
      headText: 'dismissed',
      subjectText: 'the judge',
      stative: false,
    });
  });

  it('a subordinator ("because", "while") opens a subordinate clause with its own subject', () => {
    const [a, b] = clauses('Regulators blocked the merger because it would hurt competition.');
    expect(a).toMatchObject({
      link: 'first',
      headText: 'blocked',
      tense: 'past',
      modality: 'asserted',
    });
    expect(b).toMatchObject({
      link: 'sub',
      headText: 'hurt',
      subjectText: 'it',
      modality: 'hypothetical',
    });
    const [c, d] = clauses('The minister resigned while the inquiry continued.');
    expect(c?.headText).toBe('resigned');
    expect(d).toMatchObject({ link: 'sub', headText: 'continued', subjectText: 'the inquiry' });
  });

  it('"although" opens a subordinate clause (wink tags it ADP)', () => {
    const [a, b] = clauses('Although sales fell, the retailer raised its forecast.');
    expect(a).toMatchObject({ headText: 'fell', subjectText: 'sales' });
    expect(b).toMatchObject({ headText: 'raised', subjectText: 'the retailer' });
  });

  it('"when" opens a subordinate clause (wink tags it ADV)', () => {
    const [c, d] = clauses('Police arrested two men when the protest turned violent.');
    expect(c).toMatchObject({ headText: 'arrested', subjectText: 'Police' });
    expect(d).toMatchObject({ link: 'sub', headText: 'turned', subjectText: 'the protest' });
  });

  it('"after" + subject + verb opens a subordinate clause; "after the vote" does not', () => {
    const [a, b] = clauses('Regulators approved the deal after the companies offered concessions.');
    expect(a).toMatchObject({ headText: 'approved', subjectText: 'Regulators' });
    expect(b).toMatchObject({ link: 'sub', headText: 'offered', subjectText: 'the companies' });
    expect(only('The party left the coalition after the vote.').headText).toBe('left');
  });

  it('"which" after a comma opens a relative clause; the relative pronoun is not its subject', () => {
    const [a, b] = clauses('Disney bought Pixar, which was founded in 1986.', ['1986']);
    expect(a).toMatchObject({ link: 'first', headText: 'bought', subjectText: 'Disney' });
    expect(b).toMatchObject({
      link: 'rel',
      headText: 'founded',
      subject: null,
      passive: true,
      tense: 'past',
    });
  });

  it('"that" after a noun opens a relative clause', () => {
    const [a, b] = clauses('The court upheld the law that banned the protests.');
    expect(a).toMatchObject({ text: 'The court upheld the law', headText: 'upheld' });
    expect(b).toMatchObject({ link: 'rel', headText: 'banned', subject: null });
  });

  it('"said that" opens a complement clause with its own subject', () => {
    const [a, b] = clauses('She said that the talks had collapsed.');
    expect(a).toMatchObject({
      text: 'She said',
      headText: 'said',
      subjectText: 'She',
      reporting: true,
      tense: 'past',
    });
    expect(b).toMatchObject({
      link: 'that',
      headText: 'collapsed',
      subjectText: 'the talks',
      tense: 'pastPerfect',
      reporting: false,
    });
  });

  it('"told reporters that" opens a complement clause, not a relative one', () => {
    const [a, b] = clauses('The minister told reporters that the factory was sold.');
    expect(a).toMatchObject({ headText: 'told', reporting: true });
    expect(b).toMatchObject({ link: 'that', headText: 'sold', subjectText: 'the factory' });
  });

  it('"said on Monday that" opens a complement clause, not a relative one', () => {
    const [c, d] = clauses('Microsoft said on Monday that it had acquired the startup.', [
      'Monday',
    ]);
    expect(c).toMatchObject({ headText: 'said', reporting: true, subjectText: 'Microsoft' });
    expect(d).toMatchObject({
      link: 'that',
      headText: 'acquired',
      subjectText: 'it',
      tense: 'pastPerfect',
    });
  });

  it('an opening participle is not the clause\'s verb ("Founded in 1998, Google now employs …")', () => {
    const c = only('Founded in 1998, Google now employs thousands.', ['1998']);
    expect(c).toMatchObject({ headText: 'employs', subjectText: 'Google', tense: 'present' });
    const d = only('Following the vote, the party left the coalition.');
    expect(d).toMatchObject({ headText: 'left', subjectText: 'the party', tense: 'past' });
  });

  it('an appositive participle is a clause of its own; the main verb after it opens the next one', () => {
    // The subject stands apart (no verb, no event); the participle is a relative clause of it.
    const [np, a, b] = clauses('Bill Gates, born in Seattle in 1955, has built a vast charity.', [
      '1955',
    ]);
    expect(np).toMatchObject({ head: -1 });
    expect(a).toMatchObject({ headText: 'born', link: 'rel' });
    // The main clause resumes: the sentence's first clause again, with the opening name as subject.
    expect(b).toMatchObject({
      link: 'first',
      groupText: 'has built',
      headText: 'built',
      tense: 'perfect',
      subjectText: 'Bill Gates',
    });
  });

  it('an adverb between subject and verb is skipped ("He also announced")', () => {
    const c = only('He also announced a share buyback.');
    expect(c).toMatchObject({
      subjectText: 'He',
      groupText: 'announced',
      headText: 'announced',
      reporting: true,
    });
  });

  it('date expressions are never part of the subject', () => {
    expect(only('Last year Boeing delivered 500 jets.', ['Last year']).subjectText).toBe('Boeing');
    expect(only('On Monday the company announced a new chip.', ['Monday']).subjectText).toBe(
      'the company',
    );
  });

  it('the subject is the noun phrase right before the verb group, determiners and modifiers included', () => {
    expect(only('The central bank raised interest rates.').subjectText).toBe('The central bank');
    expect(only("The country's largest lender cut 500 jobs.").subjectText).toBe(
      "The country's largest lender",
    );
    expect(only('The ruling party lost its majority.')).toMatchObject({
      subjectText: 'The ruling party',
      headText: 'lost',
    });
  });
});

describe('clausesOf: tense', () => {
  it.each([
    ['Toyota recalled two million vehicles.', 'past'],
    ['The minister was in Paris.', 'past'],
    ['The bank did not comment.', 'past'],
    ['The company employs 4,000 people.', 'present'],
    ['The prime minister is in Brussels.', 'present'],
    ['Toyota has recalled two million vehicles.', 'perfect'],
    ['Investors have sold the shares.', 'perfect'],
    ['The company has been sued by investors.', 'perfect'],
    ['Parliament had approved the budget.', 'pastPerfect'],
    ['Microsoft will release the update.', 'future'],
    ['The government intends to raise taxes.', 'future'],
  ] as const)('%s → %s', (body, tense) => {
    expect(only(body).tense).toBe(tense);
  });
});

describe('clausesOf: modality', () => {
  it('"will" and "shall" make it future', () => {
    expect(only('Microsoft will release the update.')).toMatchObject({
      modality: 'future',
      groupText: 'will release',
      headText: 'release',
    });
    expect(only('The bank will announce its results.')).toMatchObject({
      modality: 'future',
      reporting: true,
    });
  });

  it('verbs of intent with a "to"-complement make it future', () => {
    expect(only('The government intends to raise taxes.').modality).toBe('future');
    expect(only('The union threatened to strike.').modality).toBe('future');
    expect(only('The startup hopes to raise new funding.').modality).toBe('future');
    expect(only('The party promised to cut taxes.').modality).toBe('future');
    expect(only('The store is set to open in May.', ['May']).modality).toBe('future');
  });

  it('"plans to" is a plan (wink tags "plans" as a noun after a subject)', () => {
    expect(only('The company plans to launch a new phone.').modality).toBe('future');
    expect(only('Siemens plans to cut 5,000 jobs.').modality).toBe('future');
  });

  it('the intention must come before its "to": what someone was forced to seek, they sought', () => {
    expect(only('The farmers were forced to sell their land.').modality).toBe('asserted');
    expect(only('The airline was obliged to cancel its flights.').modality).toBe('asserted');
    expect(only('The farmers were expected to sell their land.').modality).toBe('future');
  });

  it('"is going to" is a plan', () => {
    expect(only('The company is going to build a new plant.').modality).toBe('future');
  });

  it('"is due to" is a plan', () => {
    expect(only('Volkswagen is due to report earnings.').modality).toBe('future');
  });

  it('a "to"-chain\'s head is its first verb, the intention (the Clause contract)', () => {
    const c = only('The government intends to raise taxes.');
    expect(c.groupText).toBe('intends to raise');
    expect(c.headText).toBe('intends');
    expect(c.modality).toBe('future');
  });

  it('a verb that is not of intent keeps a "to"-chain asserted ("began to ship")', () => {
    expect(only('Siemens began to ship the turbines.')).toMatchObject({
      modality: 'asserted',
      groupText: 'began to ship',
      tense: 'past',
    });
  });

  it('modal auxiliaries make it hypothetical', () => {
    expect(only('Investors may sell the shares.').modality).toBe('hypothetical');
    expect(only('Prices might rise again.').modality).toBe('hypothetical');
    expect(only('Shares of the carmaker could fall sharply.').modality).toBe('hypothetical');
  });

  it('plain past, present and perfect are asserted', () => {
    for (const body of [
      'Toyota recalled two million vehicles.',
      'The company employs 4,000 people.',
      'Toyota has recalled two million vehicles.',
    ]) {
      expect(only(body).modality, body).toBe('asserted');
    }
  });
});

describe('clausesOf: negation, passive, reporting, stative, quoted', () => {
  it('"not" and "n\'t" negate', () => {
    expect(only('The minister did not resign.')).toMatchObject({
      negated: true,
      headText: 'resign',
      tense: 'past',
    });
    expect(only("The bank didn't comment on the report.").negated).toBe(true);
    expect(only('The senator voted for the bill.').negated).toBe(false);
  });

  it('"never" negates', () => {
    expect(only('The senator never voted for the bill.').negated).toBe(true);
    expect(only('The minister has never resigned.').negated).toBe(true);
  });

  it('"be" + past participle is passive, in any tense', () => {
    expect(only('The bill was passed by the Senate.')).toMatchObject({
      passive: true,
      headText: 'passed',
      subjectText: 'The bill',
      tense: 'past',
    });
    expect(only('The company has been sued by investors.')).toMatchObject({
      passive: true,
      headText: 'sued',
      tense: 'perfect',
    });
    expect(only('The Senate passed the bill.').passive).toBe(false);
    expect(only('Toyota has recalled two million vehicles.').passive).toBe(false);
  });

  it('verbs of saying are reporting; others are not', () => {
    expect(only('The company announced a new chip.').reporting).toBe(true);
    expect(only('The agency confirmed the figures.').reporting).toBe(true);
    expect(only('The ministry denied the claims.').reporting).toBe(true);
    expect(only('Toyota recalled two million vehicles.').reporting).toBe(false);
  });

  it('a copula or "have" alone is stative; "have" as an auxiliary is not', () => {
    expect(only('The prime minister is in Brussels.')).toMatchObject({
      stative: true,
      headText: 'is',
    });
    expect(only('The minister was in Paris.')).toMatchObject({
      stative: true,
      headText: 'was',
      tense: 'past',
    });
    expect(only('The CEO has a stake in the firm.')).toMatchObject({
      stative: true,
      headText: 'has',
    });
    expect(only('Toyota has recalled two million vehicles.').stative).toBe(false);
    expect(only('The bill was passed by the Senate.').stative).toBe(false);
  });

  it('quoted clauses are marked, and the attribution after them is not', () => {
    const [a, b] = clauses('"We will fight this ruling," the chief executive said.');
    expect(a).toMatchObject({
      quoted: true,
      headText: 'fight',
      subjectText: 'We',
      modality: 'future',
    });
    expect(b).toMatchObject({
      quoted: false,
      headText: 'said',
      subjectText: 'the chief executive',
      reporting: true,
    });
    const [c, d] = clauses('“We will appeal,” the company said.');
    expect(c).toMatchObject({ quoted: true, headText: 'appeal' });
    expect(d).toMatchObject({ quoted: false, headText: 'said', reporting: true });
  });

  it('nothing is quoted in a sentence without quotation marks', () => {
    for (const c of clauses('Regulators blocked the merger because it would hurt competition.'))
      expect(c.quoted).toBe(false);
  });
});

describe('clausesOf: participles and resumed clauses', () => {
  it('a past form with an object after a relative clause is the main verb; one without stays a participle', () => {
    const [, , won] = clauses('Thaçi, who needed a two-thirds majority in the first two rounds, won the simple majority required in the third round of voting.');
    expect(won!.headText).toBe('won');
    const [, based, sold] = clauses('Nokia, based in Espoo, sold its phone business.');
    expect(based!.link).toBe('rel');
    expect(sold!.headText).toBe('sold');
  });

  it('a participle before a noun and its verb describes the noun ("after masked men disrupted")', () => {
    const [, after] = clauses('The authorities were considering a repeat of voting, after masked men disrupted the vote.');
    expect(after!.headText).toBe('disrupted');
    expect(after!.subjectText).toBe('masked men');
    // After its subject it is the verb: "Serbs kept roads blocked".
    expect(only('Serbs kept roads blocked with trucks.').headText).toBe('kept');
  });

  it('a participle with its agent before the verb group is no head ("parties led by … have disrupted")', () => {
    expect(only('Opposition parties led by the movement have disrupted parliament for months.').headText).toBe('disrupted');
  });

  it('a date between the auxiliary and its verb stays in the group ("were on Tuesday considering")', () => {
    const c = only('The authorities were on Tuesday considering a repeat of voting.', ['Tuesday']);
    expect(c.headText).toBe('considering');
    expect(c.stative).toBe(false);
  });

  it('a relative clause without commas ends at a new auxiliary after its object', () => {
    const found = clauses('Drivers whose cars carry plates issued by Serbia will have to switch to Kosovo plates.');
    expect(found.map((c) => c.link)).toEqual(['first', 'rel', 'first']);
    expect(found[2]!.text).toMatch(/^will have to switch/);
    expect(found[2]!.subjectText).toBe('Drivers');
    expect(found[2]!.modality).toBe('future');
    // Not after a pronoun: "the man who said he would go" is one relative clause.
    expect(clauses('Officials met the man who said he would go.').map((c) => c.link)).not.toContain('and');
  });
});

describe('participlePhrases', () => {
  const phrases = (body: string): string[] => {
    const doc = makeDoc(body);
    return clausesOf(doc, 0, () => false).flatMap((c) => participlePhrases(doc.tokens, c).map(([a, b]) => span(doc, a, b)));
  };

  it('a participle after a noun, past the head, to the next break: its dates are its own', () => {
    expect(phrases('Serbia will also hand over copies of civil registry books taken from Kosovo in 1999.')).toEqual(['taken from Kosovo in 1999']);
    expect(phrases('Thaçi won the majority required in the third round, officials said.')).toEqual(['required in the third round']);
  });

  it('not a verb whose object takes the participle, a clause-opening subject, nor the occasion of the clause', () => {
    expect(phrases('Serbs kept roads blocked with trucks on Sunday.')).toEqual([]);
    expect(phrases('Kosovo imposed a tariff in 2018, and the EU-mediated dialogue resumed only in July.')).toEqual([]);
    expect(phrases('Kurti said in a video posted on social media on September 1 that the rule would be enforced.')).toEqual([]);
  });
});

describe('clausesOf: fronted phrases and subordinate clauses without a comma', () => {
  it('an opening subordinate clause ends where a new subject and its verb follow its verb', () => {
    const found = clauses('After the case closed Apple chief executive Steve Jobs extended an invitation to the label.');
    expect(found.map((c) => c.link)).toEqual(['sub', 'and']);
    expect(found[1]).toMatchObject({ headText: 'extended', subjectText: 'Apple chief executive Steve Jobs' });
  });

  it('after a fronted phrase without a comma, the subject starts at the name or article after its noun', () => {
    expect(only('During the case Apple Corps showed the court the logo.').subjectText).toBe('Apple Corps');
    expect(only('In the north Serbs blocked roads.').subjectText).toBe('Serbs');
  });
});

describe('clausesOf: a date inside a fronted phrase', () => {
  it('the subject starts after the phrase even when a date ends the walk inside it', () => {
    const c = only('During the first quarter of the financial year Apple sold more than 21 million iPods.', ['the first quarter']);
    expect(c.subjectText).toBe('Apple');
  });
});

describe('clausesOf: where a relative clause ends, and participles that are no verbs', () => {
  it('a relative clause ends before a past tense that has nothing after it ("states that have recognised Kosovo abstained")', () => {
    const found = clauses('Most European Union states that have recognised Kosovo abstained, while the United States voted against.');
    expect(found.map((c) => [c.link, c.headText])).toEqual([
      ['first', null],
      ['rel', 'recognised'],
      ['first', 'abstained'],
      ['sub', 'voted'],
    ]);
    expect(found[2]!.subjectText).toBe('Most European Union states');
    // Not an attribution after a comma.
    expect(clauses('They settled a dispute over documents that triggered unrest last month, Josep Borrell said.').map((c) => c.headText)).not.toContain(null);
  });

  it('"and" before a participle with its agent opens no clause; a verb with its amount after "by" is a verb', () => {
    expect(clauses('Many still use documents and plates issued by Belgrade.')).toHaveLength(1);
    expect(clauses('As soon as the results were announced, the shares of the computer company increased by 5 percent.').map((c) => c.headText)).toEqual(['announced', 'increased']);
  });

  it('a noun phrase before a phrase set off by commas and opened by an adjective is the subject, not the noun before the verb', () => {
    expect(only('The screen layout, similar to that of the older phone, offers access to music.').subjectText).toBe('The screen layout');
    // (A comparative too: the noun before the verb is the one compared with.)
    expect(only('The new tablet, thinner than the last model, weighs less.').subjectText).toBe('The new tablet');
  });

  it('a naming participle after a comma gives a name, no happening ("a new screen, dubbed a “retina display”"); "named a new chief" is done', () => {
    const dubbed = clauses('The phone has a new screen, dubbed a "retina display", which shows more detail.').find((c) => c.headText === 'dubbed');
    expect(dubbed?.stative).toBe(true);
    const named = clauses('Acme reported record profits, named a new chief and called a meeting.');
    expect(named.find((c) => c.headText === 'named')?.stative).toBe(false);
    expect(named.find((c) => c.headText === 'called')?.stative).toBe(false);
  });

  it('the comma closing a date of the subject\'s noun ends nothing, and the date is not the subject\'s', () => {
    const found = clauses('The ministry said that the declaration of Feb. 17, 2008, breached the resolution.', ['Feb. 17, 2008']);
    expect(found.map((c) => [c.link, c.headText, c.subjectText])).toEqual([
      ['first', 'said', 'The ministry'],
      ['that', 'breached', 'the declaration'],
    ]);
    // (After a verb such a phrase is an object, and what follows its comma describes it.)
    expect(clauses('The talks were called for by a resolution of September 2010, adopted after the ruling.', ['September 2010']).map((c) => c.headText)).toEqual(['called', 'adopted']);
  });

  it('a possessor\'s description, then between commas a name with its abbreviation: the subject is the name', () => {
    const found = clauses("The European Union's largest civilian mission, the EU Rule of Law Mission in Kosovo (EULEX), has begun operating.");
    expect(found.map((c) => c.subjectText)).toEqual(['the EU Rule of Law Mission in Kosovo']);
  });

  it('a list of examples between commas after the subject ends no clause and is not the subject', () => {
    const found = clauses('More than 100 countries, including the United States and most EU member states, recognise Kosovo.');
    expect(found.map((c) => [c.headText, c.subjectText])).toEqual([['recognise', '100 countries']]);
    // (After a verb such a list is inside what it governs: the verb after it opens its own clause.)
    expect(clauses('She told him how important membership of the community, including of NATO, was for her territory.').map((c) => c.headText)).toEqual(['told', 'was']);
  });

  it('a date without a preposition between the subject and its verb is no part of it; only right before the verb', () => {
    expect(clauses('The largest German carmaker Volkswagen today named a new chief.', ['today']).map((c) => [c.headText, c.subjectText])).toEqual([['named', 'The largest German carmaker Volkswagen']]);
    expect(clauses('The boat sank off the coast Nov. 25, setting off a dispute.', ['Nov. 25']).map((c) => c.subjectText)).not.toContain('the coast');
  });

  it('a name set between commas after its noun stays in the clause: "said the former officer, Dejan Pantić, was detained"', () => {
    expect(clauses('Police said the driver, Marko Ilić, was arrested at the border.').map((c) => [c.headText, c.subjectText])).toEqual([
      ['said', 'Police'],
      ['arrested', 'Marko Ilić'],
    ]);
  });

  it('names listed with commas before "and" are one subject; a participle after a preposition opens no reported clause', () => {
    const found = clauses('China is expected to abstain, while the United States, Britain and France are expected to vote yes, according to written statements filed on Monday.');
    expect(found.map((c) => c.headText)).toEqual(['expected', 'expected']);
    expect(found[1]!.subjectText).toBe('the United States, Britain and France');
  });

  it('a trailing attribution whose speaker has an abbreviation in brackets is its own clause', () => {
    const found = clauses('Candidates won the races after Serbs boycotted the vote, leaving turnout low, the Central Election Commission (CEC) said.');
    expect(found.map((c) => c.headText)).toEqual(['won', 'leaving', 'said']);
  });

  it('an adverb set between commas after the subject is no part of it', () => {
    expect(clauses('The French CAC, however, gained 1 percent.').map((c) => [c.headText, c.subjectText])).toEqual([['gained', 'The French CAC']]);
  });

  it('"such as" opens such a list too; "such" alone opens none', () => {
    expect(clauses('Other stock indices, such as the Nikkei and the Dax, dipped.').map((c) => [c.headText, c.subjectText])).toEqual([['dipped', 'Other stock indices']]);
    expect(clauses('Such losses, the bank said, were rare.').map((c) => c.headText)).toEqual(['said', 'were']);
  });

  it('a comma inside a date ends no subordinate clause', () => {
    const found = clauses('When the mayors took office, clashes in Zvečan on May 29, 2023 injured 30 peacekeepers.', ['May 29, 2023']);
    expect(found.map((c) => c.headText)).toEqual(['took', 'injured']);
    expect(found[1]!.subjectText).toBe('clashes in Zvečan');
  });
});

describe('clausesOf: the main clause after a relative one', () => {
  it('resumes at an auxiliary right after the relative clause\'s verb or adverb, and its adverbs are its own', () => {
    const found = clauses('Local elections to replace the Serb mayors who resigned have been postponed until April.');
    expect(found.map((c) => [c.link, c.headText])).toEqual([
      ['first', 'replace'],
      ['rel', 'resigned'],
      ['first', 'postponed'],
    ]);
    expect(found[2]!.subjectText).toBe('Local elections to replace the Serb mayors');
    expect(clauses('KFOR, deployed in June 1999, still has several thousand troops in Kosovo.').map((c) => c.text)).toEqual(['KFOR ,', 'deployed in June 1999 ,', 'still has several thousand troops in Kosovo .'].map((t) => t.replace(/ ([,.])/g, '$1')));
    // ("which he said would …": what was said is no main clause.)
    expect(clauses('The deal, which he said would bring peace, was signed.').map((c) => c.headText)).toEqual([null, 'said', 'signed']);
  });
});

describe('clausesOf: an opening phrase with a participle', () => {
  it('is an adverbial of the clause after it, not a clause of its own', () => {
    const found = clauses('During a media event held at its headquarters, Apple released the kit on Thursday.', ['on Thursday']);
    expect(found.map((c) => [c.link, c.headText, c.subjectText])).toEqual([['first', 'released', 'Apple']]);
    expect(clauses('In a statement released through his lawyer, Radoičić said he had organised the group.').map((c) => c.headText)).toEqual(['said', 'organised']);
    expect(clauses('For consumers still dissatisfied with the phone, Jobs said that it can be returned.').map((c) => c.headText)).toEqual(['said', 'returned']);
  });

  it('not a date and a new clause without a comma, nor a clause after the comma, nor "At least …"', () => {
    expect(clauses('In October the General Assembly backed a request, and many countries have since agreed.', ['October']).map((c) => c.text)).toEqual(['In October the General Assembly backed a request,', 'and many countries have since agreed.']);
    expect(clauses('On Monday, Obama said the war was over.', ['Monday']).map((c) => c.headText)).toEqual(['said', 'was']);
    expect(clauses('At least 10 people killed in the blast, police said.').map((c) => c.headText)).toEqual(['killed', 'said']);
  });
});

describe('clausesOf: a participle joined to a passive relative clause', () => {
  it('shares its auxiliary: present and passive after a present one', () => {
    const found = clauses('He owns an iPod, which is made by Apple and marketed alongside the iTunes Store.');
    expect(found.map((c) => [c.link, c.headText, c.tense, c.passive])).toEqual([
      ['first', 'owns', 'present', false],
      ['rel', 'made', 'present', true],
      ['and', 'marketed', 'present', true],
    ]);
  });

  it('not after a past one ("who was born in Prague and fled" is no passive)', () => {
    const found = clauses('Albright, who was born in Prague and fled in 1948, spoke.', ['in 1948']);
    const fled = found.find((c) => c.headText === 'fled')!;
    expect([fled.tense, fled.passive]).toEqual(['past', false]);
  });
});

describe('clausesOf: a sentence without tokens', () => {
  it('has no clause (and does not read the next sentence\'s tokens)', () => {
    const doc = makeDoc('Serbia protested.');
    const empty = { ...doc, sentenceTokens: [[1, 1] as [number, number]] };
    expect(clausesOf(empty, 0, () => false)).toEqual([]);
  });
});

describe('clausesOf: a quantifier floated off the subject', () => {
  it('stays inside the verb group ("have both begun"): the verb after it is the head', () => {
    expect(only('Siemens and Alstom have both begun to cut jobs.')).toMatchObject({ headText: 'begun', tense: 'perfect', stative: false });
    expect(only('The unions have all agreed to the deal.')).toMatchObject({ headText: 'agreed', tense: 'perfect', stative: false });
  });

  it('after the subject, before the verb ("the indices each closed")', () => {
    expect(only('The two indices each closed 3 percent lower.')).toMatchObject({ headText: 'closed', tense: 'past', subjectText: 'The two indices' });
  });

  it('is a determiner where it opens a noun phrase ("all listed companies")', () => {
    expect(only('The rule covers all listed companies.')).toMatchObject({ headText: 'covers' });
  });
});

describe('clausesOf: "have" and its object', () => {
  it('is a happening when the object is one ("had its worst fall", "had a meeting")', () => {
    expect(only('The Nikkei had its worst fall in a decade.')).toMatchObject({ headText: 'had', stative: false, tense: 'past' });
    expect(only('The two leaders had a meeting in Brussels.')).toMatchObject({ headText: 'had', stative: false });
    // (A change in a figure, though WordNet's first sense of "gain" is no event.)
    expect(only("The bank's shares had a gain of 4 percent.")).toMatchObject({ stative: false });
  });

  it('a copula is a state, but not with a move by a figure ("was down more than 7%")', () => {
    expect(only('The Nasdaq was down 3.2% at midday.')).toMatchObject({ stative: false });
    expect(only('It is up to the court.')).toMatchObject({ stative: true });
  });

  it('is a state when the object is a thing ("has a new frame")', () => {
    expect(only('The phone has a new glass back.')).toMatchObject({ headText: 'has', stative: true });
    expect(only('The company had a profit of $5 billion.')).toMatchObject({ stative: true });
  });
});

describe('clausesOf: a participle that only describes a noun', () => {
  it('is no verb group, even where the clause has no other ("given the current weakened state of the economy")', () => {
    expect(clauses('Given the current weakened state of the market, the board will wait.')[0]).toMatchObject({ head: -1, group: null });
  });
});

describe('clausesOf: a participle before a name and its noun', () => {
  it('describes the noun ("many respected Apple products"), no verb of the clause', () => {
    expect(clauses('As a result, the firm plans on reviving many respected Apple products.').map((c) => c.headText)).not.toContain('respected');
    expect(clauses('The newly elected Kurti said he would resign.').map((c) => c.headText)).toContain('said');
  });
});
