/**
 * How far beyond its edges each tile of a GeoJSON source repeats the data, in px of a 512 px tile.
 * MapLibre's default, 128 px, repeats a quarter tile on every side: a point near an edge then sits
 * in up to four tiles, and every one of them places, draws and updates it. Points need none (a
 * symbol is drawn whole by the tile that holds its anchor, never clipped); lines and outlines need
 * only more than half their widest line, so the tile mask cuts them cleanly at the edge.
 */
export const POINT_BUFFER = 0;
export const LINE_BUFFER = 4;
