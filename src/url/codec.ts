/**
 * The view in the address bar:
 * `?event=<id>&actors=<id>,<id>&match=any|all&types=<type>,…&q=<text>&from=YYYY-MM-DD&to=YYYY-MM-DD`.
 *
 * Parsing is forgiving: a malformed parameter drops only itself (and is reported in `ignored`),
 * unknown parameters are skipped, so a damaged or old link still shows as much as it can.
 * Formatting is canonical (fixed order, defaults omitted), so format(parse(format(s))) is stable.
 */
import { EVENT_TYPES, type EventType } from '../model/dataset.ts';
import { isValidDay } from '../model/dates.ts';
import { NO_FILTERS, type ActorMatch, type EventFilters } from '../model/filter.ts';

export interface UrlState {
  /** Selected event id, as written in the link (it may not exist in the dataset). */
  event: string | null;
  filters: EventFilters;
}

export const EMPTY_URL_STATE: UrlState = { event: null, filters: NO_FILTERS };

const PARAMS = ['event', 'actors', 'match', 'types', 'q', 'from', 'to'] as const;
type Param = (typeof PARAMS)[number];

const MAX_ID_LENGTH = 200;
const MAX_QUERY_LENGTH = 500;

/** Ids are opaque slugs/hashes; refuse what no id looks like (blank, spaces, commas, huge). */
function isId(s: string): boolean {
  return s.length > 0 && s.length <= MAX_ID_LENGTH && !/[\s,\p{Cc}]/u.test(s);
}

function isEventType(s: string): s is EventType {
  return (EVENT_TYPES as readonly string[]).includes(s);
}

/** A comma list whose items all pass `ok`, deduplicated; null if any item fails. */
function parseList<T extends string>(raw: string, ok: (s: string) => s is T): T[] | null {
  const items = raw.split(',');
  return items.every(ok) ? [...new Set(items)] : null;
}

export function parseUrlState(search: string): { state: UrlState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const filters: EventFilters = { ...NO_FILTERS };
  let event: string | null = null;

  for (const name of PARAMS) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const raw = values[0] ?? '';
    // A repeated parameter is ambiguous; an empty one just means "not set".
    if (values.length > 1) {
      ignored.push(name);
      continue;
    }
    if (raw === '') continue;
    if (!apply(name, raw)) ignored.push(name);
  }

  function apply(name: Param, raw: string): boolean {
    switch (name) {
      case 'event':
        if (!isId(raw)) return false;
        event = raw;
        return true;
      case 'actors': {
        const ids = parseList(raw, (s): s is string => isId(s));
        if (!ids) return false;
        filters.actors = ids;
        return true;
      }
      case 'match':
        if (raw !== 'any' && raw !== 'all') return false;
        filters.match = raw satisfies ActorMatch;
        return true;
      case 'types': {
        const types = parseList(raw, isEventType);
        if (!types) return false;
        filters.types = types;
        return true;
      }
      case 'q':
        if (raw.length > MAX_QUERY_LENGTH) return false;
        filters.query = raw;
        return true;
      case 'from':
      case 'to':
        if (!isValidDay(raw)) return false;
        filters[name] = raw;
        return true;
    }
  }

  // An inverted window shows nothing; keep its start and drop the end the link got wrong.
  if (filters.from !== null && filters.to !== null && filters.to < filters.from) {
    filters.to = null;
    ignored.push('to');
  }
  return { state: { event, filters }, ignored };
}

/**
 * Encode a value for the query string, leaving `:` readable (actor ids are `kind:slug`).
 * Commas inside a value are encoded; the list separator is a literal comma.
 */
function enc(value: string): string {
  return encodeURIComponent(value).replace(/%3A/g, ':');
}

/** `?…` for the state, or '' when it is the default view. */
export function formatUrlState(state: UrlState): string {
  const { filters: f } = state;
  const parts: string[] = [];
  if (state.event !== null) parts.push(`event=${enc(state.event)}`);
  if (f.actors.length > 0) parts.push(`actors=${f.actors.map(enc).join(',')}`);
  if (f.match !== 'any') parts.push(`match=${f.match}`);
  if (f.types.length > 0) parts.push(`types=${f.types.join(',')}`);
  if (f.query !== '') parts.push(`q=${enc(f.query)}`);
  if (f.from !== null) parts.push(`from=${f.from}`);
  if (f.to !== null) parts.push(`to=${f.to}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
