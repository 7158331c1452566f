import { useState } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import type { AtlasData } from '../data/atlas.ts';
import { nameOf } from '../i18n/labels.ts';
import type { Lang } from '../i18n/strings.ts';
import type { RelatedItem } from '../ui/cards/RelatedList.tsx';
import type { Cluster } from '../selectors/clusters.ts';

type Picked = { properties?: { id: string }; feature?: { properties: { id: string } }; members?: string[]; id?: string };

/** The feature id behind a picked deck.gl object (a moving trip carries its route's id). */
export function pickedId(info: PickingInfo): string | null {
  const object = info.object as Picked | undefined;
  return object?.properties?.id ?? object?.feature?.properties.id ?? null;
}

export function labelOf(data: AtlasData, id: string, lang: Lang): string {
  const { index } = data;
  const point = index.ports.get(id) ?? index.projects.get(id);
  if (point) return nameOf(point.properties, lang);
  const sea = index.seaRoutes.get(id);
  if (sea) return `${sea.properties.from_terminal_zh} → ${lang === 'zh' ? sea.properties.to_port_name_zh : sea.properties.to_port_name_en}`;
  const rail = index.railRoutes.get(id);
  if (rail) return lang === 'zh' ? `中欧班列 → ${rail.properties.destination_name_zh}` : `Rail to ${rail.properties.destination_name_en}`;
  const city = index.cities.get(id);
  return city ? nameOf(city.properties, lang) : id;
}

/**
 * A click selects what is under it; a click on several things at once opens a chooser, and a
 * click on bare land selects the city (whose card says, among other things, if it has no port).
 */
export function usePicking(
  data: AtlasData,
  lang: Lang,
  select: (id: string | null) => void,
  expandCluster: (cluster: Cluster) => boolean,
) {
  const [stack, setStack] = useState<RelatedItem[] | null>(null);
  const onPick = (overlayIds: string[], deckPicked: PickingInfo[], city: string | null) => {
    setStack(null);
    const cluster = deckPicked.map((info) => info.object as Picked | undefined).find((o) => o?.members) as Cluster | undefined;
    // A cluster zooms in to show its members; where it cannot (zoomed in fully), it lists them.
    if (cluster) {
      if (!expandCluster(cluster)) setStack(cluster.members.map((id) => ({ id, label: labelOf(data, id, lang) })));
      return;
    }
    const ids = [...new Set([...overlayIds, ...deckPicked.map(pickedId).filter((id): id is string => id !== null)])];
    if (ids.length === 0) select(city);
    else if (ids.length === 1) select(ids[0]);
    else setStack(ids.map((id) => ({ id, label: labelOf(data, id, lang) })));
  };
  return { stack, closeStack: () => setStack(null), onPick };
}
