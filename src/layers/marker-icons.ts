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

function shapePath(shape: Shape, r: number): string {
  const c = ICON_SIZE / 2;
  switch (shape) {
    case 'circle':
      return `<circle cx="${c}" cy="${c}" r="${r}"/>`;
    case 'square':
      return `<rect x="${c - r * 0.9}" y="${c - r * 0.9}" width="${r * 1.8}" height="${r * 1.8}" rx="2"/>`;
    case 'triangle':
      return `<path d="M${c} ${c - r * 1.1} L${c + r * 1.05} ${c + r * 0.8} L${c - r * 1.05} ${c + r * 0.8} Z"/>`;
    case 'diamond':
      return `<path d="M${c} ${c - r * 1.15} L${c + r * 1.15} ${c} L${c} ${c + r * 1.15} L${c - r * 1.15} ${c} Z"/>`;
  }
}

/**
 * Existing ports are solid shapes; plan projects are hollow shapes with a status dot, so the two
 * read apart at a glance. A dashed ring means "port area", a soft halo "only the city is known".
 */
export function markerSvg(style: MarkerStyle): string {
  const { colour, shape } = PORT_TYPE_SYMBOLS[style.type];
  const c = ICON_SIZE / 2;
  const r = 12;
  const ring = PRECISION_RINGS[style.precision];
  const parts: string[] = [];
  if (ring === 'halo') parts.push(`<circle cx="${c}" cy="${c}" r="29" fill="${colour}" fill-opacity="0.10" stroke="${colour}" stroke-opacity="0.45" stroke-width="1.5"/>`);
  if (ring === 'dashed') parts.push(`<circle cx="${c}" cy="${c}" r="21" fill="none" stroke="#444" stroke-opacity="0.8" stroke-width="2" stroke-dasharray="4 3"/>`);
  if (style.kind === 'port') {
    parts.push(`<g fill="${colour}" stroke="#fff" stroke-width="3">${shapePath(shape, r)}</g>`);
  } else {
    parts.push(`<g fill="#fff" stroke="${colour}" stroke-width="5">${shapePath(shape, r - 1)}</g>`);
    const dot = PROJECT_STATUS_COLOURS[style.status ?? 'planned'];
    parts.push(`<circle cx="${c}" cy="${c}" r="4.5" fill="${dot}"/>`);
  }
  const opacity = style.faded ? ' opacity="0.45"' : style.undated ? ' opacity="0.7"' : '';
  // The badge is drawn, not typed: an SVG image cannot rely on any font being present.
  const badge = style.undated
    ? `<circle cx="47" cy="17" r="9" fill="#444" stroke="#fff" stroke-width="2"/><path d="M43.6 14.6 a3.4 3.4 0 1 1 4.6 3.2 c-0.9 0.4 -1.2 1 -1.2 2" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/><circle cx="47" cy="23.2" r="1.4" fill="#fff"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 ${ICON_SIZE} ${ICON_SIZE}"><g${opacity}>${parts.join('')}</g>${badge}</svg>`;
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
