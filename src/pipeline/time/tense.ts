/**
 * Is the clause around a temporal expression about the past or the future? News reports the past,
 * so past is the default; future needs a cue ("will", "is due to", "scheduled", "next").
 * The cue nearest before the expression in its clause wins; failing that, the first one after it.
 */
export type Tense = 'past' | 'future' | 'none';

const FUTURE = String.raw`takes?\s+effect|set\s+to|should|supposed\s+to|expects?\s+to|to\s+be|payable|effective|expires?|deadline|(?:is|are)\s+to|will|won't|'ll|shall|would|could|might|is\s+due|are\s+due|due\s+to|is\s+set\s+to|are\s+set\s+to|scheduled|(?:is|are)\s+expected|(?:is|are)\s+planned|plans?\s+to|planning\s+to|intends?\s+to|is\s+going\s+to|are\s+going\s+to|to\s+be\s+held|upcoming|forthcoming|next(?!\s+(?:to|door)\b)|pledged\s+to|promised\s+to|aims?\s+to|hopes?\s+to|to\s+take\s+effect|to\s+take\s+office|to\s+start|to\s+begin|to\s+hold|to\s+meet|to\s+visit|to\s+travel`;
const PAST = String.raw`said|says|told|announced|was|were|had|did|ago|last|earlier|previously|held|met|took|began|went|came|left|gave|made|won|lost|set|rose|fell|sold|bought|paid|brought|led|saw|became|struck|fought|ran|spoke|wrote|broke|sent|found|kept|stood|heard|\w{3,}ed`;
const CUE_RE = new RegExp(String.raw`\b(?:(?<f>${FUTURE})|(?<p>${PAST}))\b`, 'gi');
/** After the expression only unambiguous cues count: a participle there rarely governs it. */
const AFTER_CUE_RE = /\b(?:(?<f>will|'ll|is\s+due|are\s+due|scheduled|is\s+set\s+to|are\s+set\s+to)|(?<p>said|says|told|announced|was|were|had|did|ago))\b/gi;
/** Where a clause starts or stops for tense purposes. */
/** A full stop that ends a sentence, not one of "a.m.", "U.S.", "Mr.", "Sept.". */
const STOP = String.raw`(?<!\b[A-Za-z]|\.[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Inc|Co|Corp|Ltd|Jr|vs))\.`;
const BOUNDARY_BEFORE = new RegExp(String.raw`${STOP}|[;:!?\n]|,\s|\b(?:that|which|who|when|but|while|because|after|before|whereas)\s`, 'gi');
const BOUNDARY_AFTER = new RegExp(String.raw`${STOP}|[;:!?\n]|\b(?:that|which|who|but|while|because|said|says)\b`, 'i');
const WINDOW = 120;
/** Words right before a date that put it ahead: a deadline, a postponement, an earliest date. */
const DEADLINE = /\b(?:by|until|till|(?:extended|postponed|delayed|adjourned|moved|pushed\s+back|put\s+off)\s+(?:\w+\s+)?to|as\s+(?:soon|early)\s+as|ahead\s+of)\s+$/i;

export function clauseTense(text: string, start: number, end: number): Tense {
  const from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  // A deadline ("by May", "until Nov. 16") is almost always still ahead in news, unless what
  // follows says otherwise ("Until Thursday, they had not …").
  if (DEADLINE.test(before)) return tenseAfter(text, end) === 'past' ? 'past' : 'future';
  let clauseStart = 0;
  // exec loops rather than matchAll, which clones the regex on every call (this runs per date).
  BOUNDARY_BEFORE.lastIndex = 0;
  for (let m = BOUNDARY_BEFORE.exec(before); m !== null; m = BOUNDARY_BEFORE.exec(before)) clauseStart = m.index + m[0].length;
  const head = before.slice(clauseStart);
  let last: Tense = 'none';
  let pastPlan = false;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(head); m !== null; m = CUE_RE.exec(head)) {
    const future = !!m.groups?.f || isFutureParticiple(m[0]);
    // "had been scheduled to expire Friday": a plan made in the past for a date now past.
    if (future && /\bhad\s+been\s+$/i.test(head.slice(Math.max(0, m.index - 12), m.index))) {
      last = 'past';
      pastPlan = true;
    } else if (future && pastPlan) continue;
    else if (future) last = 'future';
    // A participle after a future cue ("would be enforced", "will be paid") stays future; only a
    // finite past verb ("said", "was") ends it.
    else if (last !== 'future' || FINITE_PAST.test(m[0])) last = 'past';
  }
  if (last !== 'none') return last;
  return tenseAfter(text, end);
}

/** The first unambiguous cue after the expression, in its clause. */
function tenseAfter(text: string, end: number): Tense {
  const after = text.slice(end, end + WINDOW);
  const stop = BOUNDARY_AFTER.exec(after);
  const tail = stop ? after.slice(0, stop.index) : after;
  AFTER_CUE_RE.lastIndex = 0;
  const m = AFTER_CUE_RE.exec(tail);
  AFTER_CUE_RE.lastIndex = 0;
  return m ? (m.groups?.f ? 'future' : 'past') : 'none';
}

const FINITE_PAST = /^(?:said|says|told|announced|was|were|had|did|ago)$/i;

/** "-ed" words that announce the future rather than report the past. */
function isFutureParticiple(word: string): boolean {
  return /^(?:scheduled|slated|planned|expected)$/i.test(word);
}
