import { today } from '../data/record-dates.ts';

/** The earliest day the timeline reaches: before the first crossing (罗湖, 1950), with room to spare. */
export const EARLIEST_AS_OF = '1900-01-01';

/**
 * A link's `asof`: a real calendar day from 1900 to today. Anything else is dropped (the link then
 * shows today) and named in the notice, so a typo never shows a date the reader did not ask for.
 */
export function parseAsOf(raw: string, now: Date = new Date()): string | null {
  // Stryker disable next-line Regex: the round trip through Date below turns away anything else too; the pattern spares building a Date for it.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const day = new Date(`${raw}T00:00:00Z`);
  // Date rolls 2021-02-30 over to March: a day that does not exist comes back different.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== raw) return null;
  if (raw < EARLIEST_AS_OF || raw > today(now)) return null;
  return raw;
}

/** The day a state shows: its `asof`, or today. */
export function asOfDay(asof: string | null, now: Date = new Date()): string {
  return asof ?? today(now);
}
