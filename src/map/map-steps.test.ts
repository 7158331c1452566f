import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isRemoved, trackMap, whenLoaded, whenStyled } from './map-steps.ts';

/** A stand-in for MapLibre's map with just its one-shot events. */
function eventMap() {
  const listeners = new Map<string, (() => void)[]>();
  const map = {
    once: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  };
  const fire = (type: string) => {
    const waiting = listeners.get(type) ?? [];
    listeners.delete(type);
    for (const listener of waiting) listener();
  };
  trackMap(map as unknown as MapLibreMap);
  return { map: map as unknown as MapLibreMap, fire };
}

describe('the map seam', () => {
  it('runs a step once the style is read, at once after that, and never once the map is removed', () => {
    const { map, fire } = eventMap();
    const ran: string[] = [];
    whenStyled(map, () => ran.push('before'));
    expect(ran).toEqual([]);
    fire('style.load');
    whenStyled(map, () => ran.push('after'));
    expect(ran).toEqual(['before', 'after']);
    fire('remove');
    expect(isRemoved(map)).toBe(true);
    whenStyled(map, () => ran.push('removed'));
    expect(ran).toEqual(['before', 'after']);
  });

  it('hands a file that arrives after the map was removed to nobody, and reports no failure for it', async () => {
    const { map, fire } = eventMap();
    fire('style.load');
    const applied: unknown[] = [];
    const failed: Error[] = [];
    let arrive: (value: string) => void = () => undefined;
    whenLoaded(map, new Promise<string>((resolve) => (arrive = resolve)), (value) => applied.push(value), (error) => failed.push(error));
    whenLoaded(map, Promise.reject(new Error('gone')), (value) => applied.push(value), (error) => failed.push(error));
    fire('remove');
    arrive('rivers');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(applied).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('hands a file to a live map and reports its failure', async () => {
    const { map, fire } = eventMap();
    const applied: unknown[] = [];
    const failed: string[] = [];
    whenLoaded(map, Promise.resolve('rivers'), (value) => applied.push(value), () => undefined);
    whenLoaded(map, Promise.reject(new Error('rivers.geojson: not found')), () => undefined, (error) => failed.push(error.message));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Arrived before the style was read: it waits for it.
    expect(applied).toEqual([]);
    expect(failed).toEqual(['rivers.geojson: not found']);
    fire('style.load');
    expect(applied).toEqual(['rivers']);
  });
});
