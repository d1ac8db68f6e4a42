/**
 * `dateline eval-timeml <dir>`: runs the tagger over every .tml document under a folder (the DCT
 * as publication date) and prints TempEval-3 scores, per type, throughput, and optionally errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tagTimexes } from '../time/tagger.ts';
import { align, score, type DocAlignment, type Scores } from './score.ts';
import { parseTimeml } from './timeml.ts';

function findTml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTml(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

export interface EvalResult {
  docs: number;
  chars: number;
  seconds: number;
  overall: Scores;
  byType: Record<string, Scores>;
  alignments: DocAlignment[];
}

export function evaluateTimeml(dir: string): EvalResult {
  const alignments: DocAlignment[] = [];
  let chars = 0;
  let seconds = 0;
  const files = findTml(dir);
  if (files.length === 0) throw new Error(`no .tml files under ${dir}`);
  for (const file of files) {
    const doc = parseTimeml(readFileSync(file, 'utf8'));
    const started = performance.now();
    const predicted = tagTimexes(doc.body, { dct: doc.dct });
    seconds += (performance.now() - started) / 1000;
    chars += doc.body.length;
    alignments.push(align(basename(file, '.tml'), doc.timexes, predicted));
  }
  const byType: Record<string, Scores> = {};
  for (const type of ['DATE', 'TIME', 'DURATION', 'SET']) {
    byType[type] = score(
      alignments.map((a) => ({
        ...a,
        pairs: a.pairs.filter((p) => p.gold.type === type),
        missed: a.missed.filter((m) => m.type === type),
        spurious: a.spurious.filter((s) => s.type === type),
      })),
    );
  }
  return { docs: files.length, chars, seconds, overall: score(alignments), byType, alignments };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

export function formatEval(result: EvalResult, withErrors: boolean): string {
  const s = result.overall;
  const lines = [
    `documents: ${result.docs}   gold: ${s.gold}   predicted: ${s.predicted}`,
    `                    P      R     F1   accuracy`,
    `strict span   ${pct(s.strict.p)} ${pct(s.strict.r)} ${pct(s.strict.f1)}`,
    `relaxed span  ${pct(s.relaxed.p)} ${pct(s.relaxed.r)} ${pct(s.relaxed.f1)}`,
    `value         ${pct(s.value.p)} ${pct(s.value.r)} ${pct(s.value.f1)} ${pct(s.value.accuracy)}`,
    `type          ${pct(s.type.p)} ${pct(s.type.r)} ${pct(s.type.f1)} ${pct(s.type.accuracy)}`,
    '',
    'per gold type (relaxed F1 / value F1; spurious counted by predicted type):',
    ...Object.entries(result.byType).map(([t, b]) => `  ${t.padEnd(9)} gold ${String(b.gold).padStart(5)}  relaxed ${pct(b.relaxed.f1)}  value ${pct(b.value.f1)}`),
    '',
    `speed: ${(result.chars / 1e6 / Math.max(result.seconds, 1e-9)).toFixed(2)} M chars/s (${result.chars} chars in ${result.seconds.toFixed(3)} s, one core)`,
  ];
  if (withErrors) {
    for (const a of result.alignments) {
      for (const m of a.missed) lines.push(`MISSED    ${a.doc}  "${m.text}" ${m.type} ${m.value}`);
      for (const p of a.spurious) lines.push(`SPURIOUS  ${a.doc}  "${p.text}" ${p.type} ${p.value}`);
      for (const { gold: g, pred: p } of a.pairs) {
        if (g.value !== p.value) lines.push(`VALUE     ${a.doc}  "${g.text}" gold ${g.value} got ${p.value} ("${p.text}")`);
        else if (g.start !== p.start || g.end !== p.end) lines.push(`SPAN      ${a.doc}  gold "${g.text}" got "${p.text}"`);
        if (g.type !== p.type) lines.push(`TYPE      ${a.doc}  "${g.text}" gold ${g.type} got ${p.type}`);
      }
    }
  }
  return lines.join('\n');
}
