import { describe, expect, it } from 'vitest';
import type { PortFeature } from '../data/atlas.ts';
import type { Crossing } from '../data/crossings.ts';
import { distanceKm, fadedPorts, guideMatches } from './guide.ts';

const port = (id: string, lon: number, lat: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id } }) as unknown as PortFeature;
const crossing = (id: string, passenger: Crossing['hours']['passenger'], modes: Crossing['modes']['value'], goods: Crossing['hours']['goods'] = null): Crossing => ({
  port: id,
  hours: { passenger, goods, sources: [] },
  modes: { value: modes, sources: [] },
  inspection: { value: 'unknown', sources: [] },
  counterpart: null,
  station: null,
});

const ports = [port('a', 114.11, 22.53), port('b', 113.94, 22.5), port('c', 113.55, 22.22), port('d', 113.0, 23.0)];
const byPort = new Map([
  ['a', crossing('a', ['06:30-24:00'], ['pedestrian'])],
  ['b', crossing('b', ['06:30-24:00'], ['pedestrian', 'private-car', 'goods-vehicle'], '24h')],
  ['c', crossing('c', '24h', ['pedestrian', 'private-car'])],
]);
const ids = (matches: { port: PortFeature }[]) => matches.map((m) => m.port.properties.id);

describe('guideMatches', () => {
  it('keeps the crossings that serve the mode', () => {
    expect(ids(guideMatches(ports, byPort, { mode: 'walk', time: null, from: null }))).toEqual(['a', 'b', 'c']);
    expect(ids(guideMatches(ports, byPort, { mode: 'car', time: null, from: null }))).toEqual(['b', 'c']);
    expect(ids(guideMatches(ports, byPort, { mode: 'coach', time: null, from: null }))).toEqual([]);
  });
  it('leaves out those closed at the time; goods follow their own hours', () => {
    expect(ids(guideMatches(ports, byPort, { mode: 'walk', time: '02:00', from: null }))).toEqual(['c']);
    expect(ids(guideMatches(ports, byPort, { mode: 'goods', time: '02:00', from: null }))).toEqual(['b']);
    expect(ids(guideMatches(ports, byPort, { mode: 'walk', time: '10:00', from: null }))).toEqual(['a', 'b', 'c']);
  });
  it('puts the nearest first from the chosen place', () => {
    const fromZhuhai = guideMatches(ports, byPort, { mode: null, time: null, from: { kind: 'city', key: '440400', lon: 113.55, lat: 22.25 } });
    expect(ids(fromZhuhai)).toEqual(['c', 'b', 'a']);
    expect(fromZhuhai[0].km).toBeCloseTo(3.3, 1);
  });
});

describe('fadedPorts', () => {
  it('fades the ports closed at the time, or in the guide every port not matched', () => {
    expect([...fadedPorts(ports, byPort, '02:00', null)]).toEqual(['a', 'b']);
    expect([...fadedPorts(ports, byPort, null, null)]).toEqual([]);
    expect([...fadedPorts(ports, byPort, null, guideMatches(ports, byPort, { mode: 'car', time: null, from: null }))]).toEqual(['a', 'd']);
  });
  it('distanceKm agrees with a known distance (about 111 km a degree of latitude)', () => expect(distanceKm([113, 22], [113, 23])).toBeCloseTo(111.2, 0));
});
