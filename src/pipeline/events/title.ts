/**
 * A short, readable title from an event's clause: the date phrase and the attribution
 * ("…, the ministry said on Thursday") removed, cut at a word boundary.
 */
const MAX_WORDS = 12;
const TAIL_ATTRIBUTION_RE = /,\s+(?:the\s+)?[\w\s'’-]{0,60}\b(?:said|says|told reporters|reported|announced)\b[^,;]*[.!?"”]*$/i;
// Only when what follows is the reported news: "X announced in a video" keeps its subject.
const HEAD_ATTRIBUTION_RE = /^(?:[\w\s'’-]{0,60}\b(?:said|says|announced|stated)\s+(?:that\s+)?)(?!(?:in|on|at|via|through|during|from|to|by|with|after|before)\b)(?=\p{L})/iu;

export function makeTitle(clause: string, timex: { start: number; end: number } | null): string {
  let text = clause;
  if (timex) {
    // Drop the date phrase with its preposition ("on Wednesday", "in February 2008").
    // Drop the date phrase only where it is an adverbial ("on Wednesday", "In February 2008",
    // a leading "Yesterday"); inside a noun phrase ("a summer of tensions") it stays.
    const head = text.slice(0, timex.start);
    const prep = /\b(?:on|in|at|since|by|from|between|during|as of|until)\s+(?:the\s+)?$/i;
    if (prep.test(head)) text = `${head.replace(prep, '')} ${text.slice(timex.end)}`;
    else if (/^[\s"“(]*$/.test(head) || /^[\s,.;]*$/.test(text.slice(timex.end))) text = `${head} ${text.slice(timex.end)}`;
  }
  text = text.trim().replace(/^[\s"'“‘(,;:]+/, '');
  // Attribution ("…, the ministry said", "Officials said that …") goes when enough news remains.
  for (const re of [TAIL_ATTRIBUTION_RE, HEAD_ATTRIBUTION_RE]) {
    const stripped = text.replace(re, '');
    if (stripped.split(/\s+/).length >= 4) text = stripped;
  }
  text = text
    .replace(/^(?:and|but|while|that|which|who|when|after|before|then|also|however|meanwhile)[,\s]+/i, '')
    .replace(/^[\s,;:]+/, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/[,;:\s]+$/, '')
    .replace(/[.!?"”]+$/, '')
    .trim();
  const words = text.split(' ');
  let title = words.slice(0, MAX_WORDS).join(' ').replace(/[,;:]$/, '');
  if (words.length > MAX_WORDS) title += '…';
  return title.charAt(0).toUpperCase() + title.slice(1);
}
