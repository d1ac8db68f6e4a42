/**
 * Reading files of an earlier format version: a version-1, 2 or 3 dataset, manifest or event
 * chunk is converted to the current version before it is checked, so a build made before the upgrade keeps
 * working until it is rebuilt. Any other version (a newer one, or none) is refused with a message
 * saying what was found and what to do. The conversion does not check anything: the validators
 * run on what it returns, and report problems with the same paths as for a current file.
 */
import { DATASET_VERSION, EVENT_TYPES, LEGACY_EVENT_TYPES, type EventType } from './dataset.ts';
import { MANIFEST_VERSION } from './manifest.ts';

/** Which kind of file: each has its own current version. */
export type FormatFile = 'dataset' | 'manifest' | 'chunk';

export type Upgraded = { ok: true; value: unknown } | { ok: false; error: string };

const CURRENT: Record<FormatFile, number> = {
  dataset: DATASET_VERSION,
  manifest: MANIFEST_VERSION,
  chunk: MANIFEST_VERSION,
};

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A version-1 type name as its version-2 type; anything else unchanged (the validator names it). */
export function upgradeType(type: unknown): unknown {
  return typeof type === 'string' && Object.hasOwn(LEGACY_EVENT_TYPES, type)
    ? LEGACY_EVENT_TYPES[type as keyof typeof LEGACY_EVENT_TYPES]
    : type;
}

/**
 * A version-1 event as version 2. Version 1 made events only from dates in their clause, written
 * out or relative ("on Wednesday"); which of the two it did not record, so every date counts as
 * `explicit`. A date after publication was all it knew of modality: `future`, else `asserted`.
 * It recorded neither triggers nor merge evidence.
 */
function upgradeEvent(e: unknown): unknown {
  if (!isObject(e)) return e;
  return {
    ...e,
    type: upgradeType(e.type),
    dateBasis: 'explicit',
    modality: e.future === true ? 'future' : 'asserted',
    merge: null,
    sources: Array.isArray(e.sources)
      ? e.sources.map((s) => (isObject(s) ? { ...s, trigger: null } : s))
      : e.sources,
  };
}

const upgradeEvents = (events: unknown): unknown =>
  Array.isArray(events) ? events.map(upgradeEvent) : events;

/** The overview's per-type counts regrouped under the version-2 types (several old ones may join). */
function upgradeOverview(overview: unknown): unknown {
  if (!isObject(overview) || !Array.isArray(overview.types) || !Array.isArray(overview.bins))
    return overview;
  const target = overview.types.map((t) => EVENT_TYPES.indexOf(upgradeType(t) as EventType));
  if (target.some((i) => i < 0)) return overview;
  return {
    ...overview,
    types: [...EVENT_TYPES],
    bins: overview.bins.map((b) => {
      if (!isObject(b) || !Array.isArray(b.types)) return b;
      const counts = EVENT_TYPES.map(() => 0);
      b.types.forEach((n, i) => {
        if (typeof n === 'number' && i < target.length) counts[target[i]!]! += n;
      });
      return { ...b, types: counts };
    }),
  };
}

const FROM_V1: Record<FormatFile, (v: Obj) => Obj> = {
  dataset: (d) => ({ ...d, version: DATASET_VERSION, events: upgradeEvents(d.events) }),
  chunk: (c) => ({ ...c, version: MANIFEST_VERSION, events: upgradeEvents(c.events) }),
  manifest: (m) => ({ ...m, version: MANIFEST_VERSION, overview: upgradeOverview(m.overview) }),
};

/**
 * The parsed JSON of a `kind` file at the current version: as it is when it is current, converted
 * when it is version 1, 2 or 3, else an error message for the person running the app (`name` is the file
 * as they know it, `data/dataset.json`).
 */
export function upgradeFormat(json: unknown, kind: FormatFile, name: string): Upgraded {
  const current = CURRENT[kind];
  const version = isObject(json) ? json.version : undefined;
  if (version === current) return { ok: true, value: json };
  if (version === 1 && isObject(json)) return { ok: true, value: FROM_V1[kind](json) };
  // Versions 3 and 4 only added actor kinds (and affiliation roles): a version-2 or 3 file reads as it is.
  if ((version === 2 || version === 3) && isObject(json))
    return { ok: true, value: { ...json, version: current } };
  const found =
    version === undefined
      ? 'has no format version'
      : `has format version ${JSON.stringify(version)}`;
  return {
    ok: false,
    error: `${name} ${found}, but this app reads version ${current} (and converts versions 1 to 3). Rebuild it with npm run build:data.`,
  };
}
