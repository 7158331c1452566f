import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { AtlasData } from '../data/atlas.ts';
import { loadLazy } from '../data/load-geodata.ts';
import { REGION_LABELS } from '../i18n/labels.ts';
import type { Lang } from '../i18n/strings.ts';
import type { ChoroplethView } from '../map/planning-sync.ts';
import { choroplethClasses, classOf, ZERO_COLOUR, type ChoroplethClass } from '../selectors/choropleth.ts';
import type { Visible } from '../selectors/filters.ts';
import { cityStats, regionStats } from '../selectors/stats.ts';
import type { ChoroplethMeasure } from '../state/hash-state.ts';

export interface Choropleth {
  view: ChoroplethView | null;
  classes: ChoroplethClass[];
}

/** The city choropleth of what is shown (projects or ports), with region outlines and totals. */
export function useChoropleth(data: AtlasData, visible: Visible, measure: ChoroplethMeasure | null, lang: Lang): Choropleth {
  const [regions, setRegions] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    if (measure && !regions) loadLazy('regions').then(setRegions, (error: Error) => console.error(error.message));
  }, [measure, regions]);

  return useMemo(() => {
    if (!measure) return { view: null, classes: [] };
    const stats = cityStats(data, visible);
    const counts = stats.map((row) => row[measure]);
    const classes = choroplethClasses(counts);
    const colourByCity = Object.fromEntries(stats.map((row) => [row.adcode, classOf(classes, row[measure]).colour]));
    const unit = measure === 'projects' ? (lang === 'zh' ? '个项目' : ' projects') : lang === 'zh' ? '个口岸' : ' ports';
    const regionLabels = Object.fromEntries(
      regionStats(stats).map((r) => [r.region, `${REGION_LABELS[r.region][lang]}\n${r[measure]}${unit}`]),
    );
    return { view: { colourByCity, fallbackColour: ZERO_COLOUR, regions, regionLabels }, classes };
  }, [data, visible, measure, lang, regions]);
}
