import { IconLayer } from '@deck.gl/layers';
import type { PortFeature, ProjectFeature } from '../data/atlas.ts';
import { ICON_SIZE, markerKey, markerUrl, type MarkerStyle } from './marker-icons.ts';

export const PORTS_LAYER_ID = 'ports';
export const PROJECTS_LAYER_ID = 'projects';

/** Marker size on screen, in px; the icon's ring margin makes the shape itself about half of it. */
const MARKER_PX = 40;

export function portStyle(port: PortFeature): MarkerStyle {
  const p = port.properties;
  return { kind: 'port', type: p.port_type, precision: p.precision, faded: p.status === 'closed' };
}

export function projectStyle(project: ProjectFeature): MarkerStyle {
  const p = project.properties;
  return { kind: 'project', type: p.port_type, precision: p.precision, status: p.status };
}

type IconDefinition = { url: string; id: string; width: number; height: number; mask: boolean };
const iconByKey = new Map<string, IconDefinition>();
const iconByFeature = new WeakMap<object, IconDefinition>();

/** One shared icon object per marker style, found once per feature: deck.gl asks for it on every data update. */
function iconOf<F extends object>(feature: F, style: (feature: F) => MarkerStyle): IconDefinition {
  let definition = iconByFeature.get(feature);
  if (!definition) {
    const markerStyle = style(feature);
    const key = markerKey(markerStyle);
    definition = iconByKey.get(key);
    if (!definition) {
      definition = { url: markerUrl(markerStyle), id: key, width: ICON_SIZE, height: ICON_SIZE, mask: false };
      iconByKey.set(key, definition);
    }
    iconByFeature.set(feature, definition);
  }
  return definition;
}

interface PointLayerInput<F> {
  features: F[];
  offsets: Map<string, [number, number]>;
  /** Changes whenever offsets change, so deck.gl recomputes them. */
  offsetsKey: string;
  zoom: number;
  /** Presentation mode: markers large enough to see from the back of a meeting room. */
  present: boolean;
}

/** Markers shrink when zoomed out, where a whole province of them shares the screen; on a projector they grow. */
export function markerScale(zoom: number, present = false): number {
  return (zoom < 7 ? 0.55 : zoom < 9 ? 0.75 : 1) * (present ? 1.5 : 1);
}

/** Ports and projects are the same kind of layer; only the marker style differs. */
function markerLayer<F extends PortFeature | ProjectFeature>(
  id: string,
  style: (feature: F) => MarkerStyle,
  { features, offsets, offsetsKey, zoom, present }: PointLayerInput<F>,
) {
  return new IconLayer<F>({
    id,
    data: features,
    pickable: true,
    sizeUnits: 'pixels',
    getSize: MARKER_PX,
    sizeScale: markerScale(zoom, present),
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getIcon: (f) => iconOf(f, style),
    getPixelOffset: (f) => offsets.get(f.properties.id) ?? [0, 0],
    updateTriggers: { getPixelOffset: offsetsKey },
  });
}

export const portsLayer = (input: PointLayerInput<PortFeature>) => markerLayer(PORTS_LAYER_ID, portStyle, input);
export const projectsLayer = (input: PointLayerInput<ProjectFeature>) => markerLayer(PROJECTS_LAYER_ID, projectStyle, input);

const SELECTION_RING_URL = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}"><circle cx="32" cy="32" r="27" fill="#ffd400" fill-opacity="0.45" stroke="#111" stroke-width="4"/></svg>`,
)}`;

/** A ring around the selected marker, drawn under it and fanned out with it. */
export function selectionRingLayer(position: [number, number] | null, offset: [number, number], zoom: number, present: boolean) {
  return new IconLayer<{ position: [number, number] }>({
    id: 'selection-ring',
    data: position ? [{ position }] : [],
    sizeUnits: 'pixels',
    getSize: 52,
    sizeScale: markerScale(zoom, present),
    getPosition: (d) => d.position,
    getIcon: () => ({ url: SELECTION_RING_URL, id: 'ring', width: ICON_SIZE, height: ICON_SIZE, mask: false }),
    getPixelOffset: () => offset,
    updateTriggers: { getPixelOffset: offset.join(',') },
  });
}
