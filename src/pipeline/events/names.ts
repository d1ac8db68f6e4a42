/**
 * How an article's actors are written in titles: one name per actor, chosen once per article
 * (detect.ts hands the map to subjects and titles), and a shorter form for a title that would not
 * fit.
 */
import type { ActorMention } from '../actors/context.ts';

/**
 * Actor id → the name to write for it. A person or organisation by the longest name the article
 * uses ("Steve Jobs", not "Jobs"; "International Court of Justice", not "ICJ"); a country or
 * group by the one it uses most ("Kosovo", not its capital "Pristina" used once); never an
 * adjective when there is a noun ("Serbia", not "Serbian" or "Serbian-run"), nor a description
 * when there is a name ("the Stabilisation and Association Agreement", not "the agreement").
 */
export function displayNames(named: ActorMention[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const kinds = new Map<string, string>();
  for (const m of named) {
    let byText = counts.get(m.actor);
    if (!byText) counts.set(m.actor, (byText = new Map()));
    byText.set(m.text, (byText.get(m.text) ?? 0) + 1);
    kinds.set(m.actor, m.kind);
  }
  const out = new Map<string, string>();
  for (const [actor, byText] of counts) {
    const byLength = kinds.get(actor) === 'person' || kinds.get(actor) === 'organization' || kinds.get(actor) === 'product';
    const score = (text: string): number[] => [ADJECTIVAL.test(text) || REFERENCE.test(text) ? 0 : 1, byLength ? text.length : byText.get(text)!, text.length];
    let best = '';
    for (const text of byText.keys()) if (!best || compare(score(text), score(best)) > 0) best = text;
    // (A model named only by its code reads with its article: "the 777 was named", not "777 was named".)
    out.set(actor, kinds.get(actor) === 'product' && BARE_CODE_RE.test(best) ? `the ${best}` : best);
  }
  return out;
}

/** A model code alone: "777", "A380", "F-35". */
const BARE_CODE_RE = /^[A-Z]{0,2}-?\d[\dA-Z-]*$/;

/** "the agreement", "The bridge": a description that refers to a named thing is never its name. */
export const REFERENCE = /^[Tt]he\s+[a-z]+$/;

/** "Serbian", "Albanian", "Japanese", "British", "Serbian-run", "NATO-led": adjectives made from a name. */
const ADJECTIVAL = /(?:ian|ean|ese|ish)$|-\p{L}+$/u;

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * Actor id → a shorter name for a headline that would not fit: the acronym the article uses
 * ("ICJ", "KFOR"), else a person's surname ("Vučić"); absent when there is none.
 */
export function shortNames(named: ActorMention[], names: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of named) {
    const full = names.get(m.actor) ?? m.text;
    if (/^[A-Z]{2,6}$/.test(m.text) && m.text !== full) out.set(m.actor, m.text);
    else if (m.kind === 'person' && !out.has(m.actor) && full.includes(' ')) out.set(m.actor, full.slice(full.lastIndexOf(' ') + 1));
  }
  return out;
}
