import { describe, expect, it } from 'vitest';
import { sizeColumn } from './marker-columns.ts';

const feature = (id: string) => ({ properties: { id } });

describe('marker columns', () => {
  const all = ['a', 'b', 'c', 'd', 'e'].map(feature);

  it('gives shown features the marker size and hidden ones 0', () => {
    expect([...sizeColumn(all, [all[1], all[3]], 40)]).toEqual([0, 40, 0, 40, 0]);
    expect([...sizeColumn(all, all, 40)]).toEqual([40, 40, 40, 40, 40]);
    expect([...sizeColumn(all, [], 40)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('still finds the shown features when they are not in data order', () => {
    expect([...sizeColumn(all, [all[4], all[0]], 40)]).toEqual([40, 0, 0, 0, 40]);
  });

  it('agrees with a plain membership test on random selections', () => {
    const many = Array.from({ length: 500 }, (_, i) => feature(`f${i}`));
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 20; round++) {
      const shown = many.filter(() => random() < 0.3);
      const expected = many.map((f) => (shown.includes(f) ? 22 : 0));
      expect([...sizeColumn(many, shown, 22)]).toEqual(expected);
    }
  });

});
