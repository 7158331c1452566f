import type { PortFeature, ProjectFeature } from '../data/atlas.ts';
import type { PortType, Precision, ProjectStatus } from '../data/enums.ts';
import { isDateUnknown } from '../selectors/at-date.ts';
import { PORT_TYPE_SYMBOLS, PRECISION_RINGS, PROJECT_STATUS_COLOURS, type Shape } from './symbols.ts';

export type MarkerKind = 'port' | 'project';

export interface MarkerStyle {
  kind: MarkerKind;
  type: PortType;
  precision: Precision;
  /** Projects only: colours the centre dot. */
  status?: ProjectStatus;
  /** Closed ports are drawn faded. */
  faded?: boolean;
  /** Shown on a day the record cannot vouch for (no opening date): a question-mark badge. */
  undated?: boolean;
}

/** Icon canvas size in px; the shape fills the middle half, the rest is room for the precision ring. */
export const ICON_SIZE = 64;

/** One filled and/or stroked outline of a marker, as SVG path data in the icon's 64 px square. */
export interface MarkerPart {
  d: string;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  strokeWidth?: number;
  dash?: readonly [number, number];
  roundCap?: boolean;
}

/**
 * A marker as outlines: drawn straight onto a canvas for the map (drawMarker) and written out as SVG
 * for the interface (MarkerIcon) and the image export, so all three always look alike.
 */
export interface MarkerDrawing {
  parts: MarkerPart[];
  /** Applies to the parts as a group (a faded marker), not to each on its own. */
  opacity: number;
  /** Drawn over the parts at full opacity: the "date unknown" question mark. */
  badge: MarkerPart[];
}

const C = ICON_SIZE / 2;

export function circlePath(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
}

function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return circlePath(C, C, r);
    case 'square': {
      // A square with corners rounded by 2 px.
      const h = r * 0.9;
      const k = 2;
      const [x0, y0, x1, y1] = [C - h, C - h, C + h, C + h];
      return `M${x0 + k} ${y0} H${x1 - k} Q${x1} ${y0} ${x1} ${y0 + k} V${y1 - k} Q${x1} ${y1} ${x1 - k} ${y1} H${x0 + k} Q${x0} ${y1} ${x0} ${y1 - k} V${y0 + k} Q${x0} ${y0} ${x0 + k} ${y0} Z`;
    }
    case 'triangle':
      return `M${C} ${C - r * 1.1} L${C + r * 1.05} ${C + r * 0.8} L${C - r * 1.05} ${C + r * 0.8} Z`;
    case 'diamond':
      return `M${C} ${C - r * 1.15} L${C + r * 1.15} ${C} L${C} ${C + r * 1.15} L${C - r * 1.15} ${C} Z`;
  }
}

// The badge is drawn, not typed: neither an SVG image nor a canvas can rely on any font being present.
const UNDATED_BADGE: MarkerPart[] = [
  { d: circlePath(47, 17, 9), fill: '#444', stroke: '#fff', strokeWidth: 2 },
  { d: 'M43.6 14.6 a3.4 3.4 0 1 1 4.6 3.2 c-0.9 0.4 -1.2 1 -1.2 2', stroke: '#fff', strokeWidth: 2.2, roundCap: true },
  { d: circlePath(47, 23.2, 1.4), fill: '#fff' },
];

/**
 * Existing ports are solid shapes; plan projects are hollow shapes with a status dot, so the two
 * read apart at a glance. A dashed ring means "port area", a soft halo "only the city is known".
 */
export function markerDrawing(style: MarkerStyle): MarkerDrawing {
  const { colour, shape } = PORT_TYPE_SYMBOLS[style.type];
  const r = 12;
  const ring = PRECISION_RINGS[style.precision];
  const parts: MarkerPart[] = [];
  if (ring === 'halo') parts.push({ d: circlePath(C, C, 29), fill: colour, fillOpacity: 0.1, stroke: colour, strokeOpacity: 0.45, strokeWidth: 1.5 });
  if (ring === 'dashed') parts.push({ d: circlePath(C, C, 21), stroke: '#444', strokeOpacity: 0.8, strokeWidth: 2, dash: [4, 3] });
  if (style.kind === 'port') {
    parts.push({ d: shapePath(shape, r), fill: colour, stroke: '#fff', strokeWidth: 3 });
  } else {
    parts.push({ d: shapePath(shape, r - 1), fill: '#fff', stroke: colour, strokeWidth: 5 });
    parts.push({ d: circlePath(C, C, 4.5), fill: PROJECT_STATUS_COLOURS[style.status ?? 'planned'] });
  }
  return { parts, opacity: style.faded ? 0.45 : style.undated ? 0.7 : 1, badge: style.undated ? UNDATED_BADGE : [] };
}

