import { describe, expect, it } from 'vitest';
import { EXPORT_SIZES, metresPerPixel, niceScale } from './sizes.ts';

describe('export sizes', () => {
  it('are landscape and the print sizes keep the ISO aspect ratio', () => {
    expect(EXPORT_SIZES.slide).toMatchObject({ width: 1920, height: 1080 });
    for (const size of [EXPORT_SIZES.a4, EXPORT_SIZES.a3]) expect(size.width / size.height).toBeCloseTo(Math.SQRT2, 2);
  });

  it('picks round scale-bar lengths', () => {
    expect(niceScale(180_000)).toBe(100_000);
    expect(niceScale(260_000)).toBe(200_000);
    expect(niceScale(7_000)).toBe(5_000);
    expect(niceScale(1)).toBe(1);
  });

  it('knows the ground resolution', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
  });
});
