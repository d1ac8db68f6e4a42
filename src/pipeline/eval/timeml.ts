/**
 * Reads a TimeML (.tml) document: the DCT, the plain text of <TEXT> (tags removed, entities
 * decoded, trimmed) and the gold TIMEX3 and EVENT spans as offsets into that text.
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A gold `<EVENT eid=... class=...>`: TimeML tags the head word only. */
export interface GoldEvent {
  start: number;
  end: number;
  text: string;
  eid: string;
  /** OCCURRENCE, REPORTING, PERCEPTION, ASPECTUAL, I_ACTION, I_STATE or STATE. */
  class: string;
}

export interface TimemlDoc {
  dct: string;
  body: string;
  timexes: GoldTimex[];
  events: GoldEvent[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decode(m[2] ?? m[3] ?? '') : '';
}

export function parseTimeml(xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(xml)?.[1] ?? '';
  const dct = attribute(dctTag, 'value').slice(0, 10);
  const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (text === undefined) throw new Error('no <TEXT> element');
  let plain = '';
  const open: { start: number; type: string; value: string }[] = [];
  const timexes: GoldTimex[] = [];
  const openEvents: { start: number; eid: string; class: string }[] = [];
  const events: GoldEvent[] = [];
  for (const m of text.matchAll(/<[^>]+>|[^<]+/g)) {
    const piece = m[0];
    if (!piece.startsWith('<')) {
      plain += decode(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece)) {
      const entry = { start: plain.length, type: attribute(piece, 'type'), value: attribute(piece, 'value') };
      if (piece.endsWith('/>')) continue; // empty (non-consuming) timex: not scored
      open.push(entry);
    } else if (/^<\/TIMEX3>/.test(piece)) {
      const entry = open.pop();
      if (entry && plain.length > entry.start) timexes.push({ ...entry, end: plain.length, text: plain.slice(entry.start, plain.length) });
    } else if (/^<EVENT\b/.test(piece)) {
      if (!piece.endsWith('/>')) openEvents.push({ start: plain.length, eid: attribute(piece, 'eid'), class: attribute(piece, 'class') });
    } else if (/^<\/EVENT>/.test(piece)) {
      const entry = openEvents.pop();
      if (entry && plain.length > entry.start) events.push({ ...entry, end: plain.length, text: plain.slice(entry.start, plain.length) });
    }
  }
  // The articles' body is the text trimmed: shift offsets by the leading whitespace removed.
  const lead = plain.length - plain.trimStart().length;
  const body = plain.trim();
  // Offsets into the trimmed body, empty spans dropped, in text order.
  const shift = <T extends { start: number; end: number; text: string }>(spans: T[]): T[] =>
    spans
      .map((t) => ({ ...t, start: t.start - lead, end: t.end - lead }))
      .filter((t) => t.text.trim() !== '')
      .sort((a, b) => a.start - b.start);
  return {
    dct,
    body,
    timexes: shift(timexes),
    events: shift(events),
  };
}
