/**
 * Which features of a layer a filter leaves on the map, as one number per feature over *every*
 * feature of the layer: the map keeps all of them as data and only flips what changed (overlay-sync.ts).
 */

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
