import { describe, expect, it } from 'vitest';
import type { Crossing, Hours } from '../data/crossings.ts';
import { beijingClock, inRange, openAt, openFor, parseClock, resolveOpenTime, servesMode } from './open-at.ts';

const crossing = (passenger: Hours, goods: Crossing['hours']['goods'] = null): Crossing => ({
  port: 'port-x',
  hours: { passenger, goods, sources: [] },
  modes: { value: ['pedestrian', 'goods-vehicle'], sources: [] },
  inspection: { value: 'unknown', sources: [] },
  counterpart: null,
  station: null,
});

describe('openAt', () => {
  const dayPort = crossing(['06:30-24:00']);
  it('a port open 06:30–24:00 is closed at 02:00 and 06:29, open at 06:30, 10:00 and 23:59', () => {
    expect(openAt(dayPort, '02:00')).toBe('no');
    expect(openAt(dayPort, '06:29')).toBe('no');
    expect(openAt(dayPort, '06:30')).toBe('yes');
    expect(openAt(dayPort, '10:00')).toBe('yes');
    expect(openAt(dayPort, '23:59')).toBe('yes');
    expect(openAt(dayPort, '00:00')).toBe('no');
  });
  it('a 24-hour port is open at 02:00', () => expect(openAt(crossing('24h'), '02:00')).toBe('yes'));
  it('unknown hours, a missing crossing or a bad time answer unknown', () => {
    expect(openAt(crossing('unknown'), '10:00')).toBe('unknown');
    expect(openAt(undefined, '10:00')).toBe('unknown');
    expect(openAt(dayPort, '25:00')).toBe('unknown');
  });
  it('a range past midnight is open on both sides of it', () => {
    const late = crossing(['22:00-02:00']);
    expect(openAt(late, '23:00')).toBe('yes');
    expect(openAt(late, '01:59')).toBe('yes');
    expect(openAt(late, '02:00')).toBe('no');
    expect(openAt(late, '12:00')).toBe('no');
    // The opening minute itself is open, the minute before is not.
    expect(openAt(late, '22:00')).toBe('yes');
    expect(openAt(late, '21:59')).toBe('no');
  });
  it('several ranges', () => {
    const split = crossing(['07:00-12:00', '14:00-18:00']);
    expect(['06:00', '08:00', '13:00', '15:00', '19:00'].map((t) => openAt(split, t))).toEqual(['no', 'yes', 'no', 'yes', 'no']);
    // Each close is exclusive: at 12:00 the morning range has shut.
    expect(['07:00', '11:59', '12:00', '17:59', '18:00'].map((t) => openAt(split, t))).toEqual(['yes', 'yes', 'no', 'yes', 'no']);
  });
  it('inRange: an empty range is never open', () => expect(inRange('08:00-08:00', 480)).toBe(false));
});

describe('goods hours and modes', () => {
  it('goods follow their own hours where they differ, the passenger hours when "same"', () => {
    expect(openFor(crossing(['06:30-24:00'], '24h'), 'goods', '02:00')).toBe('yes');
    expect(openFor(crossing(['06:30-24:00'], 'same'), 'goods', '02:00')).toBe('no');
    expect(openFor(crossing(['06:30-24:00'], '24h'), 'walk', '02:00')).toBe('no');
  });
  it('servesMode reads the vocabulary', () => {
    expect(servesMode(crossing('24h'), 'walk')).toBe(true);
    expect(servesMode(crossing('24h'), 'car')).toBe(false);
    expect(servesMode({ ...crossing('24h'), modes: { value: 'unknown', sources: [] } }, 'walk')).toBe(false);
  });
});

describe('Beijing time', () => {
  it('is UTC+8 the whole year, whatever the device zone', () => {
    expect(beijingClock(new Date('2026-12-07T18:05:00Z'))).toBe('02:05');
    expect(beijingClock(new Date('2026-07-01T02:00:00Z'))).toBe('10:00');
    expect(resolveOpenTime('now', () => new Date('2026-12-07T16:00:00Z'))).toBe('00:00');
    expect(resolveOpenTime('10:00')).toBe('10:00');
  });
  it('parseClock takes HH:MM only', () => {
    expect(['00:00', '23:59', '24:00', '25:00', '7pm', 'abc', '7:00'].map(parseClock)).toEqual([0, 1439, null, null, null, null, null]);
    // Nothing before or after the time: a link's value is the time alone.
    expect(['x10:00', '10:00x', ' 10:00', '110:00'].map(parseClock)).toEqual([null, null, null, null]);
  });
});
