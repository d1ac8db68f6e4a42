/**
 * The cross-reference check shared by both dataset validators (validate.ts with zod for the
 * pipeline, check-dataset.ts without for the browser), run once a dataset has the right shape.
 */
import type { Dataset } from './dataset.ts';
import type { ValidationResult } from './validation-result.ts';

/** How many problems a validator reports at most. */
export const MAX_VALIDATION_ERRORS = 5;

/** Every event's actors and sources point at listed records, every redirect at an event. */
export function checkReferences(data: Dataset): ValidationResult {
  const errors: string[] = [];
  const actorIds = new Set(data.actors.map((a) => a.id));
  const articleIds = new Set(data.articles.map((a) => a.id));
  const eventIds = new Set(data.events.map((e) => e.id));
  for (const e of data.events) {
    if (e.start > e.end) errors.push(`event ${e.id}: start ${e.start} is after end ${e.end}`);
    for (const a of e.actors)
      if (!actorIds.has(a)) errors.push(`event ${e.id}: unknown actor ${a}`);
    for (const s of e.sources)
      if (!articleIds.has(s.article)) errors.push(`event ${e.id}: unknown article ${s.article}`);
  }
  for (const [from, to] of Object.entries(data.redirects))
    if (!eventIds.has(to)) errors.push(`redirect ${from} → ${to}: no such event`);
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_VALIDATION_ERRORS) }
    : { ok: true, dataset: data };
}
