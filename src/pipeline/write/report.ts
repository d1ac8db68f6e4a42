/**
 * What a build reports (`build-report.json`, and the summary printed after a build): the inputs,
 * what was used and rejected and why, and what the dataset holds.
 */
import type { FormatCount } from '../map/fold.ts';
import type { Problem } from '../read/types.ts';
import type { SourcesCut } from '../state/cap.ts';

export interface BuildReport {
  inputs: string[];
  /** Inputs looked at (files, plus each record of multi-record files). */
  inputsSeen: number;
  articlesUsed: number;
  rejected: number;
  /** Used and rejected inputs per file type (map/fold.ts); absent in reports written before it. */
  formats?: FormatCount[];
  events: number;
  actors: number;
  /** Characters of article text analysed. */
  chars: number;
  problems: Problem[];
  /** Events whose sources were capped at MAX_SOURCES_PER_EVENT (state/cap.ts), by id. */
  sourcesCut: SourcesCut[];
}
