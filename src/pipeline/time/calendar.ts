/**
 * News-aware calendar reasoning: which year an underspecified date falls in, which Wednesday
 * "on Wednesday" means, and TIMEX values for units shifted from a reference day.
 */
import { addDays, addMonths, daysBetween, isoWeekOf, weekdayOf } from '../../model/dates.ts';
import type { ResolveContext } from './types.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');
export const dayValue = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;
export const monthValue = (y: number, m: number): string => `${y}-${pad2(m)}`;

/**
 * The year of "September 1" or "in March" written without one. News mostly reports the past, so
 * the date falls in the year before the reference unless the clause is about the future; a date
 * up to two weeks ahead (or, in future clauses, two weeks back) still counts as near.
 */
export function inferYear(month: number, day: number | null, ctx: ResolveContext): number {
  if (day !== null) return inferYearOf((y) => safeDay(y, month, day), ctx);
  const refYear = Number(ctx.dct.slice(0, 4));
  return pickYear(
    [refYear - 1, refYear, refYear + 1].map((y) => ({ y, offset: monthOffset(ctx.dct, y, month) })),
    ctx,
    false,
  );
}

/** The same for a yearly day that moves (Thanksgiving, Easter): `dayIn(year)` gives the day. */
export function inferYearOf(dayIn: (year: number) => string, ctx: ResolveContext): number {
  const refYear = Number(ctx.dct.slice(0, 4));
  return pickYear(
    [refYear - 1, refYear, refYear + 1].map((y) => ({ y, offset: daysBetween(ctx.dct, dayIn(y)) })),
    ctx,
    true,
  );
}

/** Offsets are in days for a full date, in months for a month. */
function pickYear(candidates: { y: number; offset: number }[], ctx: ResolveContext, isDay: boolean): number {
  // Without any tense cue: the past occurrence, unless the coming one is close (within two
  // months, or 120 days for a full date: deadlines and schedules); a past clause takes the latest
  // one not after the reference, a future clause the next one.
  const near = isDay ? 14 : 0;
  if (!ctx.future && !ctx.past) {
    const soon = candidates.find((c) => c.offset > 0 && c.offset <= (isDay ? 120 : 2));
    const latest = [...candidates].reverse().find((c) => c.offset <= 0);
    return (soon ?? latest ?? candidates[1]!).y;
  }
  const pick = ctx.future
    ? candidates.find((c) => c.offset >= -near)
    : [...candidates].reverse().find((c) => c.offset <= near);
  return (pick ?? candidates[1]!).y;
}

function monthOffset(ref: string, year: number, month: number): number {
  return (year - Number(ref.slice(0, 4))) * 12 + (month - Number(ref.slice(5, 7)));
}

/** A day that exists (Feb 29 in a non-leap year becomes Feb 28) for distance comparisons. */
function safeDay(y: number, m: number, d: number): string {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return dayValue(y, m, Math.min(d, last));
}

export type Modifier = 'last' | 'this' | 'next' | null;

/**
 * The day a weekday names. Bare weekdays lean to the past (the same weekday as the reference is
 * the reference day itself); future clauses and "next" look forward; "last" is strictly before.
 */
export function resolveWeekday(weekday: number, ctx: ResolveContext, modifier: Modifier, ref = ctx.dct): string {
  const refWeekday = weekdayOf(ref);
  const back = (refWeekday - weekday + 7) % 7; // 0..6 days back to the weekday
  const ahead = (weekday - refWeekday + 7) % 7;
  if (modifier === 'last') return addDays(ref, -(back === 0 ? 7 : back));
  if (modifier === 'next') return addDays(ref, ahead === 0 ? 7 : ahead);
  if (modifier === 'this') return ctx.future || ahead <= back ? addDays(ref, ahead) : addDays(ref, -back);
  if (ctx.future && !ctx.past) return addDays(ref, ahead); // same weekday as the reference: that day
  return addDays(ref, -back);
}

export type Unit = 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'H' | 'MI' | 'Q';

/** TIMEX value of the unit containing `day` shifted by n units ("last week" = W, -1). */
export function shiftedValue(day: string, unit: Unit, n: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  switch (unit) {
    case 'D':
    case 'H':
    case 'MI':
      return addDays(day, Math.round(n));
    case 'W': {
      const { year, week } = isoWeekOf(addDays(day, Math.round(n * 7)));
      return `${year}-W${pad2(week)}`;
    }
    case 'M': {
      const t = addMonths(y, m, Math.round(n));
      return monthValue(t.year, t.month);
    }
    case 'Q': {
      const t = addMonths(y, m, Math.round(n * 3));
      return `${t.year}-Q${Math.floor((t.month - 1) / 3) + 1}`;
    }
    case 'Y':
      return String(y + Math.round(n));
    case 'DE':
      return String(Math.floor(y / 10) + Math.round(n)).padStart(3, '0');
    case 'CE':
      return String(Math.floor(y / 100) + Math.round(n)).padStart(2, '0');
  }
}

