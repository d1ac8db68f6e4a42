/**
 * The dateline that opens much wire copy: where the story was filed and by whom.
 *   BELGRADE (UrduPoint News / Sputnik - 22nd September, 2022) The president ...
 *   PRISTINA, Feb 18 (Balkan Desk) - Kosovo ...
 *   BRUSSELS (Adriatic Press) - The European Union ...
 *   THE HAGUE, Netherlands (Reuters) — ...
 */

export interface Dateline {
  place: string;
  outlet: string | null;
  /** Length of the dateline including the separator and following spaces. */
  length: number;
}

// An upper-case place (letters, spaces, dots, apostrophes, hyphens), optionally ", Region" and
// ", Mon DD", then "(Outlet[ - date])" and an optional dash.
const DATELINE_RE =
  /^([A-Z][A-Z.'\u00C0-\u024F-]*(?: [A-Z][A-Z.'\u00C0-\u024F-]*){0,3})((?:, [A-Z][\w.]*(?: \d{1,2})?)*)\s*\(([^()\n]{2,80})\)\s*(?:[-\u2013\u2014]+\s*)?/u;
const DATE_TAIL_RE = /\s[-\u2013\u2014]\s.*\d{4}\s*$/u;

export function parseDateline(body: string): Dateline | null {
  const m = DATELINE_RE.exec(body);
  if (!m) return null;
  const place = titleCase(m[1] ?? '');
  const inner = (m[3] ?? '').trim();
  // "Outlet - 22nd September, 2022": the date part is the publication date again; keep the outlet.
  const outlet = inner.replace(DATE_TAIL_RE, '').trim() || null;
  return { place, outlet, length: m[0].length };
}

function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
