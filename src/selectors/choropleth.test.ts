import { describe, expect, it } from 'vitest';
import { choroplethClasses, classOf } from './choropleth.ts';

describe('choroplethClasses', () => {
  it('puts zero in its own class and covers every count exactly once', () => {
    const counts = [0, 0, 1, 1, 2, 3, 5, 8, 9, 10, 19, 24];
    const classes = choroplethClasses(counts);
    expect(classes[0]).toMatchObject({ min: 0, max: 0, cities: 2 });
    expect(classes.reduce((n, c) => n + c.cities, 0)).toBe(counts.length);
    for (const count of counts) expect(classes.filter((c) => count >= c.min && count <= c.max)).toHaveLength(1);
    for (let i = 1; i < classes.length; i++) expect(classes[i].min).toBe(classes[i - 1].max + 1);
  });

  it('never makes more classes than distinct values', () => {
    expect(choroplethClasses([2, 2, 2])).toEqual([{ min: 2, max: 2, colour: expect.any(String), cities: 3 }]);
    expect(choroplethClasses([0, 0])).toHaveLength(1);
  });

  it('finds the class of a count', () => {
    const classes = choroplethClasses([0, 1, 4, 9, 20]);
    expect(classOf(classes, 9).max).toBeGreaterThanOrEqual(9);
    expect(classOf(classes, 0).max).toBe(0);
  });
});
