import { useEffect, useState } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import { loadAtlas } from '../data/load-geodata.ts';
import { loadMarkerAtlas, type MarkerAtlas } from '../layers/marker-atlas.ts';
import { preloadFont } from '../ui/fonts.ts';

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: AtlasData; atlas: MarkerAtlas; labelsReady: boolean }
  | { status: 'error'; errors: Error[] };

/** Every name the map may draw: cities and their neighbours, and the ports' and projects' names (name-labels.ts). */
function labelText(data: AtlasData): string {
  return [...data.basemap.cities.features, ...data.basemap.context.features, ...data.ports.features, ...data.projects.features]
    .map((f) => f.properties.name_zh + f.properties.name_en)
    .join('');
}

type Loaded = { data: AtlasData; atlas: MarkerAtlas };

let started: Promise<Loaded> | null = null;
let labelFont: Promise<void> | null = null;

/**
 * Loads all geodata once, with the marker images beside them. main.tsx calls this before React's
 * first render, so the files are on their way while the app's code still runs. The label font is
 * not waited for: the map draws without labels and adds them when their font has loaded.
 */
export function startAtlasLoad(): Promise<Loaded> {
  if (!started) {
    performance.mark('atlas:start');
    const markers = loadMarkerAtlas().finally(() => performance.mark('atlas:markers'));
    const geodata = loadAtlas().finally(() => performance.mark('atlas:data'));
    started = geodata.then(async (data) => ({ data, atlas: await markers }));
    // The label font loads with the data: most of its faces are the interface's, already on their way
    // since the first paint (src/boot.ts), so the names are ready when the markers and routes are drawn.
    labelFont = started
      .then(({ data }) => preloadFont(labelText(data)))
      .finally(() => performance.mark('atlas:font'));
  }
  return started;
}

export function useAtlasData(): AtlasLoad {
  const [load, setLoad] = useState<AtlasLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    startAtlasLoad().then(
      ({ data, atlas }) => live && setLoad({ status: 'ready', data, atlas, labelsReady: false }),
      (error: unknown) => {
        if (!live) return;
        const errors = error instanceof AggregateError ? (error.errors as Error[]) : [error as Error];
        setLoad({ status: 'error', errors });
      },
    );
    // A font that fails to load leaves the map without labels, not without markers.
    labelFont?.then(
      () => live && setLoad((current) => (current.status === 'ready' ? { ...current, labelsReady: true } : current)),
      (error: Error) => console.warn(`label font: ${error.message}`),
    );
    return () => {
      live = false;
    };
  }, []);
  return load;
}
