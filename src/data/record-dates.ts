/**
 * Dates in the record: ISO `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where a source gives no more. Two dates are
 * compared on the part both state, so `2025-08` neither precedes nor follows `2025-08-27`: a month-only
 * source never contradicts a day-exact one.
 */
export type RecordDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

import type { StatusEntry } from './types.ts';

/** A date a source could not give: stated explicitly, never left blank. */
export const UNKNOWN = 'unknown';
export type RecordDateOrUnknown = RecordDate | typeof UNKNOWN;

const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isRecordDate(value: unknown): value is RecordDate {
  return typeof value === 'string' && DATE_PATTERN.test(value);
}

/** -1, 0 or 1 as `a` is before, agrees with (same on their common precision) or after `b`. */
export function compareRecordDates(a: string, b: string): -1 | 0 | 1 {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Today in UTC as YYYY-MM-DD: the limit no recorded date may pass. */
export function today(now: Date = new Date()): RecordDate {
  return now.toISOString().slice(0, 10) as RecordDate;
}

/** The entry that holds now: the last of a project's history (geodata:check keeps `status` equal to it). */
export function currentEntry(history: readonly StatusEntry[]): StatusEntry | undefined {
  return history[history.length - 1];
}
