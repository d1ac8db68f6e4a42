/**
 * Who takes part in a clause's event, as detect.ts reads its mentions: a country named only as
 * where it happened is no participant ("the Belgian capital", "Ohrid, North Macedonia"); a product
 * described in the present is the subject of its own news ("The new iPhone 4 has …"); only an
 * institution carries a story over to the next sentence.
 */
import type { ActorMention } from '../actors/context.ts';
import type { Token } from '../text/doc.ts';
import type { Clause } from './clauses.ts';

/** Nouns for a place within a country: after a country's adjective, the country is where, not who. */
const PLACE_NOUNS = new Set('capital city town village coast port region province countryside resort island border'.split(' '));

/**
 * A country mention that only says where: its adjective before a place noun ("the Belgian capital")
 * or its name after a place and a comma ("Ohrid, North Macedonia"); or whose a company, an index or
 * a product is ("Irish national airline Aer Lingus", "The Japanese Nikkei").
 */
export function isVenue(m: ActorMention, body: string, placeEnds: ReadonlyMap<number, number>, thingStarts: ReadonlySet<number> = NO_STARTS): boolean {
  if (m.kind !== 'country') return false;
  // Nor whose a company is, before the company's description and name: "Irish national airline
  // Aer Lingus", "the Italian company, Fiat", "The US car manufacturer General Motors".
  if (NATIONALITY_OF_RE.test(body.slice(m.end, m.end + 80))) return true;
  // ("Cuban", "Dutch", "Thai"; a name ending so, "Japan", "Oman", counts as one too: kept as an actor.)
  const adjective = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i|ch)$/u.test(m.text);
  // (Nor whose an index, a company or a product named right after it is: "The Japanese Nikkei".)
  if (adjective && thingStarts.has(m.end + 1) && body.charAt(m.end) === ' ') return true;
  if (adjective) return PLACE_NOUNS.has(/^\s+([a-z]+)/.exec(body.slice(m.end, m.end + 20))?.[1] ?? '');
  // The name after a place and a comma, the place after "in", "at", "to" …: not "the governments of Syria, Jordan".
  const comma = /,\s*$/.exec(body.slice(Math.max(0, m.start - 3), m.start));
  const placeStart = comma ? placeEnds.get(m.start - comma[0].length) : undefined;
  return placeStart !== undefined && LOCATIVE_RE.test(body.slice(Math.max(0, placeStart - 12), placeStart));
}

const NO_STARTS: ReadonlySet<number> = new Set();

/** After a country or its adjective: a company's description in lower case, then its name. */
const NATIONALITY_OF_RE =
  /^(?:\s+[a-z][a-z-]*){0,3}?\s+(?:airline|carrier|company|firm|manufacturer|maker|automaker|carmaker|airframer|planemaker|bank|lender|insurer|retailer|conglomerate|producer|giant|group|broadcaster|operator|exchange)\s*,?\s+(?:the\s+)?\p{Lu}/u;

/** A preposition of place just before a place name. */
const LOCATIVE_RE = /\b(?:in|at|to|near|from|into|outside|across|toward|towards)\s+(?:the\s+)?$/i;

/**
 * A present-tense statement, asserted and not negated, whose subject is a product: its name, or a
 * pronoun resolved to it, ends the subject ("The new iPhone 4", "It"; not "The iPhone 4 return
 * rate"). Not a relative clause: "the phone, which has …" describes it in passing.
 */
export function describesProduct(tokens: Token[], clause: Clause, mentions: ActorMention[]): boolean {
  if (!clause.subject || clause.link === 'rel' || clause.tense !== 'present' || clause.modality !== 'asserted' || clause.negated || clause.reporting) return false;
  const first = tokens[clause.subject[0]]!;
  const last = tokens[clause.subject[1] - 1]!;
  return mentions.some((m) => m.actor.startsWith('product:') && m.end === last.end && m.start >= first.start);
}

/** Only an institution carries a story over ("the measure" is the government's); a person does not. */
export function institution(id: string | null | undefined): boolean {
  return !!id && !id.startsWith('person:');
}
