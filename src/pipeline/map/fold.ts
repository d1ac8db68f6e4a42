/**
 * Combines file outcomes, in file order, into what the build needs: the articles used, the
 * problems and the counts. This is where duplicates across files are found (the first copy in
 * file order wins), so the result is the same whichever thread analysed which file, and the same
 * as reading everything in one pass (read.ts's readInputs, then analyseInputs).
 */
import { extname } from 'node:path';
import type { Problem } from '../read/types.ts';
import type { LightOutcome, LightRecord } from './outcome.ts';

/** An article the build uses, with what identifies its analysis. */
export interface UsedArticle {
  /** `<file key>#<record index>`: changes whenever the file, its path or the tool changes. */
  key: string;
  record: LightRecord;
}

/** Inputs of one file type (extension, lower case, without the dot; `other` without one): used and rejected. */
export interface FormatCount {
  format: string;
  used: number;
  rejected: number;
}

/** `a.TXT` → `txt`, `feed.jsonl#3` → `jsonl`; no extension (or a path that was not there) → `other`. */
export const fileType = (path: string): string => extname(path.replace(/#\d+$/, '')).slice(1).toLowerCase() || 'other';

export class Fold {
  /** Inputs looked at: files plus each record of multi-record files. */
  inputsSeen = 0;
  readonly used: UsedArticle[] = [];
  /** Files analysed by this build and files whose outcome was reused (cache or build state). */
  analysedFiles = 0;
  cachedFiles = 0;
  private readonly readProblems: Problem[] = [];
  private readonly analysisProblems: Problem[] = [];
  private readonly byBodyHash = new Map<string, string>();
  /** Per file type: inputs seen and articles used (rejected = seen − used, as for the totals). */
  private readonly byType = new Map<string, { seen: number; used: number }>();

  private count(path: string, seen: number, used: number): void {
    const type = fileType(path);
    const c = this.byType.get(type) ?? { seen: 0, used: 0 };
    c.seen += seen;
    c.used += used;
    this.byType.set(type, c);
  }

  /** Problems found while listing the inputs (each error is one rejected input). */
  addListingProblems(problems: Problem[]): void {
    this.readProblems.push(...problems);
    this.inputsSeen += problems.filter((p) => p.severity === 'error').length;
    for (const p of problems) if (p.severity === 'error') this.count(p.file, 1, 0);
  }

  /**
   * The next file's outcome; files must be added in the order collectFiles listed them.
   * Returns the indexes of the records the build uses.
   */
  add(displayPath: string, fileKey: string | null, outcome: LightOutcome, reused: boolean): number[] {
    if (reused) this.cachedFiles++;
    else this.analysedFiles++;
    this.readProblems.push(...outcome.problems);
    this.inputsSeen += outcome.records.length === 0 ? 1 : outcome.records.length;
    this.count(displayPath, outcome.records.length === 0 ? 1 : outcome.records.length, 0);
    const used: number[] = [];
    outcome.records.forEach((r, i) => {
      const where = { file: displayPath, ...(r.record !== undefined ? { record: r.record } : {}) };
      if (r.error !== undefined) {
        this.readProblems.push({ ...where, severity: 'error', reason: r.error });
        return;
      }
      for (const reason of r.warnings) this.readProblems.push({ ...where, severity: 'warning', reason });
      const first = this.byBodyHash.get(r.hash!);
      if (first) {
        this.readProblems.push({ ...where, severity: 'error', reason: `duplicate of ${first} (same text)` });
        return;
      }
      this.byBodyHash.set(r.hash!, r.path!);
      if (r.analysisError !== undefined || !r.article) {
        this.analysisProblems.push({ file: r.path!, severity: 'error', reason: r.analysisError ?? 'could not be analysed' });
        return;
      }
      this.used.push({ key: `${fileKey}#${i}`, record: r });
      this.count(displayPath, 0, 1);
      used.push(i);
    });
    return used;
  }

  /** Every problem: reading ones first, then analysis ones (the order analyseInputs gives). */
  problems(): Problem[] {
    return [...this.readProblems, ...this.analysisProblems];
  }

  /** Used and rejected inputs per file type, the most inputs first (then by name). */
  formats(): FormatCount[] {
    return [...this.byType]
      .map(([format, c]) => ({ format, used: c.used, rejected: c.seen - c.used }))
      .sort((a, b) => b.used + b.rejected - (a.used + a.rejected) || (a.format < b.format ? -1 : a.format > b.format ? 1 : 0));
  }

  /** Characters of article text analysed. */
  chars(): number {
    return this.used.reduce((n, u) => n + u.record.bodyChars!, 0);
  }
}
