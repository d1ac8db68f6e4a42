/**
 * A dependency-free check of a dataset against the format in dataset.ts, for the browser (the
 * pipeline uses the zod schema in validate.ts; check-dataset.test.ts keeps the two in agreement).
 * Same rules, same wording: the first problems with their path, then cross-references.
 */
import {
  ACTOR_KINDS,
  DATASET_VERSION,
  DATE_BASES,
  EVENT_TYPES,
  MODALITIES,
  PRECISIONS,
  type Dataset,
} from './dataset.ts';
import { checkReferences, MAX_VALIDATION_ERRORS } from './references.ts';
import type { ValidationResult } from './validation-result.ts';

const DAY_RE = /^-?\d{4}-\d{2}-\d{2}$/;

export type Obj = Record<string, unknown>;

/** Collects problems; stops looking once there are enough to report. */
export class Checker {
  errors: string[] = [];

  get full(): boolean {
    return this.errors.length >= MAX_VALIDATION_ERRORS;
  }

  fail(path: string, message: string): false {
    if (!this.full) this.errors.push(`${path || '(root)'}: ${message}`);
    return false;
  }

  object(v: unknown, path: string): v is Obj {
    return (
      (typeof v === 'object' && v !== null && !Array.isArray(v)) ||
      this.fail(path, 'expected object')
    );
  }

  array(v: unknown, path: string): v is unknown[] {
    return Array.isArray(v) || this.fail(path, 'expected array');
  }

  string(v: unknown, path: string, minLength = 0): v is string {
    if (typeof v !== 'string') return this.fail(path, 'expected string');
    return v.length >= minLength || this.fail(path, `expected at least ${minLength} characters`);
  }

  nullableString(v: unknown, path: string): boolean {
    return v === null || this.string(v, path);
  }

  day(v: unknown, path: string): boolean {
    return this.string(v, path) && (DAY_RE.test(v) || this.fail(path, 'expected YYYY-MM-DD'));
  }

  offset(v: unknown, path: string): boolean {
    return (
      (typeof v === 'number' && Number.isInteger(v) && v >= 0) ||
      this.fail(path, 'expected a non-negative integer')
    );
  }

  /** A number in [0, 1]. */
  fraction(v: unknown, path: string): boolean {
    return (
      (typeof v === 'number' && v >= 0 && v <= 1) ||
      this.fail(path, 'expected a number from 0 to 1')
    );
  }

  oneOf(v: unknown, options: readonly string[], path: string): boolean {
    return (
      (typeof v === 'string' && options.includes(v)) ||
      this.fail(path, `expected one of ${options.join(', ')}`)
    );
  }

  /** Each item of an array field, with its path, while there is room for more errors. */
  each(o: Obj, key: string, path: string, check: (item: unknown, path: string) => void): void {
    const list = o[key];
    const at = path ? `${path}.${key}` : key;
    if (!this.array(list, at)) return;
    for (let i = 0; i < list.length && !this.full; i++) check(list[i], `${at}.${i}`);
  }
}

export function checkArticle(c: Checker, v: unknown, p: string): void {
  if (!c.object(v, p)) return;
  c.string(v.id, `${p}.id`, 1);
  c.string(v.path, `${p}.path`);
  c.string(v.title, `${p}.title`);
  c.day(v.published, `${p}.published`);
  if (v.publishedFrom !== undefined) c.string(v.publishedFrom, `${p}.publishedFrom`);
  c.nullableString(v.outlet, `${p}.outlet`);
  c.nullableString(v.place, `${p}.place`);
  if (v.url !== null && c.string(v.url, `${p}.url`) && !/^https?:\/\//.test(v.url)) {
    c.fail(`${p}.url`, 'only http(s) links');
  }
}

export function checkActor(c: Checker, v: unknown, p: string): void {
  if (!c.object(v, p)) return;
  c.string(v.id, `${p}.id`, 1);
  c.string(v.name, `${p}.name`, 1);
  c.oneOf(v.kind, ACTOR_KINDS, `${p}.kind`);
  c.each(v, 'aliases', p, (a, ap) => c.string(a, ap));
  c.each(v, 'affiliations', p, (a, ap) => {
    if (!c.object(a, ap)) return;
    c.string(a.actor, `${ap}.actor`);
    c.nullableString(a.role, `${ap}.role`);
  });
  c.offset(v.eventCount, `${p}.eventCount`);
}

