import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseHash, serializeHash } from './hash-state.ts';

describe('parseHash', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseHash('')).toEqual({ state: DEFAULT_STATE, ignored: [] });
    expect(parseHash('#')).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });

  it('reads the language and the map view', () => {
    const { state, ignored } = parseHash('#map=9.50/22.5431/114.0579&lang=en');
    expect(ignored).toEqual([]);
    expect(state).toEqual({ lang: 'en', map: { zoom: 9.5, lat: 22.5431, lng: 114.0579 } });
  });

  it('drops malformed and unknown parameters, reports them as written, and keeps the rest', () => {
    const { state, ignored } = parseHash('#lang=fr&map=9/22.5/114&foo=1&map2=&%E0%A4%A=1');
    expect(state.map).toEqual({ zoom: 9, lat: 22.5, lng: 114 });
    expect(state.lang).toBe('zh');
    expect(ignored).toEqual(['lang=fr', 'foo=1', 'map2=', '%E0%A4%A=1']);
  });

  it.each(['map=banana', 'map=1/2', 'map=30/22/114', 'map=5/95/114', 'map=5/22/200', 'map=5//114', 'map=NaN/1/1'])(
    'rejects the map view %s',
    (param) => {
      const { state, ignored } = parseHash(`#${param}`);
      expect(state.map).toBeNull();
      expect(ignored).toEqual([param]);
    },
  );
});

describe('serializeHash', () => {
  it('writes nothing for the default state', () => {
    expect(serializeHash(DEFAULT_STATE)).toBe('');
  });

  it('round-trips what it writes', () => {
    const state = { lang: 'en' as const, map: { zoom: 8.25, lat: 22.61234, lng: 113.98765 } };
    const again = parseHash(serializeHash(state));
    expect(again.ignored).toEqual([]);
    expect(again.state.lang).toBe('en');
    expect(again.state.map!.zoom).toBeCloseTo(8.25, 2);
    expect(again.state.map!.lat).toBeCloseTo(22.61234, 3);
    expect(again.state.map!.lng).toBeCloseTo(113.98765, 3);
    expect(serializeHash(again.state)).toBe(serializeHash(state));
  });
});
