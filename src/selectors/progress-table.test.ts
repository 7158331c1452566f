import { describe, expect, it } from 'vitest';
import type { AtlasData, ProjectFeature } from '../data/atlas.ts';
import type { ProjectStatus } from '../data/enums.ts';
import { planProgress, progressCsv, progressFigures, type PlanProgress } from './progress.ts';

const project = (id: string, city: string, column: number, history: [ProjectStatus, string][]) =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: [113, 22] }, properties: { id, city, column, status_history: history.map(([status, date]) => ({ status, date, sources: [] })) } }) as unknown as ProjectFeature;

/** Three cities out of adcode order, one without projects, and a project in a city the index lacks. */
const data = {
  index: {
    cities: new Map([['440300', {}], ['440100', {}], ['440200', {}]]),
    regionOfCity: new Map([['440300', 'pearl-river-delta'], ['440100', 'pearl-river-delta'], ['440200', 'north']]),
  },
  projects: {
    features: [
      project('p1', '440300', 1, [['planned', '2021-12'], ['open', '2024-08']]),
      project('p2', '440100', 5, [['planned', '2021-12']]),
      project('p3', '449900', 2, [['planned', '2021-12'], ['under-construction', '2023-01-15']]),
    ],
  },
} as unknown as AtlasData;

const zero = { planned: 0, approved: 0, 'under-construction': 0, accepted: 0, open: 0, suspended: 0, cancelled: 0 };

describe('planProgress on made-up records', () => {
  it('counts each project once in the total, its column, its region and its city, cities in adcode order, empty ones left out', () => {
    const progress = planProgress(data, '2024-08-01');
    expect(progress.day).toBe('2024-08-01');
    expect(progress.total).toEqual({ key: 'all', counts: { ...zero, planned: 1, open: 1, 'under-construction': 1 }, total: 3 });
    expect(progress.columns.map((r) => [r.key, r.total])).toEqual([[1, 1], [2, 1], [3, 0], [4, 0], [5, 1]]);
    expect(progress.columns[1].counts).toEqual({ ...zero, 'under-construction': 1 });
    expect(progress.regions.map((r) => [r.key, r.total])).toEqual([['pearl-river-delta', 2], ['east-wing', 0], ['west-wing', 0], ['north', 0]]);
    expect(progress.regions[0].counts).toEqual({ ...zero, planned: 1, open: 1 });
    expect(progress.cities).toEqual([
      { key: '440100', counts: { ...zero, planned: 1 }, total: 1 },
      { key: '440300', counts: { ...zero, open: 1 }, total: 1 },
    ]);
    expect(progressFigures(progress)).toEqual({ total: 3, open: 1, building: 1, none: 1 });
  });

  it('takes each project’s status on the day', () => {
    expect(planProgress(data, '2024-07-31').total.counts).toEqual({ ...zero, planned: 2, 'under-construction': 1 });
    expect(planProgress(data, '2023-01-14').total.counts).toEqual({ ...zero, planned: 3 });
  });
});

describe('progressCsv', () => {
  it('writes a BOM, the day, a header, then the total, columns, regions and cities, quoting names that need it', () => {
    const progress: PlanProgress = {
      day: '2024-08-01',
      total: { key: 'all', counts: { ...zero, planned: 2, open: 1 }, total: 3 },
      columns: [{ key: 1, counts: { ...zero, open: 1 }, total: 1 }],
      regions: [{ key: 'north', counts: { ...zero, planned: 2 }, total: 2 }],
      cities: [{ key: '440300', counts: { ...zero, planned: 1 }, total: 1 }],
    };
    const csv = progressCsv(progress, {
      column: (c) => [`专栏${c}`, `Column ${c}, "water"`],
      region: () => ['粤北', 'North\nGuangdong'],
      city: (code) => [`城市${code}`, 'a\rb'],
    });
    expect(csv).toBe(
      '\uFEFF' +
        [
          '# 广东口岸地图 Guangdong Port Atlas · plan progress,as of 2024-08-01',
          'group,key,name_zh,name_en,planned,approved,under-construction,accepted,open,suspended,cancelled,total',
          'all,all,全部项目,All projects,2,0,0,0,1,0,0,3',
          'column,1,专栏1,"Column 1, ""water""",0,0,0,0,1,0,0,1',
          'region,north,粤北,"North\nGuangdong",2,0,0,0,0,0,0,2',
          'city,440300,城市440300,"a\rb",1,0,0,0,0,0,0,1',
        ].join('\r\n') +
        '\r\n',
    );
  });
});
