// scripts/build-event-nouns.ts on a tiny WordNet-format dictionary written for this test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventNouns, moduleText } from '../scripts/build-event-nouns.ts';

// data.noun: "offset lex_filenum ss_type w_cnt word lex_id ... | gloss"; 04 = noun.act,
// 06 = noun.artifact, 14 = noun.group, 11 = noun.event. Licence lines start with spaces.
const DATA = `  1 This software and database is being provided ...
00000001 04 n 01 attack 0 000 | an offensive
00000002 06 n 01 building 0 000 | a structure
00000003 14 n 01 meeting 0 000 | a gathering of people
00000004 11 n 01 meeting 1 000 | a coming together
00000005 04 n 01 meeting 2 000 | an act of joining
00000006 06 n 01 document 0 000 | a paper
00000007 04 n 01 building 1 000 | the act of constructing
`;
// index.noun: "lemma pos synset_cnt p_cnt [ptr]{p_cnt} sense_cnt tagsense_cnt offsets (sense order)".
const INDEX = `  1 This software and database is being provided ...
attack n 1 0 1 0 00000001
building n 2 0 2 0 00000002 00000007
document n 1 0 1 0 00000006
meeting n 3 1 @ 3 0 00000003 00000004 00000005
press_conference n 1 0 1 0 00000004
`;

function dict(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-wordnet-'));
  writeFileSync(join(dir, 'data.noun'), DATA);
  writeFileSync(join(dir, 'index.noun'), INDEX);
  return dir;
}

describe('eventNouns', () => {
  const files = ['noun.act', 'noun.event'];

  it('first sense: the most frequent sense decides', () => {
    expect(eventNouns(dict(), files, 'first')).toEqual({
      events: ['attack'],
      otherDeverbal: ['document'],
    });
  });

  it('majority: at least half of the senses, so "meeting" (group, event, act) and "building" (artifact, act) count', () => {
    expect(eventNouns(dict(), files, 'majority').events).toEqual(['attack', 'building', 'meeting']);
  });

  it('writes a module with the licence and both lists', () => {
    const text = moduleText(
      { events: ['attack', 'meeting'], otherDeverbal: ['document'] },
      files,
      'majority',
      '3.1.14',
      'WordNet Release 3.0\n\nCopyright 2006 by Princeton University.',
    );
    expect(text).toContain(
      ' * WordNet Release 3.0\n *\n * Copyright 2006 by Princeton University.',
    );
    expect(text).toContain('export const WORDNET_EVENT_NOUNS = `\nattack meeting\n`;');
    expect(text).toContain('export const WORDNET_OTHER_DEVERBAL_NOUNS = `\ndocument\n`;');
  });
});
