/**
 * `dateline eval-timeml <dir>`: runs the tagger over every .tml document under a folder (the DCT
 * as publication date) and prints TempEval-3 scores, per type, throughput, and optionally errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tagTimexes } from '../time/tagger.ts';
import { align, score, type DocAlignment, type Scores } from './score.ts';
import { parseTimeml, type TimemlDoc } from './timeml.ts';

/** The .tml files under a folder, recursively, in sorted order. */
export function findTml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTml(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

export interface EvalResult {
  dir: string;
  docs: number;
  chars: number;
  /** UTF-8 size of all document bodies. */
  bytes: number;
  /** Timed passes over all documents (after one untimed warm-up pass) and their total time. */
  passes: number;
  seconds: number;
  /** Throughput in megabytes (10^6 bytes) of UTF-8 text per second, one core, after warm-up (median pass). */
  mbPerSecond: number;
  overall: Scores;
  byType: Record<string, Scores>;
  alignments: DocAlignment[];
}

/**
 * Time the tagger after a warm-up pass (the JIT compiles the regexes): one timed pass, more until
 * `minSeconds`. Throughput is that of the median pass, which a busy machine disturbs least.
 */
function measureSpeed(docs: TimemlDoc[], bytes: number, minSeconds: number): { passes: number; seconds: number; mbPerSecond: number } {
  const times: number[] = [];
  let seconds = 0;
  do {
    const started = performance.now();
    for (const doc of docs) tagTimexes(doc.body, { dct: doc.dct });
    const elapsed = (performance.now() - started) / 1000;
    times.push(elapsed);
    seconds += elapsed;
  } while (seconds < minSeconds && times.length < 50);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { passes: times.length, seconds, mbPerSecond: bytes / 1e6 / Math.max(median, 1e-9) };
}

export function evaluateTimeml(dir: string, { minSeconds = 1 }: { minSeconds?: number } = {}): EvalResult {
  const files = findTml(dir);
  if (files.length === 0) throw new Error(`no .tml files under ${dir}`);
  const docs = files.map((file) => parseTimeml(readFileSync(file, 'utf8')));
  // The scored pass doubles as the warm-up.
  const alignments = docs.map((doc, i) => align(basename(files[i]!, '.tml'), doc.timexes, tagTimexes(doc.body, { dct: doc.dct })));
  const chars = docs.reduce((n, d) => n + d.body.length, 0);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.body, 'utf8'), 0);
  const { passes, seconds, mbPerSecond } = measureSpeed(docs, bytes, minSeconds);
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
  return { dir, docs: files.length, chars, bytes, passes, seconds, mbPerSecond, overall: score(alignments), byType, alignments };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

export function formatEval(result: EvalResult, withErrors: boolean): string {
  const s = result.overall;
  const lines = [
    `${result.dir}`,
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
    `speed: ${result.mbPerSecond.toFixed(2)} MB/s of UTF-8 text, one core (median of ${result.passes} timed passes over ${result.bytes} bytes, after a warm-up pass)`,
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
