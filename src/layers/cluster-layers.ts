import { IconLayer, TextLayer } from '@deck.gl/layers';
import type { PortType } from '../data/enums.ts';
import { PORT_TYPES } from '../data/enums.ts';
import type { Cluster } from '../selectors/clusters.ts';
import { FONT_FAMILY } from '../map/theme.ts';
import { PORT_TYPE_SYMBOLS } from './symbols.ts';

export const CLUSTERS_LAYER_ID = 'clusters';

/** A donut whose slices are the port types of the cluster's members, in the types' own colours. */
export function donutSvg(countByType: Record<PortType, number>): string {
  const total = PORT_TYPES.reduce((n, t) => n + countByType[t], 0);
  const size = 64;
  const c = size / 2;
  const r = 26;
  const inner = 15;
  let angle = -Math.PI / 2;
  const slices = PORT_TYPES.filter((t) => countByType[t] > 0).map((type) => {
    const sweep = (countByType[type] / total) * Math.PI * 2;
    const colour = PORT_TYPE_SYMBOLS[type].colour;
    if (sweep >= Math.PI * 2 - 1e-6) return `<circle cx="${c}" cy="${c}" r="${(r + inner) / 2}" fill="none" stroke="${colour}" stroke-width="${r - inner}"/>`;
    const [x1, y1] = [c + r * Math.cos(angle), c + r * Math.sin(angle)];
    const [x2, y2] = [c + r * Math.cos(angle + sweep), c + r * Math.sin(angle + sweep)];
    const [x3, y3] = [c + inner * Math.cos(angle + sweep), c + inner * Math.sin(angle + sweep)];
    const [x4, y4] = [c + inner * Math.cos(angle), c + inner * Math.sin(angle)];
    const large = sweep > Math.PI ? 1 : 0;
    angle += sweep;
    return `<path d="M${x1} ${y1} A${r} ${r} 0 ${large} 1 ${x2} ${y2} L${x3} ${y3} A${inner} ${inner} 0 ${large} 0 ${x4} ${y4} Z" fill="${colour}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${c}" cy="${c}" r="${r + 2}" fill="#fff"/>${slices.join('')}<circle cx="${c}" cy="${c}" r="${inner}" fill="#fff"/></svg>`;
}

const donutKey = (counts: Record<PortType, number>) => PORT_TYPES.map((t) => counts[t]).join('-');
const donutUrl = (counts: Record<PortType, number>) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(donutSvg(counts))}`;

/** Size grows with the square root of the count, so area follows the number of members. */
const clusterPx = (count: number) => Math.min(64, 26 + Math.sqrt(count) * 5);

export function clusterLayers(clusters: Cluster[]) {
  const groups = clusters.filter((c) => c.members.length > 1);
  return [
    new IconLayer<Cluster>({
      id: CLUSTERS_LAYER_ID,
      data: groups,
      pickable: true,
      sizeUnits: 'pixels',
      getSize: (c) => clusterPx(c.members.length),
      getPosition: (c) => c.position,
      getIcon: (c) => ({ url: donutUrl(c.countByType), id: donutKey(c.countByType), width: 64, height: 64, mask: false }),
    }),
    new TextLayer<Cluster>({
      id: 'cluster-counts',
      data: groups,
      getPosition: (c) => c.position,
      getText: (c) => String(c.members.length),
      getSize: 13,
      fontFamily: FONT_FAMILY,
      fontWeight: 700,
      getColor: [20, 20, 20, 255],
      characterSet: '0123456789',
    }),
  ];
}
