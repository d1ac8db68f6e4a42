/**
 * The name layer corrects the tag layer: a capitalised word inside a name of several words is part
 * of that name, not a verb ("Operation Allied Force", "the United Nations", "Rapid Support
 * Forces"). wink tags "Allied" as a past-tense verb; read as one, it opened a clause of its own
 * ("Force began on March 24" without its subject) and its title re-inflected the name ("Operation
 * allies Force began"); "Ford" alone is read as a verb too ("Ford says" titled "Fords says"). Such tokens become
 * proper nouns with their own text as lemma.
 */
import type { Doc } from '../text/doc.ts';
import type { ActorMention } from './context.ts';

export function tagNameTokens(doc: Doc, mentions: ActorMention[]): void {
  const { tokens } = doc;
  let k = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && tokens[k]!.start < m.start) k++;
    let end = k; // one past the name's last token
    while (end < tokens.length && tokens[end]!.end <= m.end) end++;
    // (A one-word name too, unless it opens its sentence with no verb after it: "Ford says …"
    // after a comma, "Ford said …"; wink reads "Ford" as the verb "to ford".)
    if (end - k < 1 || (end - k === 1 && opensSentenceAlone(doc, k))) continue;
    for (let j = k; j < end; j++) {
      const t = tokens[j]!;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Lu}/u.test(t.text)) {
        t.pos = 'PROPN';
        t.lemma = t.lower;
      }
    }
  }
}

/** Whether token `k` opens its sentence and no verb follows it: a one-word name there may be an imperative. */
function opensSentenceAlone(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const first = k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence;
  return first && !/^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '');
}
