/** Hexagon radius of the density view: wide enough to read at province zoom, narrow enough to split the delta's cities. */
export const DENSITY_RADIUS_KM = 12;

/** YlGnBu, light to dark; shared by the layer and the legend. */
export const DENSITY_COLOURS: [number, number, number][] = [
  [255, 255, 204],
  [199, 233, 180],
  [127, 205, 187],
  [65, 182, 196],
  [44, 127, 184],
  [37, 52, 148],
];
