import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { DEFAULT_STATE } from '../state/hash-state.ts';
import { beforePlan, featuresOn, isDateUnknown, originalOf, planDate, portAt, portStates, projectOn, projectStatusAt, projectStates, railRouteAt, recordDates } from './at-date.ts';
import { facetCounts, visibleFeatures } from './filters.ts';
import { PROJECT_STATUSES } from '../data/enums.ts';

const data = atlasFixture();
const port = (id: string) => data.index.ports.get(id)!;
const project = (id: string) => data.index.projects.get(id)!;
const ids = (features: { properties: { id: string } }[]) => features.map((f) => f.properties.id);

describe('ports at a date', () => {
  it('leaves out a port not yet opened, draws one closed later as open, and one closed by then as closed', () => {
    expect(portAt(port('port-liantang'), '2015-01-01').status).toBeNull();
    expect(portAt(port('port-liantang'), '2020-08-26').status).toBe('open');
    const east = port('port-guangzhou-east-station');
    expect(portAt(east, '2015-01-01')).toEqual({ status: 'open', dateKnown: true });
    expect(portAt(east, '2024-07-30').status).toBe('open');
    expect(portAt(east, '2024-07-31').status).toBe('closed');
    expect(portAt(east, '2024-08-01').status).toBe('closed');
  });

  it('marks a port whose opening date is unknown as "date unknown" before the record vouches for it', () => {
    const yantian = port('port-yantian');
    expect(yantian.properties.opened).toBe('unknown');
    expect(portAt(yantian, '1960-01-01')).toEqual({ status: 'open', dateKnown: false });
    expect(portAt(yantian, yantian.properties.checked)).toEqual({ status: 'open', dateKnown: true });
    const on = featuresOn(data, '1960-01-01').ports.find((f) => f.properties.id === 'port-yantian')!;
    expect(isDateUnknown(on)).toBe(true);
    expect(originalOf(on)).toBe(yantian);
  });

  it('shows a suspended port open before its suspension', () => {
    expect(portAt(port('port-shatoujiao'), '2020-01-01').status).toBe('open');
    expect(portAt(port('port-shatoujiao'), '2026-03-12').status).toBe('suspended');
  });

  it('is the record itself on today, and the same copy for the same state on another day', () => {
    expect(featuresOn(data, null).ports).toBe(data.ports.features);
    const a = featuresOn(data, '2015-01-01').ports.find((f) => f.properties.id === 'port-guangzhou-east-station');
    const b = featuresOn(data, '2016-06-01').ports.find((f) => f.properties.id === 'port-guangzhou-east-station');
    expect(a).toBe(b);
    expect(a!.properties.status).toBe('open');
    expect(a!.properties.closed).toBeNull();
  });

  it('lists every state a port takes, the record included', () => {
    const states = portStates(port('port-guangzhou-old-baiyun-airport'));
    expect(states.map((s) => [s.properties.status, isDateUnknown(s)])).toEqual(expect.arrayContaining([['closed', false], ['open', true]]));
  });
});