function partSvg(part: MarkerPart): string {
  const attributes = [
    `d="${part.d}"`,
    `fill="${part.fill ?? 'none'}"`,
    part.fillOpacity !== undefined ? `fill-opacity="${part.fillOpacity}"` : '',
    part.stroke ? `stroke="${part.stroke}" stroke-width="${part.strokeWidth ?? 1}"` : '',
    part.strokeOpacity !== undefined ? `stroke-opacity="${part.strokeOpacity}"` : '',
    part.dash ? `stroke-dasharray="${part.dash.join(' ')}"` : '',
    part.roundCap ? 'stroke-linecap="round"' : '',
  ];
  return `<path ${attributes.filter(Boolean).join(' ')}/>`;
}

export function markerSvg(style: MarkerStyle): string {
  const { parts, opacity, badge } = markerDrawing(style);
  const group = opacity < 1 ? ` opacity="${opacity}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 ${ICON_SIZE} ${ICON_SIZE}"><g${group}>${parts.map(partSvg).join('')}</g>${badge.map(partSvg).join('')}</svg>`;
}

function drawParts(context: CanvasRenderingContext2D, parts: readonly MarkerPart[]): void {
  for (const part of parts) {
    const path = new Path2D(part.d);
    if (part.fill) {
      context.globalAlpha = part.fillOpacity ?? 1;
      context.fillStyle = part.fill;
      context.fill(path);
    }
    if (part.stroke) {
      context.globalAlpha = part.strokeOpacity ?? 1;
      context.strokeStyle = part.stroke;
      context.lineWidth = part.strokeWidth ?? 1;
      context.lineCap = part.roundCap ? 'round' : 'butt';
      context.setLineDash(part.dash ? [...part.dash] : []);
      context.stroke(path);
    }
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
}

/**
 * Draws a marker into a 64 px cell of a canvas whose origin is the cell's corner. Drawn directly,
 * not decoded from SVG: each SVG image is a document of its own to the browser, and decoding the
 * hundred-odd markers took the page ~150 ms at start-up (README, "Fast on a phone and without a GPU").
 * `scratch` is a cell-sized canvas for a faded marker, whose parts fade as one.
 */
export function drawMarker(context: CanvasRenderingContext2D, drawing: MarkerDrawing, scratch: CanvasRenderingContext2D): void {
  const { parts, opacity, badge } = drawing;
  if (opacity < 1) {
    scratch.clearRect(0, 0, ICON_SIZE, ICON_SIZE);
    drawParts(scratch, parts);
    context.globalAlpha = opacity;
    context.drawImage(scratch.canvas, 0, 0);
    context.globalAlpha = 1;
  } else {
    drawParts(context, parts);
  }
  drawParts(context, badge);
}

export function markerKey(style: MarkerStyle): string {
  return [style.kind, style.type, style.precision, style.status ?? '', style.faded ? 'f' : '', style.undated ? 'u' : ''].join(':');
}

const cache = new Map<string, string>();

/** A data: URL, so icons never cause a request to leave the page. */
export function markerUrl(style: MarkerStyle): string {
  const key = markerKey(style);
  let url = cache.get(key);
  if (!url) {
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markerSvg(style))}`;
    cache.set(key, url);
  }
  return url;
}

/** A port as drawn: from the record as it stood on the day shown (at-date.ts), so a port closed later is drawn open. */
export function portStyle(port: PortFeature): MarkerStyle {
  const p = port.properties;
  return { kind: 'port', type: p.port_type, precision: p.precision, faded: p.status === 'closed', undated: isDateUnknown(port) };
}

export function projectStyle(project: ProjectFeature): MarkerStyle {
  const p = project.properties;
  return { kind: 'project', type: p.port_type, precision: p.precision, status: p.status };
}
