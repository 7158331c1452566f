import { useEffect, useState } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import { loadAtlas } from '../data/load-geodata.ts';
import { loadMarkerAtlas, type MarkerAtlas } from '../layers/marker-atlas.ts';
import { preloadFont } from '../ui/fonts.ts';

export type AtlasLoad = { status: 'loading' } | { status: 'ready'; data: AtlasData; atlas: MarkerAtlas } | { status: 'error'; errors: Error[] };

function labelText(data: AtlasData): string {
  return [...data.basemap.cities.features, ...data.basemap.context.features]
    .map((f) => f.properties.name_zh + f.properties.name_en)
    .join('');
}

/** Loads all geodata once, then the font subsets its labels need, before anything draws text; the marker images meanwhile. */
export function useAtlasData(): AtlasLoad {
  const [load, setLoad] = useState<AtlasLoad>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    const markers = loadMarkerAtlas();
    loadAtlas(abort.signal)
      .then(async (data) => {
        const [atlas] = await Promise.all([markers, preloadFont(labelText(data))]);
        if (!abort.signal.aborted) setLoad({ status: 'ready', data, atlas });
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        const errors = error instanceof AggregateError ? (error.errors as Error[]) : [error as Error];
        setLoad({ status: 'error', errors });
      });
    return () => abort.abort();
  }, []);
  return load;
}
