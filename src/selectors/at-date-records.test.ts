import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import type { AtlasData, PortFeature, ProjectFeature, RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';
import { featuresOn, isDateUnknown, portAt, portOn, portStates, projectOn, projectStates, projectStatusAt, recordDates, seaRouteAt } from './at-date.ts';

const port = (properties: Record<string, unknown>) =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: [113, 22] }, properties: { id: 'port-x', status_as_of: null, closed: null, checked: '2026-12-02', ...properties } }) as unknown as PortFeature;
const project = (history: [string, string][]) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113, 22] },
    properties: { id: 'proj-x', status: history.at(-1)?.[0] ?? 'planned', status_history: history.map(([status, date]) => ({ status, date, sources: [] })) },
  }) as unknown as ProjectFeature;

describe('a port with no opening date', () => {
  it('is vouched for from its stated status date, else from the day it was researched', () => {
    const stated = port({ opened: 'unknown', status: 'open', status_as_of: '2010-05' });
    expect(portAt(stated, '2010-04-30')).toEqual({ status: 'open', dateKnown: false });
    expect(portAt(stated, '2010-05-01')).toEqual({ status: 'open', dateKnown: true });
    const researched = port({ opened: 'unknown', status: 'open', checked: '2020-01-01' });
    expect(portAt(researched, '2019-12-31')).toEqual({ status: 'open', dateKnown: false });
    expect(portAt(researched, '2020-01-01')).toEqual({ status: 'open', dateKnown: true });
  });

  it('is never vouched for as open once its record says it closed or was suspended', () => {
    const closed = port({ opened: 'unknown', status: 'closed', closed: '2020-06', status_as_of: '2015-01-01', checked: '2016-01-01' });
    expect(portAt(closed, '2017-01-01')).toEqual({ status: 'open', dateKnown: false });
    expect(portAt(closed, '2020-06-01')).toEqual({ status: 'closed', dateKnown: true });
    const suspended = port({ opened: 'unknown', status: 'suspended', status_as_of: '2020-03-01', checked: '2016-01-01' });
    expect(portAt(suspended, '2017-01-01')).toEqual({ status: 'open', dateKnown: false });
    expect(portAt(suspended, '2020-03-01')).toEqual({ status: 'suspended', dateKnown: true });
  });
});

describe('a closed or suspended port', () => {
  it('closes on its closing day, or on its status date where the closing day is missing or unknown', () => {
    const base = { opened: '2000', status: 'closed', status_as_of: '2018-04-01' };
    for (const closed of [null, 'unknown']) {
      expect(portAt(port({ ...base, closed }), '2018-03-31'), String(closed)).toEqual({ status: 'open', dateKnown: true });
      expect(portAt(port({ ...base, closed }), '2018-04-01'), String(closed)).toEqual({ status: 'closed', dateKnown: true });
    }
    expect(portAt(port({ ...base, closed: '2019' }), '2018-12-31').status).toBe('open');
    expect(portAt(port({ ...base, closed: '2019' }), '2019-01-01').status).toBe('closed');
  });

  it('is suspended only with a suspended record; an open port’s status date changes nothing', () => {
    expect(portAt(port({ opened: '2000', status: 'open', status_as_of: '2010' }), '2011-01-01')).toEqual({ status: 'open', dateKnown: true });
    expect(portAt(port({ opened: '2000', status: 'suspended', status_as_of: null }), '2011-01-01')).toEqual({ status: 'open', dateKnown: true });
    expect(portAt(port({ opened: '2000', status: 'suspended', status_as_of: '2010' }), '2011-01-01')).toEqual({ status: 'suspended', dateKnown: true });
  });
});

