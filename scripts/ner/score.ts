/** Exact-span typed precision, recall and F1, micro-averaged and per type, as CoNLL scores names. */
import { NAME_TYPES, type TokenSpan } from '../../src/pipeline/ner/bilou.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScore {
  readonly byType = new Map<string, Counts>(NAME_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  add(gold: readonly TokenSpan[], predicted: readonly TokenSpan[], types: readonly string[] = NAME_TYPES): void {
    const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.filter((s) => types.includes(s.type)).map(key));
    const p = new Set(predicted.filter((s) => types.includes(s.type)).map(key));
    for (const k of p) this.count(k.split(':')[2]!)[g.has(k) ? 'tp' : 'fp']++;
    for (const k of g) if (!p.has(k)) this.count(k.split(':')[2]!).fn++;
  }

  private count(type: string): Counts {
    return this.byType.get(type)!;
  }

  /** "F1 80.1 (P 82.0 R 78.3)" for all types, or only those given. */
  line(types: readonly string[] = NAME_TYPES): string {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const t of types) for (const k of ['tp', 'fp', 'fn'] as const) sum[k] += this.byType.get(t)![k];
    return prf(sum);
  }
}

export function prf({ tp, fp, fn }: Counts): string {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `F1 ${(100 * f).toFixed(1)} (P ${(100 * p).toFixed(1)}, R ${(100 * r).toFixed(1)})`;
}
