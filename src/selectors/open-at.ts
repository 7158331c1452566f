import type { Crossing, CrossingMode, Hours } from '../data/crossings.ts';

export type OpenAnswer = 'yes' | 'no' | 'unknown';

/** "HH:MM" with 00:00 ≤ time < 24:00, as minutes after midnight; null when it is not such a time. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Is `at` (minutes after midnight) inside "HH:MM-HH:MM"? The close is exclusive; a close before the open runs past midnight. */
export function inRange(range: string, at: number): boolean {
  const [open, close] = range.split('-').map(minutes);
  if (open === close) return false;
  return open < close ? at >= open && at < close : at >= open || at < close;
}

export function hoursOpenAt(hours: Hours, at: number): OpenAnswer {
  if (hours === 'unknown') return 'unknown';
  if (hours === '24h') return 'yes';
  return hours.some((range) => inRange(range, at)) ? 'yes' : 'no';
}

/** Whether travellers can cross at `time` (Beijing "HH:MM"): by the passenger hours. */
export function openAt(crossing: Crossing | undefined, time: string): OpenAnswer {
  const at = parseClock(time);
  if (!crossing || at === null) return 'unknown';
  return hoursOpenAt(crossing.hours.passenger, at);
}

/** Beijing time (UTC+8 all year: China keeps no summer time) of an instant, as "HH:MM". */
export function beijingClock(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
}

/** The time a link's `open=` asks about: "now" is read from the device's clock. */
export function resolveOpenTime(open: string, now: () => Date = () => new Date()): string {
  return open === 'now' ? beijingClock(now()) : open;
}

/** How a traveller crosses, as the guide asks it, and the modes that serve each. */
export const TRAVEL_MODES = ['walk', 'car', 'coach', 'goods'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];
const SERVED_BY: Record<TravelMode, CrossingMode> = { walk: 'pedestrian', car: 'private-car', coach: 'coach', goods: 'goods-vehicle' };

export function servesMode(crossing: Crossing, mode: TravelMode): boolean {
  return Array.isArray(crossing.modes.value) && crossing.modes.value.includes(SERVED_BY[mode]);
}

/** Goods cross in the goods hours where they differ; everyone else in the passenger hours. */
export function openFor(crossing: Crossing, mode: TravelMode, time: string): OpenAnswer {
  const at = parseClock(time);
  if (at === null) return 'unknown';
  const goods = crossing.hours.goods;
  const hours = mode === 'goods' && goods !== null && goods !== 'same' ? goods : crossing.hours.passenger;
  return hoursOpenAt(hours, at);
}