describe('dated copies', () => {
  it('is the record itself in its own state, and a copy, open since the opening day, before it closed', () => {
    const closed = port({ opened: '2010-03', status: 'closed', closed: '2020-06', status_as_of: '2020-06' });
    expect(portOn(closed, '2021-01-01')).toBe(closed);
    expect(portOn(closed, '2009-01-01')).toBeNull();
    const before = portOn(closed, '2015-01-01')!;
    expect(before).not.toBe(closed);
    expect(before.properties).toEqual({ ...closed.properties, status: 'open', status_as_of: '2010-03', closed: null });
    expect(isDateUnknown(before)).toBe(false);
    const open = port({ opened: '2010-03', status: 'open' });
    expect(portOn(open, '2015-01-01')).toBe(open);
  });

  it('gives a copy of a port with no opening date no status date, and marks it', () => {
    const undated = port({ opened: 'unknown', status: 'closed', closed: '2020-06', status_as_of: '2020-06' });
    const copy = portOn(undated, '2015-01-01')!;
    expect(copy.properties).toMatchObject({ status: 'open', status_as_of: null, closed: null });
    expect(isDateUnknown(copy)).toBe(true);
  });

  it('cuts a project’s history to the day, never marking it undated, and is planned without any history', () => {
    const p = project([['planned', '2021-12'], ['approved', '2023'], ['open', '2024-08-01']]);
    const copy = projectOn(p, '2023-06-01')!;
    expect(copy.properties.status).toBe('approved');
    expect(copy.properties.status_history.map((e) => e.status)).toEqual(['planned', 'approved']);
    expect(isDateUnknown(copy)).toBe(false);
    expect(projectOn(p, '2024-08-01')).toBe(p);
    expect(projectStatusAt(project([]), '2024-01-01')).toBe('planned');
  });

  it('lists every state of a port and of a project once', () => {
    const closed = port({ opened: 'unknown', status: 'closed', closed: 'unknown', status_as_of: '2020-06', checked: '2021-01-01' });
    expect(portStates(closed).map((f) => [f.properties.status, isDateUnknown(f)])).toEqual([['closed', false], ['open', true]]);
    const open = port({ opened: '2010', status: 'open' });
    expect(portStates(open)).toEqual([open]);
    const p = project([['planned', '2021-12'], ['approved', '2023'], ['open', '2024-08-01']]);
    expect(projectStates(p).map((f) => f.properties.status)).toEqual(['open', 'planned', 'approved']);
  });
});

describe('routes at a date', () => {
  it('shows a sea lane always, dated from the day it was researched', () => {
    const lane = { properties: { checked: '2025-11-01' } } as unknown as SeaRouteFeature;
    expect(seaRouteAt(lane, '2025-10-31')).toEqual({ shown: true, dateKnown: false });
    expect(seaRouteAt(lane, '2025-11-01')).toEqual({ shown: true, dateKnown: true });
  });
});

describe('featuresOn', () => {
  const data = atlasFixture();

  it('gives the same lists for the same day asked twice, and every sea lane on any day', () => {
    const first = featuresOn(data, '2019-05-05');
    expect(featuresOn(data, '2019-05-05')).toBe(first);
    expect(first.sea).toHaveLength(data.sea.features.length);
    expect(featuresOn(data, '2019-05-06')).not.toBe(first);
  });
});

describe('recordDates', () => {
  it('takes opening and closing days, status dates of ports not open, the plan’s date, history steps after the plan entry, first runs', () => {
    const data = {
      ports: {
        features: [
          port({ opened: '2001-02-03', status: 'open', status_as_of: '2019-05' }),
          port({ opened: 'unknown', status: 'closed', closed: 'unknown', status_as_of: '2020-01' }),
          port({ opened: '2002', status: 'closed', closed: '2021-07-01', status_as_of: '2021-07-01' }),
        ],
      },
      projects: { features: [project([['planned', '2021-12']]), project([['planned', '2021-12'], ['open', '2024-08-01']])] },
      rail: { features: [{ properties: { first_run: '2016-08' } }, { properties: { first_run: null } }] as unknown as RailRouteFeature[] },
    } as unknown as Pick<AtlasData, 'ports' | 'projects' | 'rail'>;
    expect(recordDates(data)).toEqual(['2001-02-03', '2020-01', '2002', '2021-07-01', '2021-12', '2024-08-01', '2016-08']);
  });
});
