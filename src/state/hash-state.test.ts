import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type HashState, keepUnchanged, parseHash, serializeHash, withFiltersReset } from './hash-state.ts';

describe('parseHash', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseHash('')).toEqual({ state: DEFAULT_STATE, ignored: [] });
    expect(parseHash('#')).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });

  it('reads every documented parameter', () => {
    const { state, ignored } = parseHash(
      '#map=9.50/22.5431/114.0579&lang=en&layers=ports,rail&types=land,air&status=open,planned&action=new&column=3,1' +
        '&city=440300,440400&region=pearl-river-delta&class=I&sel=port-luohu&panel=list&display=clusters&choro=projects&anim=1&present=1&tour=3&basemap=osm&asof=2015-01-01&embed=1&open=02:00',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      lang: 'en',
      map: { zoom: 9.5, lat: 22.5431, lng: 114.0579 },
      layers: ['ports', 'rail'],
      types: ['land', 'air'],
      status: ['planned', 'open'],
      action: ['new'],
      column: [1, 3],
      city: ['440300', '440400'],
      region: ['pearl-river-delta'],
      class: ['I'],
      sel: 'port-luohu',
      panel: 'list',
      display: 'clusters',
      choro: 'projects',
      anim: true,
      present: true,
      tour: 3,
      basemap: 'osm',
      asof: '2015-01-01',
      embed: true,
      open: '02:00',
    } satisfies HashState);
  });

  it('drops malformed and unknown parameters, reports them as written, and keeps the rest', () => {
    const { state, ignored } = parseHash('#lang=fr&map=9/22.5/114&foo=1&map2=&%E0%A4%A=1&panel');
    expect(state.map).toEqual({ zoom: 9, lat: 22.5, lng: 114 });
    expect(state.lang).toBe('zh');
    expect(ignored).toEqual(['lang=fr', 'foo=1', 'map2=', '%E0%A4%A=1', 'panel']);
  });

  it('drops unknown values from a list one by one and keeps the known ones', () => {
    const { state, ignored } = parseHash('#status=open,done,planned&city=440300,999999&column=2,9');
    expect(state.status).toEqual(['planned', 'open']);
    expect(state.city).toEqual(['440300']);
    expect(state.column).toEqual([2]);
    expect(ignored).toEqual(['status=done', 'city=999999', 'column=9']);
  });

  it('drops a filter whose values are all unknown, but allows switching every layer off', () => {
    expect(parseHash('#status=done').state.status).toBeNull();
    expect(parseHash('#status=').state.status).toBeNull();
    expect(parseHash('#layers=').state.layers).toEqual([]);
    expect(parseHash('#types=').state.types).toEqual([]);
  });

  it.each(['map=banana', 'map=1/2', 'map=30/22/114', 'map=5/95/114', 'map=5/22/200', 'map=5//114', 'map=NaN/1/1'])(
    'rejects the map view %s',
    (param) => {
      const { state, ignored } = parseHash(`#${param}`);
      expect(state.map).toBeNull();
      expect(ignored).toEqual([param]);
    },
  );

  it('reads switches and the tour step strictly', () => {
    expect(parseHash('#present=1&anim=0&tour=10').state).toMatchObject({ present: true, anim: false, tour: 10 });
    expect(parseHash('#present=yes&tour=0&tour=x').ignored).toEqual(['present=yes', 'tour=0', 'tour=x']);
  });

  it('rejects a selection id that cannot be a feature id', () => {
    expect(parseHash('#sel=<script>').ignored).toEqual(['sel=<script>']);
    expect(parseHash('#sel=port-luohu').state.sel).toBe('port-luohu');
  });
});

describe('serializeHash', () => {
  it('writes nothing for the default state', () => {
    expect(serializeHash(DEFAULT_STATE)).toBe('');
  });

  it('round-trips what it writes', () => {
    const state: HashState = {
      ...DEFAULT_STATE,
      lang: 'en',
      map: { zoom: 8.25, lat: 22.61234, lng: 113.98765 },
      types: ['water'],
      status: ['under-construction'],
      city: ['441300'],
      sel: 'proj-c1-23',
      panel: 'filters',
    };
    const hash = serializeHash(state);
    expect(hash).toBe('#map=8.25/22.6123/113.9877&lang=en&types=water&status=under-construction&city=441300&sel=proj-c1-23&panel=filters');
    const again = parseHash(hash);
    expect(again.ignored).toEqual([]);
    expect(serializeHash(again.state)).toBe(hash);
  });
});

describe('withFiltersReset', () => {
  it('clears filters and keeps the view, language, layers, selection and panel', () => {
    const state: HashState = { ...DEFAULT_STATE, lang: 'en', layers: ['ports'], types: ['air'], status: ['open'], city: ['440100'], panel: 'list', sel: 'port-luohu' };
    expect(withFiltersReset(state)).toEqual({ ...DEFAULT_STATE, lang: 'en', layers: ['ports'], panel: 'list', sel: 'port-luohu' });
  });
});

describe('keepUnchanged', () => {
  it('keeps the previous value of every field a new link leaves equal, and takes the changed ones', () => {
    const before = parseHash('#types=water,land&status=open&map=9.00/22.5400/114.0500').state;
    const after = keepUnchanged(before, parseHash('#types=water,land&status=open,planned&map=9.00/22.5400/114.0500').state);
    expect(after.types).toBe(before.types);
    expect(after.map).toBe(before.map);
    expect(after.layers).toBe(before.layers);
    expect(after.status).not.toBe(before.status);
    expect(after.status).toEqual(['planned', 'open']);
    expect(serializeHash(after)).toBe(serializeHash(parseHash('#types=water,land&status=open,planned&map=9.00/22.5400/114.0500').state));
  });
});

describe('open', () => {
  it('reads a Beijing time HH:MM or now and writes it back', () => {
    for (const value of ['00:00', '02:00', '23:59', 'now']) {
      const { state, ignored } = parseHash(`#open=${value}`);
      expect([state.open, ignored]).toEqual([value, []]);
      expect(serializeHash(state)).toBe(`#open=${value}`);
    }
  });
  it('drops 25:00, 24:00, 7pm, 7:00 and abc, naming each', () => {
    for (const value of ['25:00', '24:00', '7pm', '7:00', 'abc', '', 'x10:00', '10:00x', '110:00']) {
      const { state, ignored } = parseHash(`#lang=en&open=${value}`);
      expect([state.open, state.lang, ignored]).toEqual([null, 'en', [`open=${value}`]]);
    }
  });
});

describe('asof', () => {
  it('reads a real day from 1900 to today and writes it back', () => {
    expect(parseHash('#asof=2021-12-31').state.asof).toBe('2021-12-31');
    expect(serializeHash({ ...DEFAULT_STATE, asof: '2021-12-31' })).toBe('#asof=2021-12-31');
    expect(serializeHash({ ...DEFAULT_STATE, asof: null })).toBe('');
  });

  it('drops a malformed day, one before 1900 or after today, and names it', () => {
    const future = `${new Date().getUTCFullYear() + 1}-01-01`;
    for (const raw of ['2021-13-01', '2021-02-30', '2021-1-1', '2021', 'yesterday', '1899-12-31', future]) {
      const { state, ignored } = parseHash(`#asof=${raw}&lang=en`);
      expect(state.asof, raw).toBeNull();
      expect(state.lang).toBe('en');
      expect(ignored).toEqual([`asof=${raw}`]);
    }
  });
});
