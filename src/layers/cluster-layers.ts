import { IconLayer, TextLayer } from '@deck.gl/layers';
import type { PortType } from '../data/enums.ts';
import { PORT_TYPES } from '../data/enums.ts';
import { donutSvg } from './cluster-donut.ts';
import type { Cluster } from '../selectors/clusters.ts';
import { FONT_FAMILY } from '../map/theme.ts';

export const CLUSTERS_LAYER_ID = 'clusters';

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
