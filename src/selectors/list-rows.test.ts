import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { featuresOn } from './at-date.ts';
import type { Visible } from './filters.ts';
import { listRows, sortRows, type ListRow } from './list-rows.ts';

const data = atlasFixture();
const port = (id: string) => data.index.ports.get(id)!;
const project = (id: string) => data.index.projects.get(id)!;
// Yantian has no opening date: on a day before the record vouches for it, it is shown as "date unknown".
const undatedYantian = featuresOn(data, '1960-01-01').ports.find((f) => f.properties.id === 'port-yantian')!;
const visible: Visible = { ports: [port('port-luohu'), undatedYantian], projects: [project('proj-c1-03'), project('proj-c5-12')], sea: [], rail: [] };

describe('listRows', () => {
  it('writes one row per port, then per project, in Chinese', () => {
    const rows = listRows(data, visible, 'zh');
    expect(rows.map((r) => [r.id, r.kind, r.name, r.type, r.city, r.status, r.statusKey, r.dateUnknown, r.planRef])).toEqual([
      ['port-luohu', 'port', '罗湖口岸', '陆路口岸', '深圳市', '开放', 'open', false, ''],
      ['port-yantian', 'port', '盐田港口岸', '水运口岸', '深圳市', '开放 (日期不详)', 'open', true, ''],
      ['proj-c1-03', 'project', '广州港南沙国际汽车物流产业园配套码头', '水运口岸', '广州市', '规划列示', 'planned', false, '专栏1-03'],
      ['proj-c5-12', 'project', '江门高沙货运码头迁建项目', '水运口岸', '江门市', '规划列示', 'planned', false, '专栏5-12'],
    ]);
    expect(rows[0].style).toEqual({ kind: 'port', type: 'land', precision: 'exact', faded: false, undated: false });
    expect(rows[1].style.undated).toBe(true);
    expect(rows[2].style).toEqual({ kind: 'project', type: 'water', precision: 'city', status: 'planned' });
  });

  it('writes the same rows in English', () => {
    const rows = listRows(data, visible, 'en');
    expect(rows.map((r) => [r.name, r.type, r.city, r.status, r.planRef])).toEqual([
      ['Luohu Port', 'Land', 'Shenzhen', 'Open', ''],
      ['Yantian Port', 'Water', 'Shenzhen', 'Open (date unknown)', ''],
      ['Terminal serving the Guangzhou Port Nansha International Automobile Logistics Industrial Park', 'Water', 'Guangzhou', 'Listed in the plan', 'C1-03'],
      ['Relocation of Jiangmen Gaosha cargo wharf', 'Water', 'Jiangmen', 'Listed in the plan', 'C5-12'],
    ]);
  });

  it('shows the city code where the data has no such city', () => {
    const stray = { ...port('port-luohu'), properties: { ...port('port-luohu').properties, city: '449900' } };
    expect(listRows(data, { ports: [stray], projects: [], sea: [], rail: [] }, 'zh')[0].city).toBe('449900');
  });
});

const row = (id: string, name: string, planRef = ''): ListRow =>
  ({ id, kind: 'port', name, type: '', city: '', status: '', statusKey: '', dateUnknown: false, planRef, style: { kind: 'port', type: 'land', precision: 'exact' } });

describe('sortRows', () => {
  it('sorts by the key in the language’s order, numbers by value, and breaks ties by id', () => {
    const rows = [row('b', 'Port 10'), row('c', 'Port 9'), row('a', 'Port 10'), row('d', 'port 2')];
    expect(sortRows(rows, 'name', false, 'en').map((r) => r.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(sortRows(rows, 'name', true, 'en').map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(rows.map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts Chinese names by pinyin under zh', () => {
    // Code-point order would be 中山, 佛山, 汕头.
    const rows = [row('1', '中山'), row('2', '汕头'), row('3', '佛山')];
    expect(sortRows(rows, 'name', false, 'zh').map((r) => r.name)).toEqual(['佛山', '汕头', '中山']);
    // The English list sorts a name with no English form as English collation does, not by pinyin.
    expect(sortRows(rows, 'name', false, 'en').map((r) => r.name)).toEqual(['中山', '佛山', '汕头']);
    expect(sortRows([row('1', 'b'), row('2', 'a')], 'planRef', false, 'zh').map((r) => r.id)).toEqual(['1', '2']);
  });
});
