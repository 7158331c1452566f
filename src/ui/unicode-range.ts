/** Parses a CSS unicode-range value (`U+4e00-4e05, U+4e07, U+30??`) into a predicate. */
export function parseUnicodeRange(value: string): (cp: number) => boolean {
  const ranges = value.split(',').map((part) => {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) throw new Error(`bad unicode-range part "${part}"`);
    if (m[1].includes('?')) return [parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)];
    return [parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)];
  });
  return (cp) => ranges.some(([from, to]) => cp >= from && cp <= to);
}
