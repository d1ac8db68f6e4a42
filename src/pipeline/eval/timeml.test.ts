// The TimeML reader, the TempEval-3 scorer and the eval-timeml command, on a small TimeML
// document written for this test.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTimeml, formatEval } from './eval-timeml.ts';
import { align, score } from './score.ts';
import { parseTimeml } from './timeml.ts';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-09-22" temporalFunction="false" functionInDocument="CREATION_TIME">2022-09-22</TIMEX3></DCT>
<TEXT>
Leaders met on <TIMEX3 tid="t1" type="DATE" value="2022-09-21">Wednesday</TIMEX3> &amp; talked for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3>. The deal takes effect <TIMEX3 tid="t3" type="DATE" value="2023">next year</TIMEX3><TIMEX3 tid="t4" type="DATE" value="2022" />.
</TEXT>
</TimeML>`;

describe('parseTimeml', () => {
  it('reads the DCT, the text without tags (entities decoded, trimmed) and the gold spans', () => {
    const doc = parseTimeml(TML);
    expect(doc.dct).toBe('2022-09-22');
    expect(doc.body).toBe('Leaders met on Wednesday & talked for two hours. The deal takes effect next year.');
    expect(doc.timexes.map((t) => [doc.body.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Wednesday', 'DATE', '2022-09-21'],
      ['two hours', 'DURATION', 'PT2H'],
      ['next year', 'DATE', '2023'],
    ]);
  });
});

describe('parseTimeml events', () => {
  it('reads the gold EVENT spans with their class and id, nested in or next to timexes', () => {
    const doc = parseTimeml(`<TimeML><DCT><TIMEX3 tid="t0" value="1998-08-07"/></DCT><TEXT>
  Police <EVENT eid="e1" class="REPORTING">said</EVENT> the bomb <EVENT eid="e2" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; they <EVENT eid="e3" class="I_STATE">fear</EVENT> more <EVENT eid="e4" class="OCCURRENCE">attacks</EVENT>.</TEXT></TimeML>`);
    expect(doc.body.startsWith('Police said')).toBe(true);
    expect(doc.events.map((e) => [doc.body.slice(e.start, e.end), e.text, e.class, e.eid])).toEqual([
      ['said', 'said', 'REPORTING', 'e1'],
      ['exploded', 'exploded', 'OCCURRENCE', 'e2'],
      ['fear', 'fear', 'I_STATE', 'e3'],
      ['attacks', 'attacks', 'OCCURRENCE', 'e4'],
    ]);
    expect(doc.timexes.map((t) => t.text)).toEqual(['Friday']);
  });
});

describe('score', () => {
  const gold = [
    { start: 0, end: 9, type: 'DATE', value: '2022-09-21' },
    { start: 20, end: 29, type: 'DURATION', value: 'PT2H' },
    { start: 40, end: 49, type: 'DATE', value: '2023' },
  ];

  it('matches identical spans first, then the largest overlap, one to one', () => {
    const pred = [
      { start: 0, end: 9, type: 'DATE', value: '2022-09-21' }, // exact
      { start: 17, end: 29, type: 'DURATION', value: 'PT2H' }, // overlap ("for two hours")
      { start: 40, end: 49, type: 'DURATION', value: 'P1Y' }, // exact span, wrong value and type
      { start: 60, end: 65, type: 'DATE', value: '2022' }, // spurious
    ];
    const a = align('d', gold, pred);
    expect(a.pairs).toHaveLength(3);
    expect(a.spurious).toHaveLength(1);
    expect(a.missed).toHaveLength(0);
    const s = score([a]);
    expect(s.strict.p).toBeCloseTo(2 / 4);
    expect(s.relaxed.p).toBeCloseTo(3 / 4);
    expect(s.relaxed.r).toBeCloseTo(1);
    const relaxedF1 = (2 * 0.75) / 1.75;
    expect(s.relaxed.f1).toBeCloseTo(relaxedF1);
    // Attribute F1 = accuracy over relaxed matches × relaxed F1 (TempEval-3).
    expect(s.value.accuracy).toBeCloseTo(2 / 3);
    expect(s.value.f1).toBeCloseTo((2 / 3) * relaxedF1);
    expect(s.type.accuracy).toBeCloseTo(2 / 3);
  });
});

describe('evaluateTimeml', () => {
  it('scores a folder of .tml files (recursively) and reports speed in MB/s of UTF-8 text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-tml-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'TEST1.tml'), TML);
    const result = evaluateTimeml(dir, { minSeconds: 0 });
    expect(result.docs).toBe(1);
    expect(result.bytes).toBe(Buffer.byteLength(parseTimeml(TML).body, 'utf8'));
    expect(result.passes).toBeGreaterThanOrEqual(1);
    expect(result.overall.gold).toBe(3);
    expect(result.overall.relaxed.r).toBeCloseTo(1);
    expect(result.overall.value.accuracy).toBeCloseTo(1);
    const report = formatEval(result, true);
    expect(report).toMatch(/MB\/s of UTF-8 text/);
    expect(report).toMatch(/relaxed span/);
  });

  it('says so when a folder has no .tml files', () => {
    expect(() => evaluateTimeml(mkdtempSync(join(tmpdir(), 'dateline-empty-')))).toThrow(/no \.tml files/);
  });
});
