import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { PROJECT_STATUSES } from '../data/enums.ts';
import { compareRecordDates } from '../data/record-dates.ts';
import { planProgress, progressFigures } from './progress.ts';

const data = atlasFixture();

/** The status on a day, the slow obvious way: the last history entry whose date is not after the day; none before the first. */
function statusOn(history: { status: string; date: string }[], day: string): string | null {
  let status: string | null = null;
  for (const entry of history) if (compareRecordDates(entry.date, day) <= 0) status = entry.status;
  return status;
}

function bruteCount(day: string, inGroup: (p: (typeof data.projects.features)[number]['properties']) => boolean, status: string): number {
  return data.projects.features.filter((f) => inGroup(f.properties) && statusOn(f.properties.status_history, day) === status).length;
}

describe('planProgress', () => {
  for (const day of ['2021-12-01', '2021-12-31', '2023-06-30', '2024-08-01', '2025-12-31', '2026-12-01']) {
    it(`counts every column, region and city as a brute-force count does, on ${day}`, () => {
      const progress = planProgress(data, day);
      expect(progress.total.total).toBe(108);
      for (const row of progress.columns) {
        for (const status of PROJECT_STATUSES) expect(row.counts[status], `column ${row.key} ${status}`).toBe(bruteCount(day, (p) => p.column === row.key, status));
      }
      for (const row of progress.regions) {
        for (const status of PROJECT_STATUSES)
          expect(row.counts[status], `${row.key} ${status}`).toBe(bruteCount(day, (p) => data.index.regionOfCity.get(p.city) === row.key, status));
      }
      for (const row of progress.cities) {
        for (const status of PROJECT_STATUSES) expect(row.counts[status], `${row.key} ${status}`).toBe(bruteCount(day, (p) => p.city === row.key, status));
      }
      expect(progress.cities.reduce((n, row) => n + row.total, 0)).toBe(108);
      expect(progress.columns.map((row) => row.total)).toEqual([70, 12, 8, 4, 14]);
    });
  }

  it('counts no project before the plan was issued (2021-12), and the figures of the sentence', () => {
    for (const day of ['2015-01-01', '2021-11-30']) {
      const before = planProgress(data, day);
      expect(progressFigures(before)).toEqual({ total: 0, open: 0, building: 0, none: 0 });
      expect(before.columns.map((row) => row.total)).toEqual([0, 0, 0, 0, 0]);
      expect(before.cities).toEqual([]);
    }
    expect(progressFigures(planProgress(data, '2021-12-01'))).toEqual({ total: 108, open: 1, building: 3, none: 102 });
    const now = progressFigures(planProgress(data, '2026-12-01'));
    expect(now.open).toBe(data.projects.features.filter((f) => f.properties.status === 'open').length);
  });
});
