/**
 * Linear time on hostile text (#13), without a clock: the bodies of `npm run bench:hostile`
 * (scripts/bench/hostile-bodies.ts) and random mixes of their pieces go through every per-article
 * stage, and the test checks what keeps each stage linear and what broke when it was not:
 *
 * - the shape of the tagger's and the splitter's regexes (test/helpers/regex-shape.ts): nothing that
 *   makes a backtracking engine retry a run from every position;
 * - the caps the later stages rely on: no sentence longer than MAX_SENTENCE_CHARS (the event stage
 *   is quadratic within one), no word longer than 256 characters handed to wink (its tokeniser is
 *   quadratic in a word's length), no run of more than 32 marks (microseconds per token for nothing);
 * - that nothing is lost or thrown: every word is a token whatever the white space before it (a
 *   token past 64 spaces was dropped, and the event stage then threw on an empty sentence), every
 *   offset points into the body, k copies of a paragraph give k times its sentences and tokens
 *   (no stage reads across or re-reads another part).
 *
 * fast-check with a fixed seed shrinks a failure to the smallest body that shows it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/pipeline/actors/kb.ts';
import { loadKnowledgeBase } from '../src/pipeline/build.ts';
import { blankMarkRuns, breakLongWords } from '../src/pipeline/text/doc.ts';
import { BOUNDARY_RE, MAX_SENTENCE_CHARS } from '../src/pipeline/text/sentences.ts';
import { GATES } from '../src/pipeline/time/gates.ts';
import { DATE_RULES } from '../src/pipeline/time/rules-dates.ts';
import { NAMED_RULES } from '../src/pipeline/time/rules-named.ts';
import { OTHER_RULES } from '../src/pipeline/time/rules-other.ts';
import { RELATIVE_RULES } from '../src/pipeline/time/rules-relative.ts';
import { HOSTILE_GENERATORS, repeatTo } from '../scripts/bench/hostile-bodies.ts';
import { runStages, txtBytes, type StageRun } from '../scripts/bench/hostile-stages.ts';
import { regexShapeProblems } from './helpers/regex-shape.ts';

const SEED = 20240613;

/** Pieces hostile bodies are made of; repeated, they are the bench's generators in small. */
const PIECES = [
  ' ', '\n', '\t', '\u00a0', '\n\n', 'a ', 'Monday ', 'on ', 'the ', 'last week ', 'in March 2022 ', 'the 15th ',
  '3 p.m. ', 'two days later ', 'every ', 'a year ', 'for ', 'the full ', 'fiscal ', 'Alpha ', 'Prime Minister ',
  'U.S. ', 'NATO ', 'said ', '(', ')', '"', '“', '’', '[', '?', '!', '.', '. ', '?! ', '-', 'a-', 'и ', 'في ', '北京 ',
  '😀', '\u202e', '\u2067', 'Vučić ', '1990s ', "'90s ", 'Christmas ', 'nineteen ',
];
const piece = fc.constantFrom(...PIECES);
/** A body: runs of pieces, each piece repeated up to 300 times (a run of spaces, of "Monday", of "?"). */
const mixedBody = fc
  .array(fc.tuple(piece, fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 12 })
  .map((runs) => runs.map(([p, n]) => p.repeat(n)).join(''))
  .filter((body) => body.trim() !== '');
const generatedBody = fc
  .tuple(fc.constantFrom(...HOSTILE_GENERATORS), fc.integer({ min: 64, max: 6000 }))
  .map(([g, size]) => g.make(size));
const hostileBody = fc.oneof(mixedBody, generatedBody);

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase('data/actors.json', []);
});

/** Every [start, end) lies in [0, length), in order, not overlapping; or what is wrong. */
function spanProblems(what: string, spans: readonly { start: number; end: number }[], length: number): string[] {
  let last = 0;
  for (const [i, s] of spans.entries()) {
    if (s.start < last || s.end <= s.start || s.end > length) return [`${what} ${i}: [${s.start}, ${s.end}) after ${last} in ${length}`];
    last = s.end;
  }
  return [];
}

