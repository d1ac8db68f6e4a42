/**
 * A quick structural check of a dataset.json received at run time, so the app can say what is
 * wrong instead of failing somewhere in rendering. It checks the version and the fields the views
 * rely on; it is not a full validator (see dataset.ts for the format).
 */
import { DATASET_VERSION, PRECISIONS, type Dataset } from './dataset.ts';
import { isValidDay } from './dates.ts';

/** A dataset that cannot be used; `message` is written for the person running the app. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first index whose item fails `ok`, or -1. */
function firstBad(items: unknown[], ok: (item: Record<string, unknown>) => boolean): number {
  return items.findIndex((item) => !isObject(item) || !ok(item));
}

const isString = (v: unknown): v is string => typeof v === 'string';

export function checkDataset(json: unknown): Dataset {
  if (!isObject(json)) throw new DatasetError('dataset.json does not contain a JSON object.');
  if (json.version !== DATASET_VERSION) {
    throw new DatasetError(
      `dataset.json has format version ${JSON.stringify(json.version)}, but this app reads version ${DATASET_VERSION}.`,
    );
  }
  for (const key of ['articles', 'actors', 'events'] as const) {
    if (!Array.isArray(json[key])) throw new DatasetError(`dataset.json has no "${key}" list.`);
  }
  if (!isObject(json.redirects)) throw new DatasetError('dataset.json has no "redirects" object.');

  const { articles, actors, events } = json as { articles: unknown[]; actors: unknown[]; events: unknown[] };
  const badArticle = firstBad(articles, (a) => isString(a.id) && isString(a.title) && isValidDay(String(a.published)));
  if (badArticle >= 0) throw new DatasetError(`dataset.json: article #${badArticle + 1} is malformed.`);
  const badActor = firstBad(actors, (a) => isString(a.id) && isString(a.name) && isString(a.kind));
  if (badActor >= 0) throw new DatasetError(`dataset.json: actor #${badActor + 1} is malformed.`);
  const badEvent = firstBad(
    events,
    (e) =>
      isString(e.id) &&
      isString(e.title) &&
      isString(e.type) &&
      isValidDay(String(e.start)) &&
      isValidDay(String(e.end)) &&
      (PRECISIONS as readonly unknown[]).includes(e.precision) &&
      Array.isArray(e.actors) &&
      Array.isArray(e.sources) &&
      firstBad(e.sources, (s) => isString(s.article) && isString(s.sentence) && Array.isArray(s.mentions)) < 0,
  );
  if (badEvent >= 0) throw new DatasetError(`dataset.json: event #${badEvent + 1} is malformed.`);
  return json as unknown as Dataset;
}
