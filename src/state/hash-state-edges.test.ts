import { describe, expect, it } from 'vitest';
import { parseAsOf } from './as-of.ts';
import { DEFAULT_STATE, keepUnchanged, LAYER_KEYS, parseHash, serializeHash } from './hash-state.ts';

const accepted = (hash: string) => parseHash(hash).ignored.length === 0;

describe('the map view of a link', () => {
  it('takes zoom 0 to 22, latitude to ±85 and longitude to ±180, the bounds included', () => {
    for (const view of ['0/0/0', '22/85/180', '22/-85/-180', '0.5/-84.9/179.9']) expect(accepted(`#map=${view}`), view).toBe(true);
    expect(parseHash('#map=22/-85/-180').state.map).toEqual({ zoom: 22, lat: -85, lng: -180 });
    for (const view of ['-0.1/22/114', '22.1/22/114', '9/85.1/114', '9/-85.1/114', '9/22/180.1', '9/22/-180.1', 'Infinity/0/0', '9/-Infinity/0'])
      expect(parseHash(`#map=${view}`), view).toEqual({ state: DEFAULT_STATE, ignored: [`map=${view}`] });
  });

  it('needs exactly three parts, none of them blank', () => {
    for (const view of ['9/22/114/5', '9/ /114', ' /22/114', '9/22/ ']) expect(parseHash(`#map=${view}`).state.map, view).toBeNull();
  });
});

describe('lists in a link', () => {
  it('drops a list whose every value is unknown, even where an empty list means none', () => {
    expect(parseHash('#layers=foo')).toEqual({ state: DEFAULT_STATE, ignored: ['layers=foo'] });
    expect(parseHash('#types=foo,bar').state.types).toBe(DEFAULT_STATE.types);
  });

  it('writes several values with plain commas, in the canonical order', () => {
    expect(serializeHash({ ...DEFAULT_STATE, layers: ['ports', 'rail'], types: ['water', 'air'], column: [1, 4] })).toBe('#layers=ports,rail&types=water,air&column=1,4');
  });

  it('reads cities as Guangdong prefecture codes, sorted, once each, skipping empty items', () => {
    expect(parseHash('#city=440300,,440100,440300')).toEqual({ state: { ...DEFAULT_STATE, city: ['440100', '440300'] }, ignored: [] });
    expect(serializeHash({ ...DEFAULT_STATE, city: ['440100', '440300'] })).toBe('#city=440100,440300');
    expect(parseHash('#city=440300,x440100,4401001,450100')).toEqual({
      state: { ...DEFAULT_STATE, city: ['440300'] },
      ignored: ['city=x440100', 'city=4401001', 'city=450100'],
    });
    expect(parseHash('#city=x440300,4403000')).toEqual({ state: DEFAULT_STATE, ignored: ['city=x440300,4403000'] });
    expect(parseHash('#city=')).toEqual({ state: DEFAULT_STATE, ignored: ['city='] });
  });
});

describe('single values in a link', () => {
  it('reads a switch as 1 or 0 only', () => {
    expect(parseHash('#anim=0&present=0&embed=1')).toEqual({ state: { ...DEFAULT_STATE, embed: true }, ignored: [] });
    expect(serializeHash({ ...DEFAULT_STATE, anim: true, present: true })).toBe('#anim=1&present=1');
  });

  it('reads a selection id of up to 81 lower-case letters, digits and dashes', () => {
    const longest = `a${'b'.repeat(80)}`;
    expect(parseHash(`#sel=${longest}`).state.sel).toBe(longest);
    for (const sel of [`${longest}c`, 'Xport-luohu', 'port-luohu!', '-port', '<b>port']) expect(parseHash(`#sel=${sel}`).ignored, sel).toEqual([`sel=${sel}`]);
  });

  it('reads a tour step from 1 to 99', () => {
    expect(parseHash('#tour=1').state.tour).toBe(1);
    expect(parseHash('#tour=99').state.tour).toBe(99);
    for (const tour of ['100', 'x1', '1x', '01']) expect(parseHash(`#tour=${tour}`).ignored, tour).toEqual([`tour=${tour}`]);
  });

  it('drops a parameter with no value or a broken escape, whatever its name', () => {
    for (const pair of ['sel', 'sela', 'embed', '=en', 'city=%E0%A4%A', 'sel=%E0%A4%A', '%E0%A4%A=1'])
      expect(parseHash(`#${pair}`), pair).toEqual({ state: DEFAULT_STATE, ignored: [pair] });
  });

  it('takes off one leading # only', () => {
    expect(parseHash('panel=list').state.panel).toBe('list');
    expect(parseHash('panel=list#').ignored).toEqual(['panel=list#']);
    expect(parseHash('##panel=list').ignored).toEqual(['#panel=list']);
  });
});

describe('keepUnchanged', () => {
  const base = { ...DEFAULT_STATE, types: ['water', 'land'] as const, map: { zoom: 9, lat: 22.5, lng: 114 }, tour: 3, anim: false };

  it('takes a list that changed in one value, a map view that moved in one coordinate, and changed numbers and switches', () => {
    const next = { ...base, types: ['water', 'air'] as const, map: { zoom: 9, lat: 22.5, lng: 114.1 }, tour: 4, anim: true };
    const merged = keepUnchanged(base, next);
    expect(merged).toEqual(next);
    expect(merged.types).toBe(next.types);
    expect(merged.map).toBe(next.map);
    expect(keepUnchanged(base, { ...base, lang: 'en' }).lang).toBe('en');
  });

  it('takes a map view that appears or goes', () => {
    expect(keepUnchanged(base, { ...base, map: null }).map).toBeNull();
    const map = { zoom: 5, lat: 23, lng: 113 };
    expect(keepUnchanged({ ...base, map: null }, { ...base, map }).map).toBe(map);
  });

  it('keeps the previous objects where the values are equal', () => {
    const merged = keepUnchanged(base, { ...base, types: ['water', 'land'], map: { zoom: 9, lat: 22.5, lng: 114 }, layers: [...LAYER_KEYS] });
    expect(merged.types).toBe(base.types);
    expect(merged.map).toBe(base.map);
    expect(merged.layers).toBe(base.layers);
  });
});

describe('parseAsOf', () => {
  const now = new Date('2026-03-05T23:59:00Z');

  it('takes 1900-01-01 and today, the ends of the timeline', () => {
    expect(parseAsOf('1900-01-01', now)).toBe('1900-01-01');
    expect(parseAsOf('2026-03-05', now)).toBe('2026-03-05');
    expect(parseAsOf('2026-03-06', now)).toBeNull();
    expect(parseAsOf('1899-12-31', now)).toBeNull();
  });

  it('turns away what is not a calendar day written YYYY-MM-DD', () => {
    for (const raw of ['', '2021-02-29', '2021-1-01', '20210101', '+02021-01-01', '2021-01-01T00:00:00Z', ' 2021-01-01']) expect(parseAsOf(raw, now), raw).toBeNull();
    expect(parseAsOf('2024-02-29', now)).toBe('2024-02-29');
  });
});
