/**
 * What the rule-based recogniser (actors/) says about each word of a sentence, as one hint per
 * word for the name tagger: the BILOU position in a mention, its kind, and whether its actor is in
 * the knowledge base ("B-person:k") or was found from the text ("U-organization:d").
 */
import type { ActorMention } from '../actors/context.ts';

/** Hints for words at `[start, end)` offsets, from mentions sorted by start (`discovered`: ids found from the text). */
export function hintsFor(offsets: readonly { start: number; end: number }[], mentions: readonly ActorMention[], discovered: ReadonlySet<string>): string[] {
  const hints = new Array<string>(offsets.length).fill('');
  let m = 0;
  for (let k = 0; k < offsets.length; k++) {
    const { start, end } = offsets[k]!;
    while (m < mentions.length && mentions[m]!.end <= start) m++;
    const mention = mentions[m];
    if (!mention || mention.start >= end) continue;
    const first = k === 0 || offsets[k - 1]!.end <= mention.start;
    const last = k === offsets.length - 1 || offsets[k + 1]!.start >= mention.end;
    const position = first && last ? 'U' : first ? 'B' : last ? 'L' : 'I';
    hints[k] = `${position}-${mention.kind}:${discovered.has(mention.actor) ? 'd' : 'k'}`;
  }
  return hints;
}
