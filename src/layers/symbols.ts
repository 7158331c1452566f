import type { PortType, Precision, ProjectStatus } from '../data/enums.ts';

/**
 * The one place that says how each port type looks. Colours are from the Okabe–Ito palette
 * (safe for the common colour-vision deficiencies) and every type also has its own shape, so
 * colour is never the only cue. Map, legend, cards and lists all read this.
 */
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

export const PORT_TYPE_SYMBOLS: Record<PortType, { colour: string; shape: Shape }> = {
  water: { colour: '#0072B2', shape: 'circle' },
  land: { colour: '#D55E00', shape: 'square' },
  air: { colour: '#7E4FA8', shape: 'triangle' },
  rail: { colour: '#009E73', shape: 'diamond' },
};

/** The dot in the middle of a project marker says how far it has got. */
export const PROJECT_STATUS_COLOURS: Record<ProjectStatus, string> = {
  planned: '#8a8578',
  approved: '#56B4E9',
  'under-construction': '#E69F00',
  accepted: '#7a5195',
  open: '#1b7f2a',
  suspended: '#b23a48',
  cancelled: '#3d3d3d',
};

/** How a marker admits that its location is approximate. */
export const PRECISION_RINGS: Record<Precision, 'none' | 'dashed' | 'halo'> = {
  exact: 'none',
  area: 'dashed',
  city: 'halo',
};

export const ROUTE_COLOURS = {
  sea: '#1d4f91',
  rail: '#8c2d04',
  selected: '#111111',
} as const;

export function hexToRgb(hex: string, alpha = 255): [number, number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
