import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import type { PlanFigure } from '../data/atlas.ts';
import { formatFigure, tokenValue, tourProblems, TourTokenError, type Tour } from './tour.ts';

const data = atlasFixture();
const tour = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/tour.json'), 'utf8')) as Tour;
const FILE_PROBLEM = [{ id: '(file)', rule: 'tour-steps', message: 'needs a "steps" list of at least 9 steps' }];

/** The tour cut to its first nine steps (the least it may have), with one step changed. */
function withStep(index: number, change: (step: Record<string, unknown>) => void) {
  const steps = structuredClone(tour.steps.slice(0, 9)) as unknown as Record<string, unknown>[];
  change(steps[index]);
  return tourProblems({ steps }, data);
}

describe('tourProblems', () => {
  it('needs a list of at least nine steps', () => {
    for (const bad of [null, undefined, {}, { steps: 'x' }, { steps: tour.steps.slice(0, 8) }]) expect(tourProblems(bad, data)).toEqual(FILE_PROBLEM);
    expect(tourProblems({ steps: tour.steps.slice(0, 9) }, data)).toEqual([]);
  });

  it('names a step without an id by its place, and reports an id used twice', () => {
    expect(withStep(4, (s) => (s.id = 5))).toEqual([]);
    const steps = structuredClone(tour.steps.slice(0, 9)) as unknown as Record<string, unknown>[];
    steps[5].id = 7;
    steps[5].title_en = '';
    steps[2].id = steps[1].id;
    expect(tourProblems({ steps }, data)).toEqual([
      { id: 'column-1', rule: 'id-unique', message: 'step id is used twice' },
      { id: '#6', rule: 'required-text', message: 'title_en is empty' },
    ]);
  });

  it('needs both titles as text with something in them', () => {
    expect(withStep(0, (s) => (s.title_zh = '  '))).toEqual([{ id: 'overview', rule: 'required-text', message: 'title_zh is empty' }]);
    expect(withStep(0, (s) => (s.title_en = 3))).toEqual([{ id: 'overview', rule: 'required-text', message: 'title_en is empty' }]);
    expect(withStep(0, (s) => delete s.title_zh)).toEqual([{ id: 'overview', rule: 'required-text', message: 'title_zh is empty' }]);
  });

  it('needs two to four caption lines in each language', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`);
    expect(withStep(1, (s) => (s.caption_zh = lines(2)))).toEqual([]);
    expect(withStep(1, (s) => (s.caption_en = lines(4)))).toEqual([]);
    expect(withStep(1, (s) => (s.caption_zh = lines(1)))).toEqual([{ id: 'column-1', rule: 'caption-lines', message: 'caption_zh needs 2–4 lines' }]);
    expect(withStep(1, (s) => (s.caption_en = lines(5)))).toEqual([{ id: 'column-1', rule: 'caption-lines', message: 'caption_en needs 2–4 lines' }]);
    expect(withStep(1, (s) => (s.caption_en = 'line 0\nline 1'))).toEqual([{ id: 'column-1', rule: 'caption-lines', message: 'caption_en needs 2–4 lines' }]);
  });

  it('reports each caption token that does not resolve', () => {
    expect(withStep(1, (s) => (s.caption_en = ['{fig:nope}', '{banana}', 'fine']))).toEqual([
      { id: 'column-1', rule: 'caption-token', message: 'unknown figure "nope"' },
      { id: 'column-1', rule: 'caption-token', message: 'unknown token {banana}' },
    ]);
  });

  it('needs a camera as a centre and a zoom from 0 to 16, or as two corners', () => {
    const camera = (value: unknown) => withStep(3, (s) => (s.camera = value));
    const CAMERA = [{ id: 'column-3', rule: 'camera', message: 'camera needs {center:[lng,lat], zoom} or {bounds:[[w,s],[e,n]]}' }];
    for (const ok of [{ center: [113, 22], zoom: 0 }, { center: [113, 22], zoom: 16 }, { bounds: [[112, 21], [115, 24]] }]) expect(camera(ok), JSON.stringify(ok)).toEqual([]);
    for (const bad of [
      undefined,
      null,
      {},
      { center: [113, 22] },
      { center: [113, 22], zoom: -0.1 },
      { center: [113, 22], zoom: 16.1 },
      { center: [113, 22], zoom: '8' },
      { center: [113], zoom: 8 },
      { center: [113, 22, 0], zoom: 8 },
      { center: [113, '22'], zoom: 8 },
      { center: ['113', 22], zoom: 8 },
      { center: [113, Number.NaN], zoom: 8 },
      { center: [Number.POSITIVE_INFINITY, 22], zoom: 8 },
      { center: '113,22', zoom: 8 },
      { bounds: [[112, 21]] },
      { bounds: [[112, 21], [115, 24], [116, 25]] },
      { bounds: [[112, 21], [115]] },
      { bounds: [[112], [115, 24]] },
      { bounds: [[112, 21, 0], [115, 24]] },
      { bounds: [[112, 21], 'x'] },
      { bounds: [[112, 21], [115, Number.NaN]] },
      { bounds: [['112', 21], [115, 24]] },
      { bounds: 'x' },
    ]) {
      expect(camera(bad), JSON.stringify(bad)).toEqual(CAMERA);
    }
  });

  it('needs the state as link parameters the app understands', () => {
    expect(withStep(2, (s) => (s.state = 7))).toEqual([{ id: 'column-2', rule: 'state', message: 'state must be link parameters as text' }]);
    expect(withStep(2, (s) => (s.state = ''))).toEqual([]);
    expect(withStep(2, (s) => (s.state = 'column=9&banana=1'))).toEqual([
      { id: 'column-2', rule: 'state', message: 'state has parameters the app does not understand: column=9, banana=1' },
    ]);
  });
});

describe('tokenValue', () => {
  it('counts the routes and the countries they reach, whatever the filters', () => {
    expect(tokenValue('sea', data, 'zh')).toBe(String(data.sea.features.length));
    expect(tokenValue('rail|types=land', data, 'zh')).toBe(String(data.rail.features.length));
    expect(tokenValue('sea', data, 'zh')).not.toBe(tokenValue('rail', data, 'zh'));
    expect(tokenValue('seaCountries', data, 'en')).toBe('48');
    expect(tokenValue('railCountries', data, 'en')).toBe('10');
  });

  it('counts the ports that are not closed', () => {
    const notClosed = data.ports.features.filter((f) => f.properties.status !== 'closed').length;
    expect(notClosed).toBeLessThan(data.ports.features.length);
    expect(tokenValue('ports', data, 'zh')).toBe(String(notClosed));
    expect(tokenValue('ports|types=air', data, 'zh')).toBe(String(data.ports.features.filter((f) => f.properties.port_type === 'air' && f.properties.status !== 'closed').length));
  });

  it('throws a TourTokenError naming an unknown token or every bad filter', () => {
    expect(() => tokenValue('banana', data, 'zh')).toThrow(new TourTokenError('unknown token {banana}'));
    expect(() => tokenValue('projects|foo=1&column=9', data, 'zh')).toThrow(new TourTokenError('bad filters in {projects|foo=1&column=9}: foo=1, column=9'));
    expect(() => tokenValue('fig:nope', data, 'zh')).toThrow(TourTokenError);
  });
});

describe('formatFigure', () => {
  const figure = (over: Partial<PlanFigure> & { display_en?: string }) =>
    ({ id: 'x', label_zh: '', label_en: '', value: 12345, kind: 'target', where: { chapter: 1 }, quote_zh: '', ...over }) as PlanFigure & { display_en?: string };

  it('writes Chinese units after a space, a per cent sign straight after the number', () => {
    expect(formatFigure(figure({ value: 49.9, unit_zh: '%' }), 'zh')).toBe('49.9%');
    expect(formatFigure(figure({ unit_zh: '个' }), 'zh')).toBe('12345 个');
    expect(formatFigure(figure({}), 'zh')).toBe('12345');
  });

  it('writes English with grouped digits, its own wording where the record has one', () => {
    expect(formatFigure(figure({ unit_en: 'TEU', display_en: 'about 12k TEU' }), 'en')).toBe('about 12k TEU');
    expect(formatFigure(figure({ value: 49.9, unit_en: 'percent' }), 'en')).toBe('49.9%');
    expect(formatFigure(figure({ unit_en: 'TEU' }), 'en')).toBe('12,345 TEU');
    expect(formatFigure(figure({}), 'en')).toBe('12,345');
  });
});
