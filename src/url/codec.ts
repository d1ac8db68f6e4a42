/**
 * The view in the address bar (the public link format, documented in docs/URL.md):
 * `?actor=<id>&event=<id>&actors=<id>,<id>&match=any|all&affiliated=1&lanes=1&types=<type>,…&dated=text&key=1&asof=<day>&q=<text>&from=<bound>&to=<bound>&embed=1`.
 *
 * Parsing is forgiving: a malformed parameter drops only itself (and is reported in `problems`),
 * unknown parameters are skipped, so a damaged or old link still shows as much as it can. Type
 * names of dataset format version 1 (`meeting`, …) are read as their version-2 types.
 * Formatting is canonical (fixed order, defaults omitted), so format(parse(format(s))) is stable.
 */
import { EVENT_TYPES, LEGACY_EVENT_TYPES, type EventType } from '../model/dataset.ts';
import { NO_FILTERS, type ActorMatch, type EventFilters } from '../model/filter.ts';
import { isValidDay } from '../model/dates.ts';
import { boundToMs, NO_BOUNDS, type ViewBounds } from '../model/window.ts';
import type { LinkView } from '../store/store.ts';

/** The view a link holds: see LinkView (store/store.ts) for each field. */
export type UrlState = LinkView;

/** A parameter that was left out, with its value as written (shown to the person). */
export interface UrlProblem {
  param: string;
  value: string;
}

export const EMPTY_URL_STATE: UrlState = {
  actor: null,
  event: null,
  filters: NO_FILTERS,
  view: NO_BOUNDS,
  embed: false,
  lanes: false,
};

/** Every parameter, in the order a link writes them. */
export const URL_PARAMS = [
  'actor',
  'event',
  'actors',
  'match',
  'affiliated',
  'lanes',
  'types',
  'dated',
  'key',
  'asof',
  'q',
  'from',
  'to',
  'embed',
] as const;
type Param = (typeof URL_PARAMS)[number];

const MAX_ID_LENGTH = 200;
const MAX_QUERY_LENGTH = 500;

/** Ids are opaque slugs/hashes; refuse what no id looks like (blank, spaces, commas, huge). */
function isId(s: string): boolean {
  return s.length > 0 && s.length <= MAX_ID_LENGTH && !/[\s,\p{Cc}]/u.test(s);
}

/** A type of the link: a current type id, or a version-1 name mapped to its current type. */
function eventType(s: string): EventType | null {
  if ((EVENT_TYPES as readonly string[]).includes(s)) return s as EventType;
  return Object.hasOwn(LEGACY_EVENT_TYPES, s)
    ? LEGACY_EVENT_TYPES[s as keyof typeof LEGACY_EVENT_TYPES]
    : null;
}

/** A comma list whose items all read (`read` gives null for a bad one), deduplicated; else null. */
function parseList<T extends string>(raw: string, read: (s: string) => T | null): T[] | null {
  const items = raw.split(',').map(read);
  return items.every((t): t is T => t !== null) ? [...new Set(items)] : null;
}

export function parseUrlState(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const filters: EventFilters = { ...NO_FILTERS };
  const view: ViewBounds = { ...NO_BOUNDS };
  let actor: string | null = null;
  let event: string | null = null;
  let embed = false;
  let lanes = false;

  for (const name of URL_PARAMS) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const raw = values[0] ?? '';
    // A repeated parameter is ambiguous; an empty one just means "not set".
    if (values.length > 1) {
      problems.push({ param: name, value: values.join(', ') });
      continue;
    }
    if (raw === '') continue;
    if (!apply(name, raw)) problems.push({ param: name, value: raw });
  }

  function apply(name: Param, raw: string): boolean {
    switch (name) {
      case 'actor':
        if (!isId(raw)) return false;
        actor = raw;
        return true;
      case 'event':
        if (!isId(raw)) return false;
        event = raw;
        return true;
      case 'actors': {
        const ids = parseList(raw, (s) => (isId(s) ? s : null));
        if (!ids) return false;
        filters.actors = ids;
        return true;
      }
      case 'match':
        if (raw !== 'any' && raw !== 'all') return false;
        filters.match = raw satisfies ActorMatch;
        return true;
      case 'affiliated':
        if (raw !== '1' && raw !== '0') return false;
        filters.affiliated = raw === '1';
        return true;
      case 'lanes':
        if (raw !== '1' && raw !== '0') return false;
        lanes = raw === '1';
        return true;
      case 'types': {
        const types = parseList(raw, eventType);
        if (!types) return false;
        filters.types = types;
        return true;
      }
      case 'dated':
        // `text`: only events the text dates; `all` (the default) says so explicitly.
        if (raw !== 'text' && raw !== 'all') return false;
        filters.hidePublicationDated = raw === 'text';
        return true;
      case 'key':
        if (raw !== '1' && raw !== '0') return false;
        filters.keyOnly = raw === '1';
        return true;
      case 'asof':
        if (!isValidDay(raw)) return false;
        filters.asOf = raw;
        return true;
      case 'q':
        if (raw.length > MAX_QUERY_LENGTH) return false;
        filters.query = raw;
        return true;
      case 'from':
      case 'to':
        if (boundToMs(raw, name) === null) return false;
        view[name] = raw;
        return true;
      case 'embed':
        if (raw !== '1' && raw !== '0') return false;
        embed = raw === '1';
        return true;
    }
  }

  // An inverted window shows nothing; keep its start and drop the end the link got wrong.
  if (view.from !== null && view.to !== null) {
    if (boundToMs(view.to, 'to')! <= boundToMs(view.from, 'from')!) {
      problems.push({ param: 'to', value: view.to });
      view.to = null;
    }
  }
  if (actor !== null && !filters.actors.includes(actor))
    filters.actors = [actor, ...filters.actors];
  return { state: { actor, event, filters, view, embed, lanes }, problems };
}

/**
 * Encode a value for the query string, leaving `:` readable (actor ids are `kind:slug`, bounds
 * may have a time). Commas inside a value are encoded; the list separator is a literal comma.
 */
function enc(value: string): string {
  return encodeURIComponent(value).replace(/%3A/g, ':');
}

/** `?…` for the state, or '' when it is the default view. */
export function formatUrlState(state: UrlState): string {
  const { filters: f, view } = state;
  const parts: string[] = [];
  if (state.actor !== null) parts.push(`actor=${enc(state.actor)}`);
  if (state.event !== null) parts.push(`event=${enc(state.event)}`);
  // An actor's page filters by that actor: `actors=` is written only when it says more.
  const pageOnly = state.actor !== null && f.actors.length === 1 && f.actors[0] === state.actor;
  if (f.actors.length > 0 && !pageOnly) parts.push(`actors=${f.actors.map(enc).join(',')}`);
  if (f.match !== 'any') parts.push(`match=${f.match}`);
  if (f.affiliated) parts.push('affiliated=1');
  if (state.lanes) parts.push('lanes=1');
  if (f.types.length > 0) parts.push(`types=${f.types.join(',')}`);
  if (f.hidePublicationDated) parts.push('dated=text');
  if (f.keyOnly) parts.push('key=1');
  if (f.asOf !== null) parts.push(`asof=${f.asOf}`);
  if (f.query !== '') parts.push(`q=${enc(f.query)}`);
  if (view.from !== null) parts.push(`from=${enc(view.from)}`);
  if (view.to !== null) parts.push(`to=${enc(view.to)}`);
  if (state.embed) parts.push('embed=1');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
