import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { dayOfMonthIndex, firstDayOf, monthIndex, nextEvent, planMonths, previousEvent, timelineEvents, yearMarks } from './timeline.ts';

const data = atlasFixture();

describe('timeline', () => {
  it('turns record dates into days, in order, none after today', () => {
    expect(firstDayOf('1996')).toBe('1996-01-01');
    expect(firstDayOf('2021-12')).toBe('2021-12-01');
    const events = timelineEvents(data, '2026-12-02');
    expect(events[0]).toBe('1950-07-01');
    expect([...events].sort()).toEqual(events);
    expect(new Set(events).size).toBe(events.length);
    expect(events).toContain('2024-07-31');
    expect(timelineEvents(data, '2020-01-01').every((d) => d <= '2020-01-01')).toBe(true);
  });

  it('steps to the previous and next event', () => {
    const events = ['1950-07-01', '2018-09-23', '2020-08-26'];
    expect(nextEvent(events, '2015-01-01')).toBe('2018-09-23');
    expect(previousEvent(events, '2018-09-23')).toBe('1950-07-01');
    expect(previousEvent(events, '1950-07-01')).toBeNull();
    expect(nextEvent(events, '2020-08-26')).toBeNull();
  });

  it('maps months to slider positions and back, today in the current month', () => {
    expect(monthIndex('1950-01-15')).toBe(0);
    expect(dayOfMonthIndex(monthIndex('2021-12-31'), '2026-12-02')).toBe('2021-12-31');
    expect(dayOfMonthIndex(monthIndex('2024-02-10'), '2026-12-02')).toBe('2024-02-29');
    expect(dayOfMonthIndex(monthIndex('2026-12-02'), '2026-12-02')).toBe('2026-12-02');
    const marks = yearMarks('2026-12-02');
    expect(marks[0]).toEqual({ year: 1950, index: 0, labelled: true });
    expect(marks.at(-1)?.year).toBe(2026);
  });

  it('runs through the plan period month by month', () => {
    const months = planMonths('2026-12-02');
    expect(months).toHaveLength(49);
    expect(months[0]).toBe('2021-12-31');
    expect(months[1]).toBe('2022-01-31');
    expect(months.at(-1)).toBe('2025-12-31');
    expect(planMonths('2023-03-15').at(-1)).toBe('2023-03-15');
  });
});

describe('timeline steps', () => {
  it('takes the latest event before a day, and keeps an event that falls on today', () => {
    expect(previousEvent(['2001-01-01', '2002-01-01', '2003-01-01'], '2003-01-01')).toBe('2002-01-01');
    expect(nextEvent(['2001-01-01', '2002-01-01', '2003-01-01'], '2001-01-01')).toBe('2002-01-01');
    const events = timelineEvents(data, '2026-12-02');
    const day = events[events.length - 2];
    expect(timelineEvents(data, day).at(-1)).toBe(day);
  });

  it('marks each year twelve months apart, labelling the decades', () => {
    expect(yearMarks('1961-06-01').slice(0, 2)).toEqual([{ year: 1950, index: 0, labelled: true }, { year: 1951, index: 12, labelled: false }]);
    expect(yearMarks('1961-06-01').filter((m) => m.labelled).map((m) => m.year)).toEqual([1950, 1960]);
    expect(yearMarks('1961-06-01')).toHaveLength(12);
  });

  it('stops the plan months at today, once', () => {
    expect(planMonths('2023-03-15')).toHaveLength(16);
    expect(planMonths('2022-01-31')).toEqual(['2021-12-31', '2022-01-31']);
  });
});
