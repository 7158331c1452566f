import { IconLayer } from '@deck.gl/layers';
import type { PortFeature, ProjectFeature } from '../data/atlas.ts';
import { SELECTION_RING_ICON, type MarkerAtlas } from './marker-atlas.ts';
import { markerKey, type MarkerStyle } from './marker-icons.ts';

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

/**
 * deck.gl turns an image-typed prop into a texture whether it is a URL or a canvas (core's
 * createTexture takes any browser image), but IconLayer's types list only URL and Texture.
 */
const atlasImage = (atlas: MarkerAtlas) => atlas.image as unknown as string;

const keyByFeature = new WeakMap<object, string>();

/** The atlas key of a feature's marker, found once per feature: deck.gl asks for it on every data update. */
function iconOf<F extends object>(feature: F, style: (feature: F) => MarkerStyle): string {
  let key = keyByFeature.get(feature);
  if (key === undefined) {
    key = markerKey(style(feature));
    keyByFeature.set(feature, key);
  }
  return key;
}

interface PointLayerInput<F> {
  features: F[];
  offsets: Map<string, [number, number]>;
  /** Changes whenever offsets change, so deck.gl recomputes them. */
  offsetsKey: string;
  zoom: number;
  /** Presentation mode: markers large enough to see from the back of a meeting room. */
  present: boolean;
  atlas: MarkerAtlas;
}

/** Markers shrink when zoomed out, where a whole province of them shares the screen; on a projector they grow. */
export function markerScale(zoom: number, present = false): number {
  return (zoom < 7 ? 0.55 : zoom < 9 ? 0.75 : 1) * (present ? 1.5 : 1);
}

/** Ports and projects are the same kind of layer; only the marker style differs. */
function markerLayer<F extends PortFeature | ProjectFeature>(
  id: string,
  style: (feature: F) => MarkerStyle,
  { features, offsets, offsetsKey, zoom, present, atlas }: PointLayerInput<F>,
) {
  return new IconLayer<F>({
    id,
    data: features,
    iconAtlas: atlasImage(atlas),
    iconMapping: atlas.mapping,
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

/** A ring around the selected marker, drawn under it and fanned out with it. */
export function selectionRingLayer(position: [number, number] | null, offset: [number, number], zoom: number, present: boolean, atlas: MarkerAtlas) {
  return new IconLayer<{ position: [number, number] }>({
    id: 'selection-ring',
    iconAtlas: atlasImage(atlas),
    iconMapping: atlas.mapping,
    data: position ? [{ position }] : [],
    sizeUnits: 'pixels',
    getSize: 52,
    sizeScale: markerScale(zoom, present),
    getPosition: (d) => d.position,
    getIcon: () => SELECTION_RING_ICON,
    getPixelOffset: () => offset,
    updateTriggers: { getPixelOffset: offset.join(',') },
  });
}
