import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../../model/dataset.ts';
import { lemmaCandidates } from './classify-lemmas.ts';
import { NOUN_TYPES, VERB_TYPES } from './classify-lexicon.ts';
import { classifyEvent } from './classify.ts';

/**
 * Per type, news sentences of that type, and sentences that use one of its words but report
 * something else (with the type they do report).
 */
const CASES: Record<EventType, { yes: string[]; no: [string, EventType][] }> = {
  agree: {
    yes: [
      'Serbia and Kosovo agreed to end a dispute over car licence plates',
      'The two prime ministers signed the accord at a ceremony in Brussels',
      'Negotiators initialled a 15-point deal on the northern municipalities',
    ],
    no: [['Belgrade rejected the agreement reached in Brussels', 'reject']],
  },
  consult: {
    yes: [
      'Osmani met NATO Secretary General Jens Stoltenberg in Brussels',
      'Both leaders held talks with the EU envoy for a second day',
      'The German chancellor visited Pristina and Belgrade',
    ],
    no: [['The opposition boycotted the meeting of the assembly', 'protest']],
  },
  support: {
    yes: [
      'The United States formally recognised Kosovo as an independent state',
      'EU foreign ministers welcomed the decision of both governments',
      'Washington backed the plan for an association of municipalities',
    ],
    no: [['Serbia opposed the recognition of Kosovo by its neighbours', 'reject']],
  },
  concede: {
    yes: [
      'The minister apologised for the remarks made during the campaign',
      'Serbia released three Kosovo police officers detained near the border',
      'The government eased restrictions on imports from Serbia',
    ],
    no: [['Authorities detained the officers, prompting the release of a statement', 'coerce']],
  },
  cooperate: {
    yes: [
      'The two police forces launched a joint investigation into the smuggling ring',
      'Germany will invest 100 million euros in the railway line',
      'The two police services cooperated closely on border management',
    ],
    no: [['The defence ministers discussed cooperation on border security', 'consult']],
  },
  aid: {
    yes: [
      'The European Union donated 20 million euros to flood victims',
      'Japan provided emergency aid to the affected villages',
      'Albania granted asylum to the two former ministers',
    ],
    no: [['The IMF approved a loan of 150 million euros', 'agree']],
  },
  retreat: {
    yes: [
      'Kosovo withdrew special police units from the northern border crossings',
      'The rebels declared a ceasefire along the front line',
      'Serb protesters dismantled the barricades near Jarinje',
    ],
    no: [['Serbia demanded the withdrawal of the special police', 'request']],
  },
  request: {
    yes: [
      'Washington urged Kosovo to postpone the rule by a month',
      'The opposition called for early elections',
      'Serbia applied for membership of the European Union',
    ],
    no: [['Belgrade refused to comply with the demand', 'reject']],
  },
  accuse: {
    yes: [
      'Belgrade accused Pristina of provoking the Serb minority',
      'The foreign ministry condemned the attack on the convoy',
      'Rights groups criticised the police for excessive force',
    ],
    no: [['The prime minister denied the accusations', 'reject']],
  },
  reject: {
    yes: [
      'Serbia rejected the unilateral declaration of independence',
      'Russia vetoed the draft resolution in the Security Council',
      'The president ruled out any exchange of territory',
    ],
    no: [['Parliament accepted the proposal after the rejection of two amendments', 'agree']],
  },
  threaten: {
    yes: [
      'Serbia threatened to send troops into northern Kosovo',
      'KFOR warned that it would intervene if the violence continued',
    ],
    no: [['The alliance deployed more troops after the threat', 'mobilize']],
  },
  protest: {
    yes: [
      'Thousands of Serbs protested in Mitrovica against the new rule',
      'Protesters blocked the roads leading to the two border crossings',
      'Local Serbs erected barricades near the Jarinje crossing',
    ],
    no: [['Police dispersed the protest with tear gas and arrested 20 people', 'coerce']],
  },
  sanction: {
    yes: [
      'Kosovo imposed a 100 percent tariff on goods from Serbia',
      'The EU suspended high-level talks with Pristina',
      'Serbia recalled its ambassador from Washington',
    ],
    no: [['The government lifted the sanctions after the talks', 'concede']],
  },
  mobilize: {
    yes: [
      'NATO deployed additional troops to the north of Kosovo',
      "Serbia's army was put on full combat readiness",
      'The alliance reinforced its peacekeeping mission with 700 soldiers',
    ],
    no: [['The troops withdrew from the border after the deployment ended', 'retreat']],
  },
  coerce: {
    yes: [
      'Police arrested three men after the clashes',
      'The government banned Serbian licence plates from November',
      'The court sentenced the former commander to 15 years in prison',
    ],
    no: [['Human rights groups condemned the ban on gatherings', 'accuse']],
  },
  assault: {
    yes: [
      'A Kosovo police officer was killed in an ambush near the border',
      'Gunmen opened fire on a police patrol in the village of Banjska',
      'Dozens of NATO peacekeepers were injured in clashes with Serb protesters',
      'Police said protesters attacked officers at the barricades',
    ],
    no: [['The ministry condemned the attack on the monastery', 'accuse']],
  },
  statement: {
    yes: [
      'Kosovo declared independence from Serbia',
      'The ministry said the move was unacceptable',
      'Prime Minister Albin Kurti announced the measure in a televised address',
    ],
    no: [['Officials said the talks would resume on Monday', 'consult']],
  },
  other: {
    yes: [
      'The weather was mild and sunny',
      'Voters elected a new parliament',
      'The skilled craftsman opened a shop in March',
    ],
    no: [['Voters protested against the new electoral law', 'protest']],
  },
};

