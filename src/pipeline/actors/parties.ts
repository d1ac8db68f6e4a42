/**
 * Parties to an agreement, where an article says so (issue 21): the countries, organisations and
 * groups of an event in which it was signed, ratified, initialled, concluded or acceded to
 * ("Serbia and Kosovo signed the Brussels Agreement") become the agreement's affiliations with the
 * role `party`, so the app shows them together. Praise, rejection or talk about an agreement makes
 * no party, nor does a plan or a refusal ("Serbia refused to sign") — only an asserted agreeing
 * event whose own words are a signing.
 */
import type { CandidateEvent } from '../events/candidate.ts';
import type { KbActor } from './kb.ts';

/** Lemmas of the words that make the actors of an event parties to the agreement in it. */
const SIGNING = new Set(['sign', 'ratify', 'initial', 'conclude', 'accede', 'ink', 'countersign']);
/** Kinds (by id prefix) that can be a party: states and bodies, not the people who sign for them. */
const PARTY_ID_RE = /^(?:country|organization|group):/;

/** Where the signing's clause begins, before its word: after a ";" or a contrasting clause ("…, while Serbia refused"). */
const CLAUSE_BREAK_RE = /(?:;|,\s*(?:while|but|whereas|although)\b|\bwhile\b)/gi;
/** A place, an origin or an agent of something else before a name: "in the Macedonian town", "hosted by the EU". */
const NOT_SUBJECT_RE = /\b(?:in|at|near|from|of|by|to|into)\s+(?:the\s+)?$/i;
const WITH_RE = /\bwith\s+(?:the\s+)?$/i;
const FOR_RE = /\bfor\s+(?:the\s+)?$/i;
/** "was signed by the EU": the agent straight after the signing word. */
const PASSIVE_BY_RE = /^\s+by\s+(?:the\s+)?$/i;

/**
 * The parties a signing sentence names: who signed (before the word, in its clause), whom with
 * ("with the EU") and, in the passive, by whom; when it was signed for someone ("Jackson signed
 * it for NATO"), those it was signed for, not the signer's nationality.
 */
function partiesOf(c: CandidateEvent): { agreement: string | null; parties: string[] } {
  const { sentence, trigger, mentions } = c.source;
  if (!trigger) return { agreement: null, parties: [] };
  let clauseStart = 0;
  for (const m of sentence.slice(0, trigger.start).matchAll(CLAUSE_BREAK_RE)) clauseStart = m.index + m[0].length;
  const rest = sentence.slice(trigger.end);
  const clauseEnd = trigger.end + (rest.search(CLAUSE_BREAK_RE) + 1 || rest.length + 1) - 1;
  const signers: string[] = [];
  const others: string[] = [];
  const forWhom: string[] = [];
  for (const m of mentions) {
    if (!m.actor || !PARTY_ID_RE.test(m.actor) || m.start < clauseStart || m.start > clauseEnd) continue;
    const lead = sentence.slice(Math.max(clauseStart, m.start - 24), m.start);
    if (m.end <= trigger.start) {
      if (!NOT_SUBJECT_RE.test(lead)) signers.push(m.actor);
    } else if (m.start >= trigger.end) {
      if (FOR_RE.test(lead)) forWhom.push(m.actor);
      else if (WITH_RE.test(lead) || PASSIVE_BY_RE.test(sentence.slice(trigger.end, m.start))) others.push(m.actor);
    }
  }
  // The agreement signed: the first after the signing word ("signed the Minsk Protocol, but …
  // violated the Paris Agreement"), or in the passive the one before it ("The SAA was signed by …").
  const agreements = mentions.filter((m) => m.actor?.startsWith('agreement:') && m.start >= clauseStart && m.start <= clauseEnd);
  const signed = agreements.find((m) => m.start >= trigger.end) ?? agreements.filter((m) => m.end <= trigger.start).pop();
  return { agreement: signed?.actor ?? null, parties: [...(forWhom.length > 0 ? forWhom : signers), ...others] };
}

/** Adds, to the agreements discovered in one article, the parties its events name. */
export function linkParties(candidates: readonly CandidateEvent[], discovered: readonly KbActor[]): void {
  const agreements = new Map(discovered.filter((a) => a.kind === 'agreement').map((a) => [a.id, a]));
  if (agreements.size === 0) return;
  for (const c of candidates) {
    if (c.type !== 'agree' || c.modality !== 'asserted' || !c.predicates.some((p) => SIGNING.has(p))) continue;
    const { agreement: id, parties } = partiesOf(c);
    const agreement = id ? agreements.get(id) : undefined;
    if (!agreement) continue;
    for (const party of parties) if (!agreement.affiliations.some((a) => a.actor === party && a.role === 'party')) agreement.affiliations.push({ actor: party, role: 'party' });
  }
}
