/**
 * An event the article told of, named again later by a noun: "Apple launched the store on April
 * 28, 2003. … Since its launch the store has sold 3 billion songs." The noun phrase ("its
 * launch", "Apple's launch", "the launch of the store") is the launch event again, not a new one:
 * it becomes another source of that event (merge.ts joins the two by `sameAs`), so the event's
 * sources show every sentence that mentions it, and the later sentence is placed at the event's
 * date, not at publication. Only on evidence: the noun is the told event's word (launch/launched,
 * election/elected, invasion/invaded), its owner is one of that event's actors, the event has a
 * date of its own in the text, and no other event of the article fits as well.
 */
import type { ActorMention } from '../actors/context.ts';
import { tokenIndexAt, type Token } from '../text/doc.ts';
import type { Timex } from '../time/types.ts';
import type { CandidateEvent } from './candidate.ts';
import type { Clause } from './clauses.ts';
import { capitalise } from './headline-cut.ts';
import { intervalToEdtf } from '../../model/edtf.ts';
import { gapAt, shiftInterval } from './dating.ts';
import { candidateId } from './ids.ts';
import type { Trigger } from './triggers.ts';

const POSSESSIVE = new Set(['its', 'his', 'her', 'their']);
/** Nominal endings that turn a verb into its event noun ("election", "announcement", "arrival", "departure"). */
const NOUN_ENDING = /(?:ation|ition|tion|sion|ment|al|ure|ance|ence)$/;
/** Event nouns whose verb is another word. */
const IRREGULAR: Record<string, string> = { death: 'die', birth: 'bear', sale: 'sell', flight: 'fly', loss: 'lose', choice: 'choose', proof: 'prove', speech: 'speak' };

/**
 * Whether event noun `noun` names what verb (or noun) `lemma` does: the same word ("launch",
 * "arrest", "visit"), or the verb it was made from ("election" / "elect", "invasion" / "invade",
 * "resignation" / "resign", "death" / "die").
 */
export function sameEventWord(noun: string, lemma: string): boolean {
  if (noun === lemma || IRREGULAR[noun] === lemma) return true;
  const stem = noun.replace(NOUN_ENDING, '');
  if (stem === noun || stem.length < 4) return false;
  const verb = lemma.replace(/e$/, '');
  if (verb.length < 4) return false;
  // "invas(ion)" and "invad(e)", "arriv(al)" and "arriv(e)": all but the stems' last letter in common.
  let common = 0;
  while (common < stem.length && common < verb.length && stem[common] === verb[common]) common++;
  return common >= Math.min(stem.length, verb.length) - 1 && Math.abs(stem.length - verb.length) <= 1;
}

/**
 * Who owns the event noun at token `k`: a possessive pronoun resolved to an actor ("its launch"),
 * a name with "'s" ("Apple's launch"), or a name after "of" ("the launch of the store"); with at
 * most one adjective between ("its first launch").
 */
function ownerOf(tokens: Token[], k: number, mentions: ActorMention[]): string | null {
  let d = k - 1;
  if (d >= 0 && tokens[d]!.pos === 'ADJ') d--;
  const before = tokens[d];
  if (before && POSSESSIVE.has(before.lower)) return mentions.find((m) => m.start === before.start)?.actor ?? null;
  if (before && (before.lower === "'s" || before.lower === '’s')) return mentions.find((m) => m.end === before.start)?.actor ?? null;
  if (before?.lower === 'the' && tokens[k + 1]?.lower === 'of') {
    const after = tokens[k + 2]?.lower === 'the' ? tokens[k + 3] : tokens[k + 2];
    const name = after && mentions.find((m) => m.start === after.start);
    // (Not "the release of Apple's MacBook Pro": the thing released is after the "'s".)
    const owned = name && /^['’]s$/.test(tokens[tokenIndexAt(tokens, name.end)]?.text ?? '');
    return name && !owned ? name.actor : null;
  }
  return null;
}

/** A date right after the noun's phrase ("launch in 2003", "expansion of NATO in 1993"), if any. */
function dateAfterNoun(tokens: Token[], k: number, timexes: Timex[]): Timex | undefined {
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const t = tokens[j]!;
    const date = timexes.find((x) => x.start === t.start && x.interval);
    if (date) return date;
    if (!/^(?:of|the|in|on|at|since|from)$/.test(t.lower) && t.pos !== 'PROPN') return undefined;
  }
  return undefined;
}

export interface MentionedAgain {
  /** The event told earlier in the article. */
  told: CandidateEvent;
  /** The event noun's token. */
  noun: number;
}

/**
 * An event noun with its owner and a date of its own whose event the article did not tell: "since
 * its launch in 2003" in a story of 2008. Another article's report may tell it to the day
 * (refine.ts); without one it is left out, as a noun in passing.
 */
export interface NamedEvent {
  noun: number;
  owner: string;
  date: Timex;
}

/**
 * The event nouns of one sentence (tokens `from`…`to`) that name an event told earlier: `told`
 * holds the article's candidates so far, in text order. A noun with a date of its own that the
 * told event's date does not fall in ("its launch in 2008" after a launch in 2003) is another;
 * such a noun that names no told event is `named`.
 */
