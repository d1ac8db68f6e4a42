/**
 * What a dataset check gives: the dataset, typed, or the problems found. Its own module so that
 * the checks (validate.ts, check-dataset.ts, references.ts) share it without importing each other
 * both ways.
 */
import type { Dataset } from './dataset.ts';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };
