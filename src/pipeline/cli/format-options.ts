/** `--date-order dmy|mdy|ymd` and `--columns field=Header,…` as the readers' FormatOptions, or a usage error. */
import { DATE_ORDERS, type DateOrder } from '../read/published.ts';
import { CSV_FIELDS, type CsvField, type FormatOptions } from '../read/readers/types.ts';

export function formatOptions(dateOrder: string | undefined, columns: string | undefined): { ok: true; options: FormatOptions | undefined } | { ok: false; error: string } {
  const options: FormatOptions = {};
  if (dateOrder !== undefined) {
    const order = dateOrder.trim().toLowerCase();
    if (!DATE_ORDERS.includes(order as DateOrder)) return { ok: false, error: `--date-order needs dmy, mdy or ymd, not "${dateOrder}"` };
    options.dateOrder = order as DateOrder;
  }
  if (columns !== undefined) {
    const chosen: Partial<Record<CsvField, string>> = {};
    for (const pair of columns.split(',')) {
      const eq = pair.indexOf('=');
      const field = pair.slice(0, eq).trim().toLowerCase() as CsvField;
      const header = pair.slice(eq + 1).trim();
      if (eq === -1 || !header) return { ok: false, error: `--columns needs field=Header pairs separated by commas, not "${pair}"` };
      if (!CSV_FIELDS.includes(field)) return { ok: false, error: `--columns: unknown field "${field}" (${CSV_FIELDS.join(', ')})` };
      chosen[field] = header;
    }
    // Fields in a fixed order: the options are part of each file's stamp and cache key.
    options.columns = Object.fromEntries(CSV_FIELDS.filter((f) => chosen[f] !== undefined).map((f) => [f, chosen[f]]));
  }
  return { ok: true, options: Object.keys(options).length ? options : undefined };
}
