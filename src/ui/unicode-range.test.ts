import { describe, expect, it } from 'vitest';
import { parseUnicodeRange } from './unicode-range.ts';

describe('parseUnicodeRange', () => {
  it('answers for single points, ranges and wildcards, in any order and overlapping', () => {
    const covers = parseUnicodeRange('U+4e07, U+30??, U+4e00-4e05,U+0041, U+4e03-4e06, U+10ffff');
    const inside = [0x41, 0x3000, 0x3042, 0x30ff, 0x4e00, 0x4e05, 0x4e06, 0x4e07, 0x10ffff];
    const outside = [0x40, 0x42, 0x2fff, 0x3100, 0x4dff, 0x4e08, 0x10fffe, 0];
    expect(inside.map(covers)).toEqual(inside.map(() => true));
    expect(outside.map(covers)).toEqual(outside.map(() => false));
  });

  it('agrees with a plain scan of the ranges over thousands of scattered points', () => {
    const points = Array.from({ length: 3000 }, (_, i) => 0x4e00 + ((i * 7919) % 20000));
    const value = points.map((p, i) => (i % 5 === 0 ? `U+${p.toString(16)}-${(p + 3).toString(16)}` : `U+${p.toString(16)}`)).join(', ');
    const covers = parseUnicodeRange(value);
    const plain = (cp: number) => points.some((p, i) => cp >= p && cp <= (i % 5 === 0 ? p + 3 : p));
    for (let cp = 0x4dff; cp < 0x4e00 + 20010; cp += 1) expect(covers(cp), cp.toString(16)).toBe(plain(cp));
  });

  it('names a part it cannot read', () => {
    expect(() => parseUnicodeRange('U+4e00, 4e01')).toThrow('bad unicode-range part " 4e01"');
  });
});
