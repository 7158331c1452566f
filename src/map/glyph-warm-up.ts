import type { Map as MapLibreMap } from 'maplibre-gl';
import { nextTask } from '../next-task.ts';
import { isRemoved } from './map-steps.ts';

/** The part of MapLibre's glyph manager (map.style.glyphManager) this needs; not in its public types. */
interface GlyphManager {
  getGlyphs(glyphs: Record<string, number[]>): Promise<unknown>;
}

/** Glyphs drawn per task: with TinySDF at double resolution ≈ 0.1 ms each on a desktop, 4× on a mid-range phone. */
const PER_TASK = 40;

/**
 * Draws the glyphs of `text` into MapLibre's glyph cache a few per task. Without a glyph server
 * MapLibre draws every glyph on the main thread with TinySDF, and all the names of a tile are asked
 * for in one message: the first view's CJK names made one task of ~150 ms (~600 ms on a phone), which
 * holds up any tap. Drawn beforehand, the labels find their glyphs cached.
 */
export async function warmGlyphs(map: MapLibreMap, stack: string, text: string): Promise<void> {
  const manager = (map.style as unknown as { glyphManager?: GlyphManager } | undefined)?.glyphManager;
  if (!manager || typeof manager.getGlyphs !== 'function') return;
  const codePoints = [...new Set(Array.from(text.replace(/\s/g, ''), (ch) => ch.codePointAt(0)!))];
  for (let i = 0; i < codePoints.length; i += PER_TASK) {
    if (isRemoved(map)) return;
    await manager.getGlyphs({ [stack]: codePoints.slice(i, i + PER_TASK) });
    await nextTask();
  }
}
