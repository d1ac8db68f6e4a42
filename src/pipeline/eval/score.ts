/**
 * TempEval-3 scoring of temporal expressions: one-to-one alignment (identical spans first, then
 * largest overlap), strict and relaxed span P/R/F1, and attribute F1 = accuracy × relaxed F1 for
 * value and type, micro-averaged over documents.
 */

export interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
  text?: string;
}

export interface Pair {
  gold: Span;
  pred: Span;
}

export interface DocAlignment {
  doc: string;
  pairs: Pair[];
  missed: Span[];
  spurious: Span[];
}

export function align(doc: string, gold: Span[], pred: Span[]): DocAlignment {
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Pair[] = [];
  gold.forEach((g, gi) => {
    const pi = pred.findIndex((p, k) => !usedPred.has(k) && p.start === g.start && p.end === g.end);
    if (pi >= 0) {
      usedGold.add(gi);
      usedPred.add(pi);
      pairs.push({ gold: g, pred: pred[pi]! });
    }
  });
  const overlaps: { gi: number; pi: number; size: number }[] = [];
  gold.forEach((g, gi) => {
    if (usedGold.has(gi)) return;
    pred.forEach((p, pi) => {
      if (usedPred.has(pi)) return;
      const size = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (size > 0) overlaps.push({ gi, pi, size });
    });
  });
  overlaps.sort((a, b) => b.size - a.size || a.gi - b.gi || a.pi - b.pi);
  for (const o of overlaps) {
    if (usedGold.has(o.gi) || usedPred.has(o.pi)) continue;
    usedGold.add(o.gi);
    usedPred.add(o.pi);
    pairs.push({ gold: gold[o.gi]!, pred: pred[o.pi]! });
  }
  return {
    doc,
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: pred.filter((_, i) => !usedPred.has(i)),
  };
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface Scores {
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  value: Prf & { accuracy: number };
  type: Prf & { accuracy: number };
}

const prf = (correct: number, predicted: number, gold: number): Prf => {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function score(alignments: DocAlignment[]): Scores {
  let gold = 0;
  let predicted = 0;
  let strict = 0;
  let relaxed = 0;
  let valueOk = 0;
  let typeOk = 0;
  for (const a of alignments) {
    gold += a.pairs.length + a.missed.length;
    predicted += a.pairs.length + a.spurious.length;
    relaxed += a.pairs.length;
    for (const { gold: g, pred: p } of a.pairs) {
      if (g.start === p.start && g.end === p.end) strict++;
      if (g.value.trim() === p.value.trim()) valueOk++;
      if (g.type.toUpperCase() === p.type.toUpperCase()) typeOk++;
    }
  }
  const relaxedPrf = prf(relaxed, predicted, gold);
  const attribute = (ok: number): Prf & { accuracy: number } => {
    const accuracy = relaxed ? ok / relaxed : 0;
    return { ...prf(ok, predicted, gold), f1: accuracy * relaxedPrf.f1, accuracy };
  };
  return { gold, predicted, strict: prf(strict, predicted, gold), relaxed: relaxedPrf, value: attribute(valueOk), type: attribute(typeOk) };
}
