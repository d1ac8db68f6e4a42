/**
 * Options several commands share (build, watch, map, reduce, cluster …): their parseArgs specs
 * and the readers that turn their values into limits, guard and numbers. A bad value goes to the
 * command's own `fail`, which prints that command's usage.
 */
import type { ReadLimits } from '../read/walk.ts';
import { DEFAULT_LIMITS } from '../read/walk.ts';
import type { FormatOptions } from '../read/readers/types.ts';
import { DEFAULT_GUARD } from '../write/guard.ts';
import { formatOptions } from './format-options.ts';

/** parseArgs specs of the reading limits, the publish guard and the common flags. */
export const SHARED_OPTIONS = {
  out: { type: 'string' },
  actors: { type: 'string' },
  quiet: { type: 'boolean' },
  jobs: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'max-file-mb': { type: 'string' },
  'max-files': { type: 'string' },
  'date-order': { type: 'string' },
  columns: { type: 'string' },
  'max-loss': { type: 'string' },
  strict: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface SharedValues {
  'max-file-mb'?: string | undefined;
  'max-files'?: string | undefined;
  'date-order'?: string | undefined;
  columns?: string | undefined;
  'max-loss'?: string | undefined;
  strict?: boolean | undefined;
}

export interface OptionReaders {
  /** A number option, or the default; anything else is a usage error. */
  number: (value: string | undefined, name: string, fallback: number, min: number) => number;
  /** `{ formats }` for ReadLimits when --date-order or --columns is given, else nothing. */
  formats: (values: SharedValues) => { formats?: FormatOptions };
  /** --max-file-mb, --max-files and the formats. */
  limits: (values: SharedValues) => ReadLimits;
  /** --max-loss (percent) and --strict. */
  guard: (values: SharedValues) => { maxLoss: number; strict: boolean };
}

export function optionReaders(fail: (message: string) => never): OptionReaders {
  const number: OptionReaders['number'] = (value, name, fallback, min) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!(Number.isFinite(n) && n >= min))
      fail(`--${name} needs a number ≥ ${min}, not "${value}"`);
    return n;
  };
  const formats: OptionReaders['formats'] = (values) => {
    const parsed = formatOptions(values['date-order'], values.columns);
    if (!parsed.ok) fail(parsed.error);
    return parsed.options ? { formats: parsed.options } : {};
  };
  return {
    number,
    formats,
    limits: (values) => ({
      maxFileBytes:
        number(values['max-file-mb'], 'max-file-mb', DEFAULT_LIMITS.maxFileBytes / 1024 / 1024, 0) *
        1024 *
        1024,
      maxFiles: number(values['max-files'], 'max-files', DEFAULT_LIMITS.maxFiles, 1),
      ...formats(values),
    }),
    guard: (values) => ({
      maxLoss: number(values['max-loss'], 'max-loss', DEFAULT_GUARD.maxLoss * 100, 0) / 100,
      strict: values.strict ?? false,
    }),
  };
}
