/** The report's range of UTC calendar days, checked: real days, in order, at most a year long. */
import { problems } from '../../../src/errors.ts';

/** The longest range, in days after `from`: 366 days in all, a leap year. */
export const MAX_DAYS_AFTER_FROM = 365;
const DAY_MS = 86_400_000;

/** Midnight UTC of a `YYYY-MM-DD` day, or undefined for a day the calendar lacks (2026-02-30). */
function dayStart(day: string): number | undefined {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) return undefined;
  const start = Date.UTC(year, month - 1, date);
  return new Date(start).toISOString().startsWith(day) ? start : undefined;
}

/** `from` and the day after `to` (the range's exclusive end), or a 422 naming the field. */
export function dayRange(from: string, to: string): { from: string; until: string } {
  const start = dayStart(from);
  if (start === undefined) throw problems.invalidField('from', 'must be a day of the calendar');
  const end = dayStart(to);
  if (end === undefined) throw problems.invalidField('to', 'must be a day of the calendar');
  if (end < start) throw problems.invalidField('to', `must not be before from (${from})`);
  if (end - start > MAX_DAYS_AFTER_FROM * DAY_MS) {
    throw problems.invalidField(
      'to',
      `must be at most ${MAX_DAYS_AFTER_FROM} days after from (${from}): ask for one year at a time`,
    );
  }
  return { from, until: new Date(end + DAY_MS).toISOString().slice(0, 10) };
}
