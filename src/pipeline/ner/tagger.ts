/**
 * The statistical name tagger: greedy left-to-right BILOU tagging of one sentence's words with an
 * averaged-perceptron model, each tag chosen among those that keep the sequence well formed.
 * Linear in the sentence's length (a fixed number of hashed features per word).
 */
import { readFileSync } from 'node:fs';
import { ROOT_URL } from '../root.ts';
import { allowedAfter, tagsToSpans, type TokenSpan } from './bilou.ts';
import { FEATURE_COUNT, featuresAt, viewOf } from './features.ts';
import { decodeModel, type NerModel } from './model.ts';

export const DEFAULT_MODEL_PATH = new URL('data/models/ner.json.gz', ROOT_URL);

/** Anything with weights per feature slot: the trained model, or the perceptron while it trains. */
export interface Scorer {
  tags: readonly string[];
  score(features: Uint32Array, out: Float64Array): void;
}

export function modelScorer(model: NerModel): Scorer {
  const n = model.tags.length;
  return {
    tags: model.tags,
    score(features, out) {
      out.fill(0);
      for (let i = 0; i < features.length; i++) {
        const base = features[i]! * n;
        for (let c = 0; c < n; c++) out[c]! += model.weights[base + c]!;
      }
    },
  };
}

/** allowed[(previous + 1) · tags + tag]: 1 when tag may follow previous (-1: the sentence start). */
function transitions(tags: readonly string[]): Uint8Array {
  const n = tags.length;
  const allowed = new Uint8Array((n + 1) * n);
  for (let p = -1; p < n; p++) for (let c = 0; c < n; c++) allowed[(p + 1) * n + c] = allowedAfter(p < 0 ? 'O' : tags[p]!, tags[c]!) ? 1 : 0;
  return allowed;
}

/** Tags that leave a name open (B, I): not allowed on the last word. */
const opens = (tags: readonly string[]): Uint8Array => Uint8Array.from(tags, (t) => (t.startsWith('B-') || t.startsWith('I-') ? 1 : 0));

/** Both tables of a tag list, made once per list rather than once per sentence. */
const grammars = new WeakMap<readonly string[], { allowed: Uint8Array; open: Uint8Array }>();
function grammarOf(tags: readonly string[]): { allowed: Uint8Array; open: Uint8Array } {
  let grammar = grammars.get(tags);
  if (!grammar) {
    grammar = { allowed: transitions(tags), open: opens(tags) };
    grammars.set(tags, grammar);
  }
  return grammar;
}

/**
 * The best well-formed tag index for each word, left to right. `onToken` sees each token's feature
 * slots and the guess before the next token is decided (training updates there).
 */
export function decode(scorer: Scorer, words: readonly string[], hints: readonly string[], onToken?: (k: number, features: Uint32Array, guess: number) => void): number[] {
  const n = scorer.tags.length;
  const { allowed, open } = grammarOf(scorer.tags);
  const view = viewOf(words, hints);
  const features = new Uint32Array(FEATURE_COUNT);
  const scores = new Float64Array(n);
  const tags: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const prev = k > 0 ? tags[k - 1]! : -1;
    featuresAt(view, k, prev + 1, k > 1 ? tags[k - 2]! + 1 : 0, features);
    scorer.score(features, scores);
    const last = k === words.length - 1;
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < n; c++) {
      if (!allowed[(prev + 1) * n + c] || (last && open[c])) continue;
      if (scores[c]! > bestScore) {
        bestScore = scores[c]!;
        best = c;
      }
    }
    onToken?.(k, features, best);
    tags.push(best);
  }
  return tags;
}

export class NameTagger {
  private readonly scorer: Scorer;

  constructor(model: NerModel) {
    this.scorer = modelScorer(model);
  }

  /** The names among one sentence's words, given the rule-based recogniser's hint for each (hints.ts). */
  tag(words: readonly string[], hints: readonly string[]): TokenSpan[] {
    if (!words.length) return [];
    return tagsToSpans(decode(this.scorer, words, hints).map((c) => this.scorer.tags[c]!));
  }
}

let shared: NameTagger | null = null;

/** One tagger per process (or worker thread), loaded on first use. */
export function nameTagger(path: string | URL = DEFAULT_MODEL_PATH): NameTagger {
  shared ??= new NameTagger(decodeModel(readFileSync(path)));
  return shared;
}
