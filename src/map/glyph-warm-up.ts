import type { Map as MapLibreMap } from 'maplibre-gl';
import { nextTask } from '../next-task.ts';
import { isRemoved } from './map-steps.ts';

/** The part of MapLibre's glyph manager (map.style.glyphManager) this needs; not in its public types. */
interface GlyphManager {
  getGlyphs(glyphs: Record<string, number[]>): Promise<unknown>;
}

/**
 * Glyphs drawn per task. With TinySDF at double resolution a glyph takes 0.1–0.7 ms on a desktop
 * while the page loads, 4× that on a mid-range phone: 40 a task made tasks of 30 ms, each 70 ms
 * of blocking on a phone; 10 keep every task under the 50 ms that counts as long.
 */
export const GLYPHS_PER_TASK = 10;

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
  for (let i = 0; i < codePoints.length; i += GLYPHS_PER_TASK) {
    if (isRemoved(map)) return;
    await manager.getGlyphs({ [stack]: codePoints.slice(i, i + GLYPHS_PER_TASK) });
    await nextTask();
  }
}
