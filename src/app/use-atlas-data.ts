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

type Loaded = { data: AtlasData; atlas: MarkerAtlas };

let started: Promise<Loaded> | null = null;

/**
 * Loads all geodata once, then the font subsets its labels need, before anything draws text; the
 * marker images meanwhile. main.tsx calls this before React's first render, so the files are on
 * their way while the app's code still runs.
 */
export function startAtlasLoad(): Promise<Loaded> {
  if (!started) {
    const markers = loadMarkerAtlas();
    started = loadAtlas().then(async (data) => {
      const [atlas] = await Promise.all([markers, preloadFont(labelText(data))]);
      return { data, atlas };
    });
  }
  return started;
}

export function useAtlasData(): AtlasLoad {
  const [load, setLoad] = useState<AtlasLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    startAtlasLoad().then(
      ({ data, atlas }) => live && setLoad({ status: 'ready', data, atlas }),
      (error: unknown) => {
        if (!live) return;
        const errors = error instanceof AggregateError ? (error.errors as Error[]) : [error as Error];
        setLoad({ status: 'error', errors });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return load;
}
