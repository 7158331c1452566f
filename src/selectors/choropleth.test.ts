import { describe, expect, it } from 'vitest';
import { choroplethClasses, classOf, ZERO_COLOUR } from './choropleth.ts';

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

describe('choropleth classes exactly', () => {
  it('sorts counts by value, not as text, and has no zero class when every city has something', () => {
    expect(choroplethClasses([10, 9, 2, 1])).toEqual([
      { min: 1, max: 1, colour: '#c6dbef', cities: 1 },
      { min: 2, max: 2, colour: '#6baed6', cities: 1 },
      { min: 3, max: 9, colour: '#2171b5', cities: 1 },
      { min: 10, max: 10, colour: '#08306b', cities: 1 },
    ]);
  });

  it('has only the zero class when nothing is counted', () => {
    expect(choroplethClasses([0, 0, 0])).toEqual([{ min: 0, max: 0, colour: ZERO_COLOUR, cities: 3 }]);
    expect(choroplethClasses([])).toEqual([{ min: 0, max: 0, colour: ZERO_COLOUR, cities: 0 }]);
  });

  it('makes at most four classes, spreads their colours over the ramp, and never repeats a bound', () => {
    expect(choroplethClasses([1, 2, 3, 4, 5, 6, 7, 8]).map((c) => [c.min, c.max, c.colour])).toEqual([
      [1, 2, '#c6dbef'], [3, 4, '#6baed6'], [5, 6, '#2171b5'], [7, 8, '#08306b'],
    ]);
    expect(choroplethClasses([0, 3, 5, 7]).map((c) => [c.min, c.max, c.colour, c.cities])).toEqual([
      [0, 0, ZERO_COLOUR, 1], [3, 3, '#c6dbef', 1], [4, 5, '#2171b5', 1], [6, 7, '#08306b', 1],
    ]);
    expect(choroplethClasses([5, 9]).map((c) => c.colour)).toEqual(['#c6dbef', '#08306b']);
    expect(choroplethClasses([4]).map((c) => c.colour)).toEqual(['#c6dbef']);
    // Quantiles of 1,1,1,1,2,3 fall on 1 twice: the second is dropped, not made an empty class.
    expect(choroplethClasses([1, 1, 1, 1, 2, 3]).map((c) => [c.min, c.max, c.cities])).toEqual([[1, 1, 4], [2, 3, 2]]);
  });

  it('puts a count above every class in the last one', () => {
    const classes = choroplethClasses([0, 1, 4]);
    expect(classOf(classes, 99)).toBe(classes[classes.length - 1]);
  });
});