function checkSpan(c: Checker, v: Obj, p: string): void {
  c.offset(v.start, `${p}.start`);
  c.offset(v.end, `${p}.end`);
}

function checkSource(c: Checker, v: unknown, p: string): void {
  if (!c.object(v, p)) return;
  checkSpan(c, v, p);
  c.string(v.article, `${p}.article`);
  c.string(v.sentence, `${p}.sentence`);
  if (v.timex !== null && c.object(v.timex, `${p}.timex`)) {
    checkSpan(c, v.timex, `${p}.timex`);
    c.string(v.timex.text, `${p}.timex.text`);
    c.string(v.timex.value, `${p}.timex.value`);
  }
  if (v.trigger !== null && c.object(v.trigger, `${p}.trigger`)) {
    checkSpan(c, v.trigger, `${p}.trigger`);
    c.string(v.trigger.text, `${p}.trigger.text`);
  }
  c.each(v, 'mentions', p, (m, mp) => {
    if (!c.object(m, mp)) return;
    checkSpan(c, m, mp);
    c.nullableString(m.actor, `${mp}.actor`);
  });
  if (v.origin !== undefined) checkOrigin(c, v.origin, `${p}.origin`);
}

const ORIGIN_KEYS = ['line', 'page', 'paragraph'];

/** A SourceOrigin: one key of ORIGIN_KEYS, a positive integer. */
function checkOrigin(c: Checker, v: unknown, p: string): void {
  if (!c.object(v, p)) return;
  const keys = Object.keys(v);
  if (keys.length !== 1 || !ORIGIN_KEYS.includes(keys[0]!)) {
    c.fail(p, `expected exactly one of ${ORIGIN_KEYS.join(', ')}`);
    return;
  }
  const n = v[keys[0]!];
  if (!(typeof n === 'number' && Number.isInteger(n) && n >= 1))
    c.fail(`${p}.${keys[0]}`, 'expected a positive integer');
}

export function checkEvent(c: Checker, v: unknown, p: string): void {
  if (!c.object(v, p)) return;
  c.string(v.id, `${p}.id`, 1);
  c.string(v.date, `${p}.date`, 4);
  c.day(v.start, `${p}.start`);
  c.day(v.end, `${p}.end`);
  c.oneOf(v.precision, PRECISIONS, `${p}.precision`);
  c.string(v.title, `${p}.title`);
  c.oneOf(v.type, EVENT_TYPES, `${p}.type`);
  c.each(v, 'actors', p, (a, ap) => c.string(a, ap));
  if (typeof v.future !== 'boolean') c.fail(`${p}.future`, 'expected boolean');
  c.oneOf(v.dateBasis, DATE_BASES, `${p}.dateBasis`);
  c.oneOf(v.modality, MODALITIES, `${p}.modality`);
  if (v.merge !== null && c.object(v.merge, `${p}.merge`)) {
    c.fraction(v.merge.score, `${p}.merge.score`);
    c.each(v.merge, 'reasons', `${p}.merge`, (r, rp) => c.string(r, rp));
  }
  if (
    v.importance !== undefined &&
    !(
      typeof v.importance === 'number' &&
      Number.isInteger(v.importance) &&
      v.importance >= 0 &&
      v.importance <= 100
    )
  ) {
    c.fail(`${p}.importance`, 'expected an integer from 0 to 100');
  }
  c.each(v, 'sources', p, (s, sp) => checkSource(c, s, sp));
  if (Array.isArray(v.sources) && v.sources.length === 0) {
    c.fail(`${p}.sources`, 'expected at least one source');
  }
}

/** The shape of every record, then the cross-references (as validateDataset does). */
export function checkDataset(value: unknown): ValidationResult {
  const c = new Checker();
  if (!c.object(value, '')) return { ok: false, errors: c.errors };
  if (value.version !== DATASET_VERSION) c.fail('version', `expected ${DATASET_VERSION}`);
  c.string(value.generator, 'generator');
  c.each(value, 'articles', '', (v, p) => checkArticle(c, v, p));
  c.each(value, 'actors', '', (v, p) => checkActor(c, v, p));
  c.each(value, 'events', '', (v, p) => checkEvent(c, v, p));
  if (c.object(value.redirects, 'redirects')) {
    for (const [from, to] of Object.entries(value.redirects)) c.string(to, `redirects.${from}`);
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };

  return checkReferences(value as unknown as Dataset);
}