describe('classifyEvent over news sentences', () => {
  for (const type of EVENT_TYPES) {
    const { yes, no } = CASES[type];
    it.each(yes)(`${type}: %s`, (sentence) => {
      expect(classifyEvent(sentence)).toBe(type);
    });
    it.each(no)(`not ${type}: %s`, (sentence, other) => {
      expect(classifyEvent(sentence)).toBe(other);
    });
  }
});

describe('classifyEvent rules', () => {
  it('takes the trigger lemma first, then the clause', () => {
    const clause = 'Police said protesters attacked officers';
    expect(classifyEvent(clause)).toBe('assault');
    expect(classifyEvent(clause, 'say')).toBe('statement');
    expect(classifyEvent(clause, 'talks')).toBe('consult');
    expect(classifyEvent(clause, 'signed')).toBe('agree');
    // A trigger the lexicon does not know leaves the decision to the clause.
    expect(classifyEvent(clause, 'happen')).toBe('assault');
    expect(classifyEvent('Nothing known here', 'happen')).toBe('other');
  });

  it('ranks verbs above event nouns, and verbs of saying below both', () => {
    expect(classifyEvent('The attack was condemned by the ministry')).toBe('accuse');
    expect(classifyEvent('The ministry said talks had failed')).toBe('consult');
    expect(classifyEvent('In a statement, the ministry criticised the arrests')).toBe('accuse');
  });

  it('reads -ed and -ing forms after a determiner as adjectives or nouns', () => {
    // "the signed accord": the accord is the event, its signing a detail.
    expect(classifyEvent('Officials praised the signed accord')).toBe('support');
    expect(classifyEvent('The bombing was condemned by the government')).toBe('accuse');
  });

  it('matches whole words, and month names are not marches', () => {
    expect(classifyEvent('The skilled craftsman opened a shop')).toBe('other'); // "kill" in "skilled"
    expect(classifyEvent('Elections were held in March')).toBe('other');
    expect(classifyEvent('Thousands marched through Pristina')).toBe('protest');
    expect(classifyEvent('Kosovo’s declaration followed')).toBe('statement');
  });

  it('knows multi-word predicates', () => {
    expect(classifyEvent('Serbia called on the EU to act')).toBe('request');
    expect(classifyEvent('Serbia pulled out its negotiators')).toBe('retreat');
    expect(classifyEvent('The minister stepped down after the vote')).toBe('concede');
    expect(classifyEvent('Attackers set fire to two houses')).toBe('assault');
  });

  it('a rally, a retreat or an easing in a market is a price move, by the clause or by the trigger', () => {
    expect(classifyEvent('Bank shares rallied for a third day')).toBe('other');
    expect(classifyEvent('The Nikkei retreated from its high', 'retreat')).toBe('other');
    expect(classifyEvent('Copper prices eased', 'ease')).toBe('other');
    expect(classifyEvent('Farmers rallied outside parliament', 'rally')).toBe('protest');
    expect(classifyEvent('The rebels retreated into the hills')).toBe('retreat');
  });
});

describe('the lexicon', () => {
  it('names only real types, and no word under two types', () => {
    for (const type of [...VERB_TYPES.values(), ...NOUN_TYPES.values()])
      expect(EVENT_TYPES).toContain(type);
    for (const [word, type] of VERB_TYPES)
      if (NOUN_TYPES.has(word)) expect([word, NOUN_TYPES.get(word)]).toEqual([word, type]);
  });

  it('finds dictionary forms', () => {
    const lemmas = (w: string): string[] => lemmaCandidates(w).map((c) => c.lemma);
    expect(lemmas('signed')).toContain('sign');
    expect(lemmas('agreed')).toContain('agree');
    expect(lemmas('banned')).toContain('ban');
    expect(lemmas('rallies')).toContain('rally');
    expect(lemmas('applied')).toContain('apply');
    expect(lemmas('clashes')).toContain('clash');
    expect(lemmas('met')).toContain('meet');
    expect(lemmaCandidates('meeting').find((c) => c.lemma === 'meet')?.verbal).toBe(true);
    expect(lemmaCandidates('talks').find((c) => c.lemma === 'talk')?.verbal).toBe(false);
  });
});
