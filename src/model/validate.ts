/**
 * Runtime check of a dataset against the format in dataset.ts: the pipeline validates what it
 * writes, and the app what it loads, each reporting the first problems in words.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  DATASET_VERSION,
  DATE_BASES,
  EVENT_TYPES,
  MODALITIES,
  PRECISIONS,
  type Dataset,
} from './dataset.ts';
import { checkDataset } from './check-dataset.ts';
import { checkReferences, MAX_VALIDATION_ERRORS } from './references.ts';
import type { ValidationResult } from './validation-result.ts';

export const DaySchema = z.string().regex(/^-?\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const place = z.number().int().positive();
/** A SourceOrigin (dataset.ts): exactly one of line, page, paragraph. */
const OriginSchema = z.union([
  z.strictObject({ line: place }),
  z.strictObject({ page: place }),
  z.strictObject({ paragraph: place }),
]);

/** An ArticleRecord (dataset.ts). */
export const ArticleSchema = z.object({
  id: z.string().min(1),
  path: z.string(),
  title: z.string(),
  published: DaySchema,
  publishedFrom: z.string().optional(),
  outlet: z.string().nullable(),
  place: z.string().nullable(),
  url: z
    .string()
    .regex(/^https?:\/\//, 'only http(s) links')
    .nullable(),
});

/** An ActorRecord (dataset.ts). */
export const ActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string()),
  affiliations: z.array(z.object({ actor: z.string(), role: z.string().nullable() })),
  eventCount: z.number().int().nonnegative(),
});

/** An EventRecord (dataset.ts). */
export const EventSchema = z.object({
  id: z.string().min(1),
  date: z.string().min(4),
  start: DaySchema,
  end: DaySchema,
  precision: z.enum(PRECISIONS),
  title: z.string(),
  type: z.enum(EVENT_TYPES),
  actors: z.array(z.string()),
  future: z.boolean(),
  dateBasis: z.enum(DATE_BASES),
  modality: z.enum(MODALITIES),
  merge: z.object({ score: z.number().min(0).max(1), reasons: z.array(z.string()) }).nullable(),
  importance: z.number().int().min(0).max(100).optional(),
  sources: z
    .array(
      span.extend({
        article: z.string(),
        sentence: z.string(),
        timex: span.extend({ text: z.string(), value: z.string() }).nullable(),
        trigger: span.extend({ text: z.string() }).nullable(),
        mentions: z.array(span.extend({ actor: z.string().nullable() })),
        origin: OriginSchema.optional(),
      }),
    )
    .min(1),
});

const DatasetSchema = z.object({
  version: z.literal(DATASET_VERSION),
  generator: z.string(),
  articles: z.array(ArticleSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  redirects: z.record(z.string(), z.string()),
});

export type { ValidationResult } from './validation-result.ts';

/**
 * Shape plus cross-references: every event's actors and sources point at listed records.
 * A valid dataset is recognised by the dependency-free check (check-dataset.ts: the same rules,
 * kept in agreement with this schema by check-dataset.test.ts), several times faster than zod,
 * and returned as it is; anything it rejects goes through the schema, whose words are reported.
 */
export function validateDataset(value: unknown): ValidationResult {
  const quick = checkDataset(value);
  return quick.ok ? quick : validateDatasetSchema(value);
}

/** validateDataset by the zod schema alone (its words for every problem). */
export function validateDatasetSchema(value: unknown): ValidationResult {
  const parsed = DatasetSchema.safeParse(value);
  if (!parsed.success) {
    const errors = parsed.error.issues
      .slice(0, MAX_VALIDATION_ERRORS)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, errors };
  }
  return checkReferences(parsed.data as Dataset);
}
