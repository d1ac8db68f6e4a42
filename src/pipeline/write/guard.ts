/**
 * Whether a finished build may replace the published one. A build that read nothing (the input
 * folder is missing, unreadable or vanished, or every article was rejected) is refused: an empty
 * dataset published over a good one is data lost to a typo or an unmounted disk. A build that
 * lost more than a set share of the previous build's articles is published with a warning, or
 * refused with `strict`.
 */
import type { BuildReport } from './report.ts';

export interface GuardOptions {
  /** Largest share (0–1) of the previous build's articles a build may lose without a warning. */
  maxLoss: number;
  /** Refuse, rather than warn, when more is lost. */
  strict: boolean;
}

export const DEFAULT_GUARD: GuardOptions = { maxLoss: 0.5, strict: false };

export interface Verdict {
  /** Why the build must not be published (one line), or null. */
  refuse: string | null;
  /** A warning to print when it is published anyway, or null. */
  warn: string | null;
}

/**
 * `unreadable`: inputs named on the command line that could not be opened or listed, or that no
 * longer exist now that the build is done. `previous`: the published build's report, if any.
 */
export function judgeBuild(report: BuildReport, unreadable: string[], previous: Pick<BuildReport, 'articlesUsed'> | null, options: GuardOptions = DEFAULT_GUARD): Verdict {
  if (unreadable.length) {
    const list = unreadable.map((p) => JSON.stringify(p)).join(', ');
    return { refuse: `input ${list} cannot be read (missing, unreadable or removed during the build)`, warn: null };
  }
  if (report.articlesUsed === 0) {
    const why = report.inputsSeen === 0 ? 'no input files found' : `all ${report.inputsSeen} input(s) were rejected (see the list above)`;
    return { refuse: `no article could be used: ${why}`, warn: null };
  }
  if (previous && previous.articlesUsed > 0) {
    const lost = 1 - report.articlesUsed / previous.articlesUsed;
    if (lost > options.maxLoss) {
      const line = `this build uses ${report.articlesUsed} article(s), ${Math.round(lost * 100)}% fewer than the published build's ${previous.articlesUsed}`;
      return options.strict ? { refuse: `${line} (--strict allows at most ${Math.round(options.maxLoss * 100)}%)`, warn: null } : { refuse: null, warn: `${line}; published anyway (--strict refuses such a build)` };
    }
  }
  return { refuse: null, warn: null };
}

/** A build that was not published: the CLI prints the message and exits with EXIT.refused. */
export class BuildRefused extends Error {
  constructor(reason: string, readonly outDir: string, readonly report: BuildReport) {
    super(`${reason}; nothing published, ${outDir} keeps the previous dataset`);
    this.name = 'BuildRefused';
  }
}
