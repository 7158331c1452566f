import { PORT_TYPES, PRECISIONS, PROJECT_STATUSES } from '../data/enums.ts';
import { nextTask } from '../next-task.ts';
import { circlePath, drawMarker, ICON_SIZE, markerDrawing, markerKey, type MarkerDrawing, type MarkerStyle } from './marker-icons.ts';

export interface IconFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  mask: boolean;
}

/**
 * Every marker the map can draw, packed once into one canvas for deck.gl's IconLayer. Left to pack
 * icons itself, deck.gl decodes them one by one as data arrive and rebuilds the texture's mipmaps
 * after each, which stalls the first draw and every filter change that brings a new style.
 */
export interface MarkerAtlas {
  image: HTMLCanvasElement;
  mapping: Record<string, IconFrame>;
}

export const SELECTION_RING_ICON = 'selection-ring';

const SELECTION_RING: MarkerDrawing = {
  parts: [{ d: circlePath(32, 32, 27), fill: '#ffd400', fillOpacity: 0.45, stroke: '#111', strokeWidth: 4 }],
  opacity: 1,
  badge: [],
};

/** Every style a port or project can take: the atlas holds them all, so no data can ask for a missing one. */
function allMarkerStyles(): MarkerStyle[] {
  const styles: MarkerStyle[] = [];
  for (const type of PORT_TYPES) {
    for (const precision of PRECISIONS) {
      styles.push({ kind: 'port', type, precision }, { kind: 'port', type, precision, faded: true }, { kind: 'port', type, precision, undated: true });
      for (const status of PROJECT_STATUSES) styles.push({ kind: 'project', type, precision, status });
    }
  }
  return styles;
}

/** Room between icons, so that sampling one (mipmaps included) never bleeds into its neighbour. */
const GAP = 4;
const COLUMNS = 16;

function canvas2d(width: number, height: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  // A CPU canvas from the start: MapLibre reads every icon back (marker-images.ts), and with software
  // WebGL a GPU-backed canvas would send each draw to the GPU process and each read back from it.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('marker atlas: no 2D canvas context');
  return context;
}

/**
 * Icons drawn per task: the 121 of them took 15–50 ms of main thread in one piece (60–200 ms on a
 * mid-range phone), in the very task that starts the app.
 */
const ICONS_PER_TASK = 12;

async function buildAtlas(): Promise<MarkerAtlas> {
  const icons = [
    ...allMarkerStyles().map((style) => ({ id: markerKey(style), drawing: markerDrawing(style) })),
    { id: SELECTION_RING_ICON, drawing: SELECTION_RING },
  ];
  const cell = ICON_SIZE + GAP;
  const context = canvas2d(COLUMNS * cell, Math.ceil(icons.length / COLUMNS) * cell);
  const scratch = canvas2d(ICON_SIZE, ICON_SIZE);
  // The page's first drawing on any canvas sets up its 2D renderer, and the atlas's first one gives
  // it its pixels: 10–40 ms while the page loads, in tasks of their own rather than with the
  // first icons.
  for (const canvas of [scratch, context]) {
    await nextTask();
    canvas.fillRect(0, 0, 1, 1);
    canvas.clearRect(0, 0, 1, 1);
  }
  const mapping: Record<string, IconFrame> = {};
  for (const [i, icon] of icons.entries()) {
    if (i % ICONS_PER_TASK === 0) await nextTask();
    const x = (i % COLUMNS) * cell;
    const y = Math.floor(i / COLUMNS) * cell;
    context.save();
    context.translate(x, y);
    drawMarker(context, icon.drawing, scratch);
    context.restore();
    mapping[icon.id] = { x, y, width: ICON_SIZE, height: ICON_SIZE, mask: false };
  }
  return { image: context.canvas, mapping };
}

let pending: Promise<MarkerAtlas> | null = null;

/** Built once, on first call; the loader starts it beside the data so it is ready when they are. */
export function loadMarkerAtlas(): Promise<MarkerAtlas> {
  // Drawn in parts, beside the data's download; a failure is reported as the data's are.
  pending ??= buildAtlas();
  pending.catch(() => (pending = null));
  return pending;
}
