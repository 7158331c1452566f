import type { AtlasData } from '../data/atlas.ts';
import type { PlanColumn, ProjectStatus, RegionKey } from '../data/enums.ts';
import { PLAN_COLUMNS, PROJECT_STATUSES, REGIONS } from '../data/enums.ts';
import { projectStatusAt } from './at-date.ts';

/** How many of a group's projects stood at each status on a day. */
export interface ProgressRow<K> {
  key: K;
  counts: Record<ProjectStatus, number>;
  total: number;
}

export interface PlanProgress {
  day: string;
  total: ProgressRow<'all'>;
  columns: ProgressRow<PlanColumn>[];
  regions: ProgressRow<RegionKey>[];
  /** Cities in the order of the data's city index (adcode order), those with no project left out. */
  cities: ProgressRow<string>[];
}

const emptyRow = <K>(key: K): ProgressRow<K> => ({
  key,
  counts: Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as Record<ProjectStatus, number>,
  total: 0,
});

/** The plan's projects (all of them, whatever the filters) counted by their status on a day, per column, region and city. */
export function planProgress(data: AtlasData, day: string): PlanProgress {
  const total = emptyRow('all' as const);
  const columns = new Map(PLAN_COLUMNS.map((c) => [c, emptyRow(c)]));
  const regions = new Map(REGIONS.map((r) => [r, emptyRow(r)]));
  const cities = new Map([...data.index.cities.keys()].sort().map((code) => [code, emptyRow(code)]));
  for (const project of data.projects.features) {
    const status = projectStatusAt(project, day);
    // Before the plan was issued it listed nothing: the table counts none.
    if (status === null) continue;
    const p = project.properties;
    const region = data.index.regionOfCity.get(p.city);
    for (const row of [total, columns.get(p.column), region && regions.get(region), cities.get(p.city)]) {
      if (!row) continue;
      row.counts[status] += 1;
      row.total += 1;
    }
  }
  return {
    day,
    total,
    columns: [...columns.values()],
    regions: [...regions.values()],
    cities: [...cities.values()].filter((row) => row.total > 0),
  };
}

/** The figures the sentence under the table is made of. */
export function progressFigures(progress: PlanProgress) {
  const { counts, total } = progress.total;
  return { total, open: counts.open, building: counts['under-construction'], none: counts.planned };
}

const csvText = (value: string | number) => (/[",\n\r]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/** The progress table as CSV (UTF-8 with a byte-order mark for Excel), the day in its first line. */
export function progressCsv(
  progress: PlanProgress,
  names: { column: (c: PlanColumn) => [string, string]; region: (r: RegionKey) => [string, string]; city: (adcode: string) => [string, string] },
): string {
  const header = ['group', 'key', 'name_zh', 'name_en', ...PROJECT_STATUSES, 'total'];
  const line = (group: string, key: string | number, [zh, en]: [string, string], row: ProgressRow<unknown>) =>
    [group, key, zh, en, ...PROJECT_STATUSES.map((s) => row.counts[s]), row.total].map(csvText).join(',');
  const lines = [
    `# 广东口岸地图 Guangdong Port Atlas · plan progress,as of ${progress.day}`,
    header.join(','),
    line('all', 'all', ['全部项目', 'All projects'], progress.total),
    ...progress.columns.map((row) => line('column', row.key, names.column(row.key), row)),
    ...progress.regions.map((row) => line('region', row.key, names.region(row.key), row)),
    ...progress.cities.map((row) => line('city', row.key, names.city(row.key), row)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