export function mentionedAgain(tokens: Token[], from: number, to: number, triggerAt: Map<number, Trigger>, mentions: ActorMention[], timexes: Timex[], told: CandidateEvent[], published: string): { again: MentionedAgain[]; named: NamedEvent[] } {
  const out: MentionedAgain[] = [];
  const named: NamedEvent[] = [];
  for (let k = from; k < to; k++) {
    const trigger = triggerAt.get(k);
    // (After "its" the word is a noun, whatever the tagger said: "its launch" is tagged a verb.)
    if (!trigger || (trigger.pos !== 'NOUN' && !POSSESSIVE.has(tokens[k - 1]?.lower ?? ''))) continue;
    const owner = ownerOf(tokens, k, mentions);
    if (!owner) continue;
    // (The told event's own word, not any event word of its clause: "calls for Israel's withdrawal"
    // told a call, not a withdrawal.)
    const fitting = told.filter(
      (c) =>
        (c.dateBasis === 'explicit' || c.dateBasis === 'relative') &&
        !c.datedElsewhere &&
        c.modality === 'asserted' &&
        c.interval.start <= published &&
        c.actors.includes(owner) &&
        sameEventWord(trigger.lemma, c.eventLemma),
    );
    // "since its launch in 2003": a date of the noun's own must hold the told one ("the expansion of NATO in 1993" is another).
    const own = dateAfterNoun(tokens, k, timexes);
    const holds = (c: CandidateEvent): boolean => !own || (own.interval!.start <= c.interval.start && c.interval.end <= own.interval!.end);
    if (fitting.length === 0 || !fitting.some(holds)) {
      // (Only a date up to publication: "its launch next year" names a plan. A coarse date only:
      // a refining record of one day is one told without a date, refine.ts.)
      if (own && own.interval!.end <= published && own.interval!.precision !== 'day') named.push({ noun: k, owner, date: own });
      continue;
    }
    // Two launches of its products on two dates: which one is meant is not said.
    if (fitting.some((c) => c.date !== fitting[0]!.date)) continue;
    out.push({ told: fitting[fitting.length - 1]!, noun: k });
  }
  return { again: out, named };
}

/**
 * A named event as a report of its own (detect.ts keeps it only where another article's report
 * dates it): the owner and the noun, "iTunes Store launch", dated by the noun's date.
 */
export function namedEventParts(n: NamedEvent, tokens: Token[], names: Map<string, string>): { clause: Clause; title: string } {
  const noun = tokens[n.noun]!;
  const clause: Clause = { from: n.noun, to: n.noun + 1, head: n.noun, group: [n.noun, n.noun], subject: null, link: 'rel', tense: 'past', modality: 'asserted', negated: false, passive: false, reporting: false, stative: false, quoted: false, background: false };
  return { clause, title: capitalise(`${names.get(n.owner) ?? noun.text} ${noun.lower}`) };
}

/** The later sentence as another source of the told event: its own id and source, the told event's date, title and actors. */
export function againCandidate(again: MentionedAgain, tokens: Token[], sentence: { start: number; end: number; text: string }, articleId: string, mentions: ActorMention[]): CandidateEvent {
  const { told } = again;
  const noun = tokens[again.noun]!;
  return {
    ...told,
    id: candidateId(articleId, sentence.start, noun.start),
    sameAs: told.sameAs ?? told.id,
    source: {
      article: told.source.article,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      timex: null,
      trigger: { start: noun.start - sentence.start, end: noun.end - sentence.start, text: noun.text },
      mentions: mentions.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, actor: m.actor })),
    },
  };
}

/**
 * "Two years after its launch, the store passed Wal-Mart": a sentence's one event the text does
 * not date (dated by publication or narrative time) is that far from the event named again,
 * when an amount of time and "after" or "before" open the noun's phrase. Returns the sentence's
 * candidates with that one re-dated.
 */
export function datedFromTold(again: MentionedAgain, tokens: Token[], found: CandidateEvent[], published: string): CandidateEvent[] {
  let opener = again.noun - 1;
  if (tokens[opener]?.pos === 'ADJ') opener--;
  if (tokens[opener] && (POSSESSIVE.has(tokens[opener]!.lower) || tokens[opener]!.lower === 'the')) opener--;
  else if (/^['’]s$/.test(tokens[opener]?.text ?? '')) for (opener--; tokens[opener]?.pos === 'PROPN'; ) opener--;
  const gap = gapAt(tokens, opener);
  const interval = gap && shiftInterval(again.told.interval, gap.unit, gap.sign * gap.count);
  const undated = found.filter((c) => !c.sameAs && (c.dateBasis === 'publication' || c.dateBasis === 'narrative'));
  if (!interval || undated.length !== 1 || interval.start > published) return found;
  return found.map((c) => (c === undated[0] ? { ...c, interval, date: intervalToEdtf(interval), dateBasis: 'relative', future: false } : c));
}
