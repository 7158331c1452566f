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
    expect(classes.map((c) => [c.min, c.max])).toEqual([[0, 0], [1, 1], [2, 4], [5, 9], [10, 20]]);
    // Every count lands in the one class whose bounds hold it, the ends of each class included.
    for (let count = 0; count <= 20; count++) {
      const found = classOf(classes, count);
      expect(count >= found.min && count <= found.max, `count ${count} in ${found.min}–${found.max}`).toBe(true);
    }
    classes.forEach((c) => {
      expect(classOf(classes, c.min)).toBe(c);
      expect(classOf(classes, c.max)).toBe(c);
    });
    expect(classOf(classes, 9).colour).not.toBe(classOf(classes, 10).colour);
  });
});
