/**
 * Parses a CSS unicode-range value (`U+4e00-4e05, U+4e07, U+30??`) into a predicate. The app's own font
 * subset lists thousands of single code points, and the label text asks about every character it holds,
 * so the ranges are sorted and merged once and each question is a binary search.
 */
export function parseUnicodeRange(value: string): (cp: number) => boolean {
  const ranges = value
    .split(',')
    .map((part): [number, number] => {
      const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
      if (!m) throw new Error(`bad unicode-range part "${part}"`);
      if (m[1].includes('?')) return [parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)];
      return [parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return (cp) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [from, to] = merged[middle];
      if (cp < from) high = middle - 1;
      else if (cp > to) low = middle + 1;
      else return true;
    }
    return false;
  };
}
