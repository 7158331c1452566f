import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { DEFAULT_STATE } from '../state/hash-state.ts';
import { exportCsv, exportGeojson, filterSummary } from './export.ts';
import { visibleFeatures } from './filters.ts';
import { cityStats, finding } from './stats.ts';

const data = atlasFixture();

describe('exports', () => {
  const state = { ...DEFAULT_STATE, status: ['open' as const], city: ['440300'] };
  const visible = visibleFeatures(data, state);

  it('CSV starts with a BOM, states filters and date, and has one row per shown feature', () => {
    const csv = exportCsv(data, visible, state, '2026-11-27');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toContain('2026-11-27');
    expect(lines[1]).toContain('status=open; city=440300');
    expect(lines.length - 3).toBe(visible.ports.length + visible.projects.length);
    expect(lines.slice(3).map((l) => l.split(',')[0])).toEqual([...visible.ports, ...visible.projects].map((f) => f.properties.id));
  });

  it('quotes cells with commas and neutralises formula-like text', () => {
    const tricky = { ...visible, ports: [{ ...visible.ports[0], properties: { ...visible.ports[0].properties, name_en: '=HYPERLINK("x"), evil' } }] };
    const csv = exportCsv(data, tricky, state, '2026-11-27');
    expect(csv).toContain(`"'=HYPERLINK(""x""), evil"`);
  });

  it('GeoJSON carries the same features with filters and date', () => {
    const parsed = JSON.parse(exportGeojson(visible, state, '2026-11-27'));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features).toHaveLength(visible.ports.length + visible.projects.length);
    expect(parsed.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([...visible.ports, ...visible.projects].map((f) => f.properties.id));
    expect(parsed.features.length).toBeGreaterThan(0);
    expect(parsed.atlas_export).toMatchObject({ exported: '2026-11-27', filters: 'status=open; city=440300' });
  });

  it('CSV names each source’s publisher and gives a copy’s address as text, never as a link', () => {
    const port = visible.ports[0];
    const sources = [
      { publisher: '深圳市人民政府', title: 'gov', url: 'https://www.sz.gov.cn/a' },
      { publisher: '中国新闻网', title: 'copy', read_in: 'http://admin.richbox.biz:80/x' },
    ];
    const csv = exportCsv(data, { ...visible, ports: [{ ...port, properties: { ...port.properties, sources } }], projects: [] }, state, '2026-11-27');
    expect(csv).toContain('深圳市人民政府: gov <https://www.sz.gov.cn/a> | 中国新闻网: copy (read in a copy at admin.richbox.biz)');
    expect(csv).not.toContain('<http://admin.richbox.biz');
  });

  it('summarises "no filter" plainly', () => {
    expect(filterSummary(DEFAULT_STATE)).toBe('none');
  });

  it('stamps the day the features stand as of, with their status on that day', () => {
    const past = { ...DEFAULT_STATE, asof: '2015-01-01' };
    const pastVisible = visibleFeatures(data, past);
    const csv = exportCsv(data, pastVisible, past, '2026-11-27');
    expect(csv.slice(1).split('\r\n')[0]).toContain('as of 2015-01-01');
    const east = csv.split('\r\n').find((line) => line.startsWith('port-guangzhou-east-station,'))!;
    expect(east.split(',')).toContain('open');
    expect(csv).not.toContain('port-liantang,');
    expect(JSON.parse(exportGeojson(pastVisible, past, '2026-11-27')).atlas_export.as_of).toBe('2015-01-01');
    expect(JSON.parse(exportGeojson(visible, state, '2026-11-27')).atlas_export.as_of).toBe('2026-11-27');
  });

  it('before the plan was issued (2015-01-01) exports no project, and the statistics and findings count none', () => {
    const before = { ...DEFAULT_STATE, asof: '2015-01-01' };
    const shown = visibleFeatures(data, before);
    expect(shown.projects).toEqual([]);
    expect(shown.ports.length).toBeGreaterThan(0);
    const rows = exportCsv(data, shown, before, '2015-01-01').slice(1).trimEnd().split('\r\n').slice(3);
    expect(rows.filter((row) => row.startsWith('proj-'))).toEqual([]);
    expect(rows).toHaveLength(shown.ports.length);
    expect(JSON.parse(exportGeojson(shown, before, '2015-01-01')).features.filter((f: { properties: { id: string } }) => f.properties.id.startsWith('proj-'))).toEqual([]);
    expect(cityStats(data, shown).reduce((n, row) => n + row.projects, 0)).toBe(0);
    expect(finding(data, shown, 'projects')).toBeNull();
  });
});