describe('projects at a date', () => {
  it('takes the status of the last history entry reached, none before the plan was issued', () => {
    // Shantou's approval is dated to the month only (2024-08).
    const shantou = project('proj-c1-17');
    expect(projectStatusAt(shantou, '2021-01-01')).toBeNull();
    expect(projectStatusAt(shantou, '2021-12-01')).toBe('planned');
    expect(projectStatusAt(shantou, '2024-07-31')).toBe('planned');
    expect(projectStatusAt(shantou, '2024-08-01')).toBe('approved');
    expect(projectStatusAt(shantou, '2026-01-01')).toBe(shantou.properties.status);
    const basf = project('proj-c1-54');
    expect(projectStatusAt(basf, '2025-06-29')).toBe('planned');
    expect(projectStatusAt(basf, '2025-06-30')).toBe('approved');
    expect(projectStatusAt(basf, '2025-08-25')).toBe('approved');
    expect(projectStatusAt(basf, '2025-08-26')).toBe('open');
  });

  it('at the plan’s start has open only what opened before the plan was issued (recorded at its date)', () => {
    const open = data.projects.features.filter((f) => projectStatusAt(f, '2021-12-31') === 'open');
    for (const f of open) {
      const entry = f.properties.status_history.find((e) => e.status === 'open')!;
      expect(entry.date, f.properties.id).toBe(data.plan.plan.date);
      expect(entry.note_en, f.properties.id).toMatch(/before the plan/);
    }
    expect(ids(open)).toEqual(['proj-c3-06']);
  });

  it('truncates the history of a dated copy, which the status filter then tests', () => {
    const visible = visibleFeatures(data, { ...DEFAULT_STATE, status: ['open'], asof: '2023-01-01' });
    expect(visible.projects.every((f) => f.properties.status === 'open')).toBe(true);
    expect(ids(visible.projects)).toEqual(expect.arrayContaining(['proj-c3-06', 'proj-c4-04']));
    expect(ids(visible.projects)).not.toContain('proj-c1-17');
    const c117 = featuresOn(data, '2024-09-01').projects.find((f) => f.properties.id === 'proj-c1-17')!;
    expect(c117.properties.status_history.map((e) => e.status)).toEqual(['planned', 'approved']);
  });

  it('gives the filter counts of the day', () => {
    const counts = facetCounts(data, { ...DEFAULT_STATE, asof: '2021-12-31', layers: ['projects'] }, 'status', PROJECT_STATUSES);
    expect(counts.get('open')).toBe(1);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(108);
    const today = facetCounts(data, { ...DEFAULT_STATE, layers: ['projects'] }, 'status', PROJECT_STATUSES);
    expect(today.get('open')).toBe(data.projects.features.filter((f) => f.properties.status === 'open').length);
  });

  it('shows no project of the plan before it was issued (plan.json: 2021-12), every one from then on', () => {
    expect(planDate(data)).toBe('2021-12');
    for (const day of ['1950-07-01', '2015-01-01', '2021-11-30']) {
      expect(beforePlan(data, day), day).toBe(true);
      expect(featuresOn(data, day).projects, day).toEqual([]);
      expect(data.projects.features.every((f) => projectOn(f, day) === null && projectStatusAt(f, day) === null), day).toBe(true);
      expect(visibleFeatures(data, { ...DEFAULT_STATE, asof: day }).projects, day).toEqual([]);
      const counts = facetCounts(data, { ...DEFAULT_STATE, asof: day, layers: ['projects'] }, 'status', PROJECT_STATUSES);
      expect([...counts.values()].reduce((a, b) => a + b, 0), day).toBe(0);
    }
    for (const day of ['2021-12-01', '2021-12-31', '2023-01-01']) {
      expect(beforePlan(data, day), day).toBe(false);
      expect(featuresOn(data, day).projects, day).toHaveLength(108);
    }
    expect(beforePlan(data, null)).toBe(false);
    expect(featuresOn(data, null).projects).toHaveLength(108);
  });

  it('shows a step reached before the plan (recorded at its date) as done from the plan’s date, never earlier', () => {
    // 青茂口岸 opened 2021-09-08, before the plan: not on the map in 2021-11, open on the plan's first day.
    const qingmao = project('proj-c3-06');
    expect(projectStatusAt(qingmao, '2021-11-30')).toBeNull();
    expect(projectStatusAt(qingmao, '2021-12-01')).toBe('open');
  });

  it('puts the plan’s date among the days the timeline steps to', () => {
    expect(recordDates(data)).toContain('2021-12');
  });

  it('lists a state per distinct status in the history', () => {
    expect(projectStates(project('proj-c1-54')).map((s) => s.properties.status)).toEqual(['open', 'planned', 'approved']);
  });
});

describe('routes and the timeline', () => {
  it('shows a rail service from its first run; one without is shown as date unknown', () => {
    const moscow = data.index.railRoutes.get('rail-dongguan-shilong-moscow')!;
    expect(railRouteAt(moscow, '2015-12-24').shown).toBe(false);
    expect(railRouteAt(moscow, '2015-12-25')).toEqual({ shown: true, dateKnown: true });
    const undated = data.rail.features.find((f) => !f.properties.first_run)!;
    expect(railRouteAt(undated, '2015-01-01')).toEqual({ shown: true, dateKnown: false });
  });

  it('collects every date of the record, among them the first crossing', () => {
    const dates = recordDates(data);
    expect(dates).toContain(port('port-luohu').properties.opened);
    expect(dates).toContain('2024-07-31');
  });
});
