/**
 * The dateline that opens much wire copy: where the story was filed and by whom.
 *   BELGRADE (UrduPoint News / Sputnik - 22nd September, 2022) The president ...
 *   PRISTINA, Feb 18 (Balkan Desk) - Kosovo ...
 *   BRUSSELS (Adriatic Press) - The European Union ...
 *   THE HAGUE, Netherlands (Reuters) — ...
 *   JEDDAH, Saudi Arabia (Nile Wire) — ...          (a region of several words)
 *   KHARTOUM, Sudan, May 6, 2023 (Nile Wire) - ...  (a date with its year)
 *   Port Sudan (Nile Wire) — ...                    (a place not in capitals: only with an outlet and a dash)
 *   WASHINGTON — ...                                (no outlet: a place in capitals and a dash)
 * Everything up to the story's first word is the dateline: the pipeline reads no event, actor or
 * title in it (analyse.ts), and keeps its place and outlet as the article's.
 */

export interface Dateline {
  /** The place it was filed from, title-cased ("The Hague"). */
  place: string;
  outlet: string | null;
  /** The date as written in it ("Feb 18", "May 6, 2023", "22nd September, 2022"), or null. */
  date: string | null;
  /** Length of the dateline including the separator and following spaces. */
  length: number;
}

const UPPER_WORD = String.raw`\p{Lu}[\p{Lu}.'-]*`;
const UPPER_PLACE = String.raw`${UPPER_WORD}(?: ${UPPER_WORD}){0,3}`;
const TITLE_WORD = String.raw`\p{Lu}[\p{L}.'-]*`;
const TITLE_PLACE = String.raw`${TITLE_WORD}(?: ${TITLE_WORD}){0,3}`;
// After the place: ", Region" (up to three words), ", Feb 18", ", 7 May", ", 2023", up to four of them.
const PART = String.raw`(?:${TITLE_WORD}(?: (?:${TITLE_WORD}|\d{1,2}(?:st|nd|rd|th)?)){0,2}|\d{1,2}(?:st|nd|rd|th)? ${TITLE_WORD}|\d{4})`;
const TAIL = String.raw`((?:, ?${PART}){0,4})`;
const OUTLET = String.raw`\(([^()\n]{2,80})\)`;
const DASH = String.raw`(?:--|[-\u2013\u2014])`;

/** A place (in capitals, or with the dash required) and an outlet in brackets. */
const WITH_OUTLET_RE = new RegExp(String.raw`^(${TITLE_PLACE})${TAIL}\s*${OUTLET}(\s*${DASH}+)?\s*`, 'u');
/** A place in capitals and a dash, no outlet (AP style without the agency). */
const WITHOUT_OUTLET_RE = new RegExp(String.raw`^(${UPPER_PLACE})${TAIL}(?:\s+${DASH}|\s*[\u2013\u2014])\s*`, 'u');
const ALL_CAPS_RE = /^[^\p{Ll}]*$/u;
const DATE_TAIL_RE = /\s[-\u2013\u2014]\s(.*\d{4})\s*$/u;
const MONTH_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?$|^\d{1,2}(?:st|nd|rd|th)? \p{L}+$/iu;
/** A dateline is a line's start, not its paragraph: longer than this is prose. */
const MAX_LENGTH = 160;

export function parseDateline(body: string): Dateline | null {
  const head = body.slice(0, MAX_LENGTH + 80);
  const withOutlet = WITH_OUTLET_RE.exec(head);
  // A place not in capitals ("Port Sudan (Nile Wire) —") must be followed by a dash: "Kosovo (a former province) declared" is prose.
  if (withOutlet && (ALL_CAPS_RE.test(withOutlet[1]!) || withOutlet[4])) return make(withOutlet[1]!, withOutlet[2]!, withOutlet[3]!, withOutlet[0].length);
  const plain = WITHOUT_OUTLET_RE.exec(head);
  // At least one word of three letters: "A - " or "US -" start sentences.
  if (plain && /[A-Z]{3}/.test(plain[1]!)) return make(plain[1]!, plain[2]!, null, plain[0].length);
  return null;
}

function make(rawPlace: string, tail: string, inner: string | null, length: number): Dateline | null {
  if (length > MAX_LENGTH) return null;
  const place = ALL_CAPS_RE.test(rawPlace) ? titleCase(rawPlace) : rawPlace;
  const text = inner?.trim() ?? '';
  // "Outlet - 22nd September, 2022": the date part is the publication date again; keep the outlet.
  const outlet = text.replace(DATE_TAIL_RE, '').trim() || null;
  return { place, outlet, date: dateOf(tail) ?? DATE_TAIL_RE.exec(text)?.[1]?.trim() ?? null, length };
}

/** ", Sudan, May 6, 2023" → "May 6, 2023": from the first part that is a month and day to the end. */
function dateOf(tail: string): string | null {
  const parts = tail.split(',').map((p) => p.trim()).filter(Boolean);
  const from = parts.findIndex((p) => MONTH_RE.test(p));
  return from === -1 ? null : parts.slice(from).join(', ');
}

function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
