import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { DEFAULT_STATE } from '../state/hash-state.ts';
import { resolveCaption, stepState, tokenValue, tourProblems, type Tour } from './tour.ts';

const data = atlasFixture();
const tour = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/tour.json'), 'utf8')) as Tour;

describe('the tour file', () => {
  it('passes every rule', () => {
    expect(tourProblems(tour, data)).toEqual([]);
  });

  it('follows the plan: overview, columns 1–5, Bay Area crossings, shipping, rail', () => {
    expect(tour.steps.map((s) => s.id).slice(0, 9)).toEqual([
      'overview', 'column-1', 'column-2', 'column-3', 'column-4', 'column-5', 'bay-area-crossings', 'shipping', 'rail',
    ]);
  });

  it('names the step and the rule when something is wrong', () => {
    const broken = structuredClone(tour);
    broken.steps[1].caption_zh = ['{fig:no-such-figure}', 'x'];
    broken.steps[2].state = 'column=9&banana=1';
    broken.steps[3].camera = { center: [113, 22], zoom: 99 };
    const problems = tourProblems(broken, data);
    expect(problems).toContainEqual({ id: 'column-1', rule: 'caption-token', message: 'unknown figure "no-such-figure"' });
    expect(problems.find((p) => p.id === 'column-2')?.rule).toBe('state');
    expect(problems.find((p) => p.id === 'column-3')?.rule).toBe('camera');
    expect(tourProblems({ steps: [] }, data)[0].rule).toBe('tour-steps');
  });

  it('lets a step set a date, and reports one that is malformed or in the future', () => {
    const start = tour.steps.find((s) => s.id === 'plan-start')!;
    expect(stepState(start, DEFAULT_STATE, 9).asof).toBe('2021-12-31');
    expect(stepState(tour.steps.find((s) => s.id === 'plan-today')!, { ...DEFAULT_STATE, asof: '2015-01-01' }, 10).asof).toBeNull();
    const broken = structuredClone(tour);
    broken.steps[0].state = 'asof=2021-02-30';
    broken.steps[1].caption_en = ['{projects|asof=2999-01-01}', 'x'];
    const problems = tourProblems(broken, data);
    expect(problems).toContainEqual(expect.objectContaining({ id: 'overview', rule: 'state', message: expect.stringContaining('asof=2021-02-30') }));
    expect(problems).toContainEqual(expect.objectContaining({ id: 'column-1', rule: 'caption-token', message: expect.stringContaining('asof=2999-01-01') }));
  });
});

describe('captions', () => {
  it('take their numbers from the plan and the data, never typed in', () => {
    expect(tokenValue('fig:projects-c1-water-cargo', data, 'zh')).toBe('70 个');
    expect(tokenValue('fig:single-window-national-share', data, 'en')).toBe('49.9%');
    expect(tokenValue('projects|column=1', data, 'zh')).toBe('70');
    expect(tokenValue('projects|column=3&city=440300', data, 'zh')).toBe('4');
    expect(tokenValue('cities|column=1', data, 'zh')).toBe('15');
    expect(resolveCaption('{projects|column=5} / {fig:projects-c5-class-ii}', data, 'en')).toBe('14 / 14 projects');
    // On the plan's day only Qingmao, opened three months before it was issued, is open.
    expect(tokenValue('projects|asof=2021-12-31&status=open', data, 'en')).toBe('1');
    expect(Number(tokenValue('ports|asof=2015-01-01', data, 'en'))).toBeLessThan(Number(tokenValue('ports', data, 'en')));
  });
});

describe('stepState', () => {
  it('starts from the defaults, applies the step, and keeps language and presentation', () => {
    const current = { ...DEFAULT_STATE, lang: 'en' as const, present: true, city: ['440100'] };
    const state = stepState(tour.steps[1], current, 1);
    expect(state).toMatchObject({ lang: 'en', present: true, tour: 2, column: [1], types: ['water'], city: null });
  });
});
