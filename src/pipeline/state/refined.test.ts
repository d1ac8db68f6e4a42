/**
 * The moves of a rebuild worked out from those of the build before (refined.ts movesAfter) are
 * the moves worked out from scratch (movesOf), whatever articles came or went: seeded random
 * refining records over few actors, words and days, so that records share keys often.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../model/dataset.ts';
import { encodeRefine, type RefineRecord } from '../events/refine.ts';
import type { UsedArticle } from '../map/fold.ts';
import { movesAfter, movesOf } from './refined.ts';
import { rng } from '../../../scripts/bench/generate-dataset.ts';

const ACTORS = ['country:kosovo', 'country:serbia', 'organization:nato', 'person:a', 'product:b'];
const STEMS = ['declar', 'launch', 'unveil'];

function article(random: () => number, n: number): UsedArticle {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const id = `a${n}`;
  const lines: string[] = [];
  for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
    const role = pick(['f', 'f', 'c', 'u'] as const);
    const day = `2008-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 3)}`;
    const [start, end] = role === 'f' ? [day, day] : role === 'c' ? [`${day.slice(0, 7)}-01`, `${day.slice(0, 7)}-28`] : [day, day];
    const actors = [...new Set([pick(ACTORS), ...(random() < 0.5 ? [pick(ACTORS)] : [])])];
    const record: RefineRecord = [`e${n}x${k}`, role, start, end, pick(STEMS), actors, random() < 0.2 ? ['3'] : [], id];
    lines.push(encodeRefine(record));
  }
  return { key: `k${n}#0`, record: { warnings: [], article: { id } as ArticleRecord, refine: lines } };
}

describe('movesAfter', () => {
  it('equals the moves worked out from scratch after articles come and go (200 seeded rounds)', () => {
    const random = rng(7);
    let next = 0;
    let used = Array.from({ length: 40 }, () => article(random, next++));
    let moves = movesOf(used);
    let refined = 0;
    for (let round = 0; round < 200; round++) {
      const gone = used.filter(() => random() < 0.05);
      const come = Array.from({ length: Math.floor(random() * 3) }, () => article(random, next++));
      used = [...used.filter((u) => !gone.includes(u)), ...come];
      const after = movesAfter(moves, used, [...gone, ...come]);
      const fresh = movesOf(used);
      // (Key order too: months read their incoming candidates in it.)
      expect(JSON.stringify(after)).toBe(JSON.stringify(fresh));
      moves = after;
      refined += Object.keys(fresh).length;
    }
    expect(refined).toBeGreaterThan(200); // (moves do happen in these rounds)
  });
});
