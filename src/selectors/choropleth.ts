/**
 * Class breaks for the city choropleth. Zero gets its own class (a city with nothing shown should
 * read as empty, not as "low"); the rest is split into up to four classes at quantiles of the
 * non-zero counts, rounded to whole numbers and never repeated.
 */
export interface ChoroplethClass {
  /** Inclusive bounds. */
  min: number;
  max: number;
  colour: string;
  /** How many cities fall in it. */
  cities: number;
}

/** A sequential single-hue ramp (ColorBrewer Blues), light to dark, readable on a projector. */
const RAMP = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
export const ZERO_COLOUR = '#f2f0eb';

export function choroplethClasses(counts: readonly number[]): ChoroplethClass[] {
  const zero = counts.filter((c) => c === 0).length;
  const positive = counts.filter((c) => c > 0).sort((a, b) => a - b);
  const classes: ChoroplethClass[] = [];
  if (zero > 0 || positive.length === 0) classes.push({ min: 0, max: 0, colour: ZERO_COLOUR, cities: zero });
  if (positive.length === 0) return classes;
  const distinct = [...new Set(positive)];
  const n = Math.min(RAMP.length, distinct.length);
  const uppers: number[] = [];
  for (let i = 1; i <= n; i++) {
    const upper = positive[Math.min(positive.length - 1, Math.ceil((i / n) * positive.length) - 1)];
    if (!uppers.includes(upper)) uppers.push(upper);
  }
  let lower = positive[0];
  uppers.forEach((upper, i) => {
    const colour = RAMP[Math.round((i * (RAMP.length - 1)) / Math.max(1, uppers.length - 1))];
    classes.push({ min: lower, max: upper, colour, cities: positive.filter((c) => c >= lower && c <= upper).length });
    lower = upper + 1;
  });
  return classes;
}

export function classOf(classes: readonly ChoroplethClass[], count: number): ChoroplethClass {
  return classes.find((c) => count >= c.min && count <= c.max) ?? classes[classes.length - 1];
}
