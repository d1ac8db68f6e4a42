/** Parties to agreements from signing sentences (parties.ts), through the whole per-article analysis. */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse.ts';
import { parseTxt } from '../read/formats.ts';
import { curatedKb } from './curated-kb.fixture.ts';

const kb = curatedKb();

/** The parties each agreement of the article was given, as "agreement id: party ids". */
function parties(body: string): string[] {
  const read = parseTxt(`date 2015-10-28 Headline\n\n${body}`, 'parties.txt');
  if (!read.ok) throw new Error(read.reason);
  return analyseArticle(read.article, kb)
    .discovered.filter((d) => d.kind === 'agreement')
    .map((d) => `${d.id}: ${d.affiliations.filter((a) => a.role === 'party').map((a) => a.actor).join(', ')}`);
}

describe('parties to an agreement', () => {
  it('the signers of a signing, and whom they signed it with', () => {
    expect(parties('Serbia and Kosovo signed the Brussels Agreement on Friday.')).toEqual(['agreement:brussels-agreement: country:serbia, country:kosovo']);
    expect(parties('Kosovo signed a Stabilisation and Association Agreement with the EU on Tuesday.')).toEqual([
      'agreement:stabilisation-and-association-agreement: country:kosovo, organization:european-union',
    ]);
  });

  it('only the agreement signed gets the parties, not another one in the sentence', () => {
    expect(parties('Russia and Ukraine signed the Minsk Protocol on Friday, but Russia later violated the Paris Agreement.')).toEqual([
      'agreement:minsk-protocol: country:russia, country:ukraine',
      'agreement:paris-agreement: ',
    ]);
    expect(parties('Serbia signed the Brussels Agreement with Kosovo on Friday and ratified the Paris Agreement.')).toEqual([
      'agreement:brussels-agreement: country:serbia, country:kosovo',
      'agreement:paris-agreement: ',
    ]);
  });

  it('in the passive, the agent', () => {
    expect(parties('The Stabilisation and Association Agreement was signed by the EU on Tuesday.')).toEqual([
      'agreement:stabilisation-and-association-agreement: organization:european-union',
    ]);
  });

  it('not those who refused in a contrasting clause, nor the place of the signing', () => {
    expect(parties('The Kosovo Albanian delegation signed the Rambouillet Accords in Paris on Monday, while the Serbian delegation refused to sign them.')).toEqual([
      'agreement:rambouillet-accords: group:kosovo-albanians',
    ]);
    expect(parties('NATO commanders signed the Kumanovo Agreement in the Macedonian town of Kumanovo on Wednesday.')).toEqual(['agreement:kumanovo-agreement: organization:nato']);
  });

  it('signed for someone: those it was signed for, not the signer\u2019s nationality', () => {
    expect(parties('British Lieutenant General Mike Jackson signed the Kumanovo Agreement for NATO on Wednesday.')).toEqual(['agreement:kumanovo-agreement: organization:nato']);
  });

  it('praise, rejection or a plan to sign makes no party', () => {
    expect(parties('The EU praised the Brussels Agreement on Monday. Serbia rejected the Ahtisaari Plan on Tuesday. Kosovo will sign the Washington Agreement next week.')).toEqual([
      'agreement:brussels-agreement: ',
      'agreement:ahtisaari-plan: ',
      'agreement:washington-agreement: ',
    ]);
  });
});
