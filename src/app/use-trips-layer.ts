import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import type { Visible } from '../selectors/filters.ts';
import { routePaths, TRIPS_LAYER_ID } from '../layers/route-layers.ts';
import { hexToRgb } from '../layers/symbols.ts';
import { TRIP_LOOP_SECONDS, tripsFor, type Trip } from '../selectors/trips.ts';

type GeoLayers = typeof import('@deck.gl/geo-layers');

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Ships and trains moving along the visible routes (deck.gl TripsLayer, loaded on first use).
 * Paused, or for users who prefer reduced motion, the trips stand still at one moment.
 */
export function useTripsLayer(visible: Visible, on: boolean, paused: boolean): Layer | null {
  const [geo, setGeo] = useState<GeoLayers | null>(null);
  const [time, setTime] = useState(TRIP_LOOP_SECONDS * 0.55);
  const still = paused || prefersReducedMotion();

  useEffect(() => {
    if (on && !geo) import('@deck.gl/geo-layers').then(setGeo, (error: Error) => console.error(error.message));
  }, [on, geo]);

  useEffect(() => {
    if (!on || still) return;
    // A steady 30 updates a second: smooth enough for trips, and it keeps time even where frames are
    // scarce (a busy projector laptop, a background tab); deck.gl draws on its own frames.
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      setTime((t) => (t + (now - last) / 1000) % TRIP_LOOP_SECONDS);
      last = now;
    }, 1000 / 30);
    return () => clearInterval(timer);
  }, [on, still]);

  const trips = useMemo(
    () =>
      on
        ? tripsFor([
            ...routePaths(visible.sea).map((r) => ({ id: r.feature.properties.id, kind: 'sea' as const, path: r.path })),
            ...routePaths(visible.rail).map((r) => ({ id: r.feature.properties.id, kind: 'rail' as const, path: r.path })),
          ])
        : [],
    [on, visible],
  );

  if (!on || !geo) return null;
  return new geo.TripsLayer<Trip>({
    id: TRIPS_LAYER_ID,
    data: trips,
    getPath: (t) => t.path as [number, number][],
    getTimestamps: (t) => t.timestamps,
    getColor: (t) => (t.kind === 'sea' ? hexToRgb('#0a84ff') : hexToRgb('#ff8c1a')),
    widthUnits: 'pixels',
    getWidth: 4,
    capRounded: true,
    jointRounded: true,
    trailLength: TRIP_LOOP_SECONDS * 0.12,
    currentTime: time,
    fadeTrail: true,
  });
}
