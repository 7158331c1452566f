import type { AtlasData } from '../data/atlas.ts';
import { recordDates } from './at-date.ts';

/** The slider starts at the year of the first crossing (罗湖, 1950); a link may still ask for an earlier day. */
export const TIMELINE_START_YEAR = 1950;

/** The plan's start, a mark on the slider and a step of the tour. */
export const PLAN_START_DAY = '2021-12-31';

/** A record date as the first day it stands for: `2021-12` is reached on 2021-12-01, `1996` on 1996-01-01. */
export function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Every day on which something in the record changes, oldest first, none after today. */
export function timelineEvents(data: Pick<AtlasData, 'ports' | 'projects' | 'rail'>, today: string): string[] {
  return [...new Set(recordDates(data).map(firstDayOf))].filter((day) => day <= today).sort();
}

export const previousEvent = (events: readonly string[], day: string) => [...events].reverse().find((e) => e < day) ?? null;
export const nextEvent = (events: readonly string[], day: string) => events.find((e) => e > day) ?? null;

/** Months since January of the start year: the slider's unit. */
export function monthIndex(day: string): number {
  return (Number(day.slice(0, 4)) - TIMELINE_START_YEAR) * 12 + Number(day.slice(5, 7)) - 1;
}

/** The day a slider position stands for: the month's last day, or today in the current month. */
export function dayOfMonthIndex(index: number, today: string): string {
  const year = TIMELINE_START_YEAR + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return last > today ? today : last;
}

/** The years the slider is marked with: every year, labelled each decade. */
export function yearMarks(today: string): { year: number; index: number; labelled: boolean }[] {
  const marks = [];
  for (let year = TIMELINE_START_YEAR; year <= Number(today.slice(0, 4)); year++) {
    marks.push({ year, index: (year - TIMELINE_START_YEAR) * 12, labelled: year % 10 === 0 });
  }
  return marks;
}

/** The plan period (2021–2025) month by month: each month's last day from the plan's start, none after today. */
export function planMonths(today: string): string[] {
  const months: string[] = [];
  for (let index = monthIndex(PLAN_START_DAY); index <= monthIndex('2025-12-31'); index++) {
    const day = dayOfMonthIndex(index, today);
    if (day > today || months.includes(day)) break;
    months.push(day);
  }
  return months;
}
