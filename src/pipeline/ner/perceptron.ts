/**
 * An averaged perceptron over hashed feature slots (features.ts) and a fixed set of classes
 * (Collins 2002): the weights kept are the average over every training step, which generalises far
 * better than the last ones. Running totals and the step of each weight's last change make the
 * averaging cost nothing per step (the lazy-update trick).
 */
import { FEATURE_SLOTS } from './features.ts';

export class AveragedPerceptron {
  /** Slot × class, row-major: the weights of slot s are [s·classes, (s+1)·classes). */
  readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private step = 0;

  constructor(readonly classCount: number) {
    this.weights = new Float64Array(FEATURE_SLOTS * classCount);
    this.totals = new Float64Array(FEATURE_SLOTS * classCount);
    this.stamps = new Float64Array(FEATURE_SLOTS * classCount);
  }

  /** Scores of every class for these feature slots. */
  score(features: Uint32Array, out: Float64Array): void {
    out.fill(0);
    const n = this.classCount;
    for (let i = 0; i < features.length; i++) {
      const base = features[i]! * n;
      for (let c = 0; c < n; c++) out[c]! += this.weights[base + c]!;
    }
  }

  /** One training example: move weight from the guess to the truth, if they differ. */
  update(truth: number, guess: number, features: Uint32Array): void {
    this.step++;
    if (truth === guess) return;
    for (let i = 0; i < features.length; i++) {
      const base = features[i]! * this.classCount;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  private bump(at: number, by: number): void {
    this.totals[at]! += (this.step - this.stamps[at]!) * this.weights[at]!;
    this.stamps[at] = this.step;
    this.weights[at]! += by;
  }

  /** Replace each weight by its average over all steps (call once, after training). */
  average(): void {
    const steps = Math.max(1, this.step);
    for (let at = 0; at < this.weights.length; at++) {
      this.weights[at] = (this.totals[at]! + (this.step - this.stamps[at]!) * this.weights[at]!) / steps;
    }
  }
}
