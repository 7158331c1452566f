import { describe, expect, it } from 'vitest';
import type { AtlasData, PortFeature, ProjectFeature } from '../data/atlas.ts';
import type { Visible } from './filters.ts';
import { finding } from './stats.ts';

const data = {
  index: {
    regionOfCity: new Map([['440100', 'pearl-river-delta'], ['440500', 'east-wing'], ['440800', 'west-wing'], ['440200', 'north']]),
  },
} as unknown as AtlasData;
const item = (city: string, column?: number) => ({ properties: { city, column } });
const visible = (ports: ReturnType<typeof item>[], projects: ReturnType<typeof item>[]) =>
  ({ ports: ports as unknown as PortFeature[], projects: projects as unknown as ProjectFeature[], sea: [], rail: [] }) as Visible;

describe('finding', () => {
  it('names the region with most of the shown projects, its share and its main plan column', () => {
    const v = visible([item('440200')], [item('440500', 3), item('440100', 2), item('440500', 1), item('440500', 3), item('440800', 1)]);
    expect(finding(data, v, 'projects')).toEqual({ region: 'east-wing', count: 3, total: 5, share: 0.6, topColumn: 3, topColumnCount: 2 });
  });

  it('counts ports for the port measure, with no plan column', () => {
    const v = visible([item('440200'), item('440100'), item('440200')], [item('440100', 1), item('440100', 1), item('440100', 1)]);
    expect(finding(data, v, 'ports')).toEqual({ region: 'north', count: 2, total: 3, share: 2 / 3, topColumn: null, topColumnCount: 0 });
  });

  it('breaks ties by the regions’ order and by the lower column', () => {
    const v = visible([], [item('440200', 4), item('440800', 5), item('440800', 2), item('440200', 1)]);
    expect(finding(data, v, 'projects')).toMatchObject({ region: 'west-wing', count: 2, topColumn: 2, topColumnCount: 1 });
    const w = visible([], [item('440200', 4), item('440200', 1), item('440500', 1), item('440500', 5), item('440500', 5)]);
    expect(finding(data, w, 'projects')).toMatchObject({ region: 'east-wing', count: 3, topColumn: 5, topColumnCount: 2 });
  });

  it('is null when nothing of the measure is shown', () => {
    expect(finding(data, visible([item('440200')], []), 'projects')).toBeNull();
    expect(finding(data, visible([], [item('440200', 1)]), 'ports')).toBeNull();
  });
});
