import { describe, expect, it } from 'vitest';
import type { AtlasData, PortFeature, ProjectFeature } from '../data/atlas.ts';
import { DEFAULT_STATE } from '../state/hash-state.ts';
import { exportCsv, exportGeojson, filterSummary } from './export.ts';

const data = { index: { cities: new Map([['440300', { properties: { name_zh: '深圳市', region: 'pearl-river-delta' } }]]) } } as unknown as AtlasData;

const port = (over: Record<string, unknown> = {}) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [114.1, 22.5] },
    properties: {
      id: 'port-a', name_zh: '甲口岸', name_en: 'A Port', port_type: 'land', subtype: 'road', class: 'I', city: '440300', status: 'closed',
      status_as_of: '2024-07-31', precision: 'exact', sources: [{ publisher: '国务院', title: 'Gazette', url: 'https://www.gov.cn/a' }, { publisher: '口岸办', title: '公报' }], ...over,
    },
  }) as unknown as PortFeature;

const project = (over: Record<string, unknown> = {}) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.9, 22.6] },
    properties: {
      id: 'proj-c5-01', name_zh: '乙项目', name_en: 'B project', port_type: 'water', subtype: 'river-cargo', city: '440300', status: 'open',
      status_history: [{ status: 'planned', date: '2021-12', sources: [] }, { status: 'open', date: '2023-05-06', sources: [] }],
      column: 5, item: 1, action: ['new', 'expand'], port: 'port-a', precision: 'city', sources: [{ publisher: '口岸办', title: '规划' }], ...over,
    },
  }) as unknown as ProjectFeature;

const HEADER = 'id,kind,name_zh,name_en,port_type,subtype,class,city,city_zh,region,status,status_as_of,plan_column,plan_item,action,port,precision,longitude,latitude,sources';
const rows = (ports: PortFeature[], projects: ProjectFeature[]) => exportCsv(data, { ports, projects, sea: [], rail: [] }, DEFAULT_STATE, '2026-11-27').split('\r\n');

describe('CSV rows', () => {
  it('writes the header and a port row, its sources as "publisher: title <url>" joined by " | "', () => {
    const lines = rows([port()], []);
    expect(lines).toEqual([
      '\uFEFF# 广东口岸地图 Guangdong Port Atlas export,2026-11-27,as of 2026-11-27',
      '# filters,none',
      HEADER,
      'port-a,port,甲口岸,A Port,land,road,I,440300,深圳市,pearl-river-delta,closed,2024-07-31,,,,,exact,114.1,22.5,国务院: Gazette <https://www.gov.cn/a> | 口岸办: 公报',
      '',
    ]);
  });

  it('writes a project row: class II for column 5, the date of its current status, plan column and item, actions, port', () => {
    expect(rows([], [project()])[3]).toBe('proj-c5-01,project,乙项目,B project,water,river-cargo,II,440300,深圳市,pearl-river-delta,open,2023-05-06,5,1,new|expand,port-a,city,113.9,22.6,口岸办: 规划');
    expect(rows([], [project({ column: 4, port: null, status_history: [], action: ['new'] })])[3]).toBe(
      'proj-c5-01,project,乙项目,B project,water,river-cargo,I,440300,深圳市,pearl-river-delta,open,,4,1,new,,city,113.9,22.6,口岸办: 规划',
    );
  });

  it('leaves empty what a record does not have: class, status date, a city the data lacks', () => {
    expect(rows([port({ name_en: null })], [])[3]).toMatch(/^port-a,port,甲口岸,,land,/);
    expect(rows([port({ class: null, status_as_of: null, city: '449900', name_en: undefined })], [])[3]).toBe(
      'port-a,port,甲口岸,,land,road,,449900,,,closed,,,,,,exact,114.1,22.5,国务院: Gazette <https://www.gov.cn/a> | 口岸办: 公报',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses text a spreadsheet would run', () => {
    const tricky = port({ name_zh: 'a"b', name_en: 'line\nbreak', subtype: 'x\ry', id: '-1', status: '+1', precision: '@x', status_as_of: '=1+1' });
    expect(rows([tricky], [])[3]).toBe(`"'-1",port,"a""b","line\nbreak",land,"x\ry",I,440300,深圳市,pearl-river-delta,"'+1","'=1+1",,,,,"'@x",114.1,22.5,国务院: Gazette <https://www.gov.cn/a> | 口岸办: 公报`);
  });
});

describe('filterSummary', () => {
  it('names the layers shown when not all are, then each filter set, values joined by commas', () => {
    expect(filterSummary({ ...DEFAULT_STATE, layers: ['ports', 'sea'], types: ['water', 'air'], city: ['440100', '440300'] })).toBe('layers=ports,sea; types=water,air; city=440100,440300');
    expect(filterSummary({ ...DEFAULT_STATE, layers: [] })).toBe('layers=');
  });

  it('leaves out the port types only when all four are on', () => {
    expect(filterSummary({ ...DEFAULT_STATE, status: ['planned', 'approved', 'open', 'cancelled'] })).toBe('status=planned,approved,open,cancelled');
    expect(filterSummary({ ...DEFAULT_STATE, types: [] })).toBe('types=');
  });
});

describe('GeoJSON export', () => {
  it('carries the note on coordinates and sources', () => {
    expect(JSON.parse(exportGeojson({ ports: [port()], projects: [], sea: [], rail: [] }, DEFAULT_STATE, '2026-11-27')).atlas_export).toEqual({
      exported: '2026-11-27', as_of: '2026-11-27', filters: 'none', note: "Coordinates WGS-84. See each feature's sources and precision.",
    });
  });
});
