/**
 * The per-marker numbers a filter change touches, as typed arrays over *every* feature of a layer.
 * A marker layer keeps all its features as data, so deck.gl computes positions and icons once per
 * dataset; a filter change only writes one size per feature (0 = not shown) and the fan-out offsets.
 * With 100,000 projects that is two small uploads instead of rebuilding and uploading every attribute.
 */

type Identified = { properties: { id: string } };

/**
 * `px` for each feature of `all` that is in `shown`, 0 for the others. `shown` is normally an
 * in-order selection of `all` (what the filters return), found in one pass; any other list still works.
 */
export function sizeColumn<F>(all: readonly F[], shown: readonly F[], px: number): Float32Array {
  const sizes = new Float32Array(all.length);
  let next = 0;
  for (let i = 0; i < all.length && next < shown.length; i++) {
    if (all[i] === shown[next]) {
      sizes[i] = px;
      next++;
    }
  }
  if (next === shown.length) return sizes;
  // Not an in-order selection: fall back to a lookup.
  const wanted = new Set(shown);
  for (let i = 0; i < all.length; i++) sizes[i] = wanted.has(all[i]) ? px : 0;
  return sizes;
}

const indexes = new WeakMap<readonly Identified[], Map<string, number>>();

function indexById(all: readonly Identified[]): Map<string, number> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map(all.map((feature, i) => [feature.properties.id, i]));
    indexes.set(all, index);
  }
  return index;
}

/** Pixel offsets [x0, y0, x1, y1, …] for every feature of `all`: 0 except for fanned-out members. */
export function offsetColumn(all: readonly Identified[], offsets: ReadonlyMap<string, readonly [number, number]>): Float32Array {
  const column = new Float32Array(all.length * 2);
  if (offsets.size === 0) return column;
  const index = indexById(all);
  for (const [id, [x, y]] of offsets) {
    const i = index.get(id);
    if (i === undefined) continue;
    column[2 * i] = x;
    column[2 * i + 1] = y;
  }
  return column;
}