/** What is wrong with what the stages made of a body (empty: nothing): offsets, caps, lost words. */
function runProblems(run: StageRun): string[] {
  if (run.errors.length > 0) return run.errors;
  if (!run.article) return ['the body was not read'];
  const text = run.article.body;
  const problems = [...spanProblems('sentence', run.sentences, text.length), ...spanProblems('token', run.tokens, text.length), ...spanProblems('timex', run.timexes, text.length)];
  for (const s of run.sentences) {
    if (s.end - s.start > MAX_SENTENCE_CHARS) problems.push(`sentence at ${s.start} has ${s.end - s.start} characters`);
    if (text.slice(s.start, s.end) !== s.text) problems.push(`sentence at ${s.start} is not the body's text`);
  }
  for (const t of [...run.tokens, ...run.timexes, ...run.mentions]) if (text.slice(t.start, t.end) !== t.text) problems.push(`"${t.text}" at ${t.start} is not the body's text`);
  // Every plain word is (inside) a token, however much white space came before it.
  const covered = new Uint8Array(text.length);
  for (const t of run.tokens) covered.fill(1, t.start, t.end);
  for (const m of text.matchAll(/\b[A-Za-z]+\b/g)) if (!covered[m.index]) problems.push(`word "${m[0]}" at ${m.index} is in no token`);
  for (const c of run.candidates) {
    if (text.slice(c.source.start, c.source.end) !== c.source.sentence) problems.push(`event "${c.title}": its sentence is not at its offsets`);
    const timex = c.source.timex;
    if (timex && c.source.sentence.slice(timex.start, timex.end) !== timex.text) problems.push(`event "${c.title}": its date is not at its offsets`);
  }
  // One event per date and clause at most: never more events than tokens.
  if (run.candidates.length > run.tokens.length) problems.push(`${run.candidates.length} events from ${run.tokens.length} tokens`);
  return problems.slice(0, 5);
}

describe('linear time on hostile text', () => {
  const rules = [...DATE_RULES, ...NAMED_RULES, ...RELATIVE_RULES, ...OTHER_RULES];

  it('the shape check finds the shapes that were quadratic here', () => {
    expect(regexShapeProblems(String.raw`\b(?:(?:a|an|the)\s+)*?(?<x>\d+\s+years)`)).toHaveLength(1); // duration, before
    expect(regexShapeProblems(String.raw`(?<=\b(?:on|by)\s+)the\s+\d+th`)).toHaveLength(1); // day-alone, before
    expect(regexShapeProblems(String.raw`(?:(?:a|an)\s+){0,4}?(?<=\b(?:on|by)\s{1,20})[\p{L}\d]+(?:[-'][\p{L}\d]+)?`)).toEqual([]);
  });

  it('no time rule, gate or sentence boundary has a regex that retries a run from every position', () => {
    const problems = [
      ...rules.map((r) => [`rule ${r.name}`, r.re.source] as const),
      ...[...GATES].map(([name, re]) => [`gate ${name}`, re.source] as const),
      ['sentence boundary', BOUNDARY_RE.source] as const,
    ].flatMap(([name, source]) => regexShapeProblems(source).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('wink is never given a word longer than 256 characters, and loses no character', () => {
    fc.assert(
      fc.property(mixedBody, fc.integer({ min: 1, max: 3 }), (body, copies) => {
        const text = body.replace(/\s/g, '').repeat(copies * 40); // long words of every piece
        const broken = breakLongWords(text);
        // 256, or 257 where the cut would fall inside a surrogate pair.
        for (const word of broken.split(/\s/)) expect(word.length).toBeLessThanOrEqual(257);
        expect(broken.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        expect(breakLongWords(body.slice(0, 200))).toBe(body.slice(0, 200)); // short words untouched
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('wink is never given a run of more than 32 marks, and every offset stays', () => {
    fc.assert(
      fc.property(mixedBody, (body) => {
        const blanked = blankMarkRuns(body);
        expect(blanked).toHaveLength(body.length);
        expect(blanked).not.toMatch(/[^\p{L}\p{N}\s]{34}/u); // 32, or 33 to keep a surrogate pair whole
        // Letters, digits and white space are where they were.
        for (let i = 0; i < body.length; i++) if (/[\p{L}\p{N}\s]/u.test(body[i]!)) expect(blanked[i]).toBe(body[i]);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('every stage ends on hostile bodies, throws nothing, and every offset points into the body', () => {
    fc.assert(
      fc.property(hostileBody, (body) => {
        expect(runProblems(runStages(txtBytes(body), kb, { keep: true }))).toEqual([]);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('k copies of a paragraph give k times its sentences and tokens', () => {
    const paragraph = fc.oneof(mixedBody, generatedBody).map((b) => b.slice(0, 1500).trim()).filter((b) => b !== '' && !b.includes('\n'));
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 2, max: 6 }), (p, k) => {
        const one = runStages(txtBytes(p), kb, { keep: true });
        const many = runStages(txtBytes(Array.from({ length: k }, () => p).join('\n\n')), kb, { keep: true });
        expect(many.errors).toEqual([]);
        expect(many.sentences.length).toBe(k * one.sentences.length);
        expect(many.tokens.length).toBe(k * one.tokens.length);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('each bench generator at 64 KB: every stage ends and every offset points into the body', () => {
    for (const g of HOSTILE_GENERATORS) {
      expect(runProblems(runStages(txtBytes(g.make(64 * 1024)), kb, { keep: true })), g.name).toEqual([]);
    }
  });

  it('a word after a run of white space longer than the token search window is still a token', () => {
    const body = `on${repeatTo(' \t\n \n\t ', 500)}Monday the talks ended.`;
    const run = runStages(txtBytes(body), kb, { keep: true });
    expect(runProblems(run)).toEqual([]);
    expect(run.tokens.map((t) => t.text)).toContain('Monday');
  });
});
