import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { FONT_FAMILY } from '../map/theme.ts';
import { parseUnicodeRange } from './unicode-range.ts';

/**
 * Loads the font subsets that the given text needs before the map draws it: MapLibre renders label
 * glyphs from the page's fonts once, and a subset still loading then would show as empty boxes.
 */
export async function preloadFont(text: string, weights: readonly number[] = [400]): Promise<void> {
  const unique = [...new Set(text)].join('');
  // Map labels use the regular weight only; bold UI text loads its subsets through CSS as it appears.
  const faces = facesToDraw(unique, weights);
  if (faces) await Promise.all([...faces].map((face) => face.load()));
  else await Promise.all(weights.map((weight) => document.fonts.load(`${weight} 16px "${FONT_FAMILY}"`, unique)));
}

/**
 * The faces the browser would draw `text` with: for each character, the last declared face whose
 * unicode-range covers it. document.fonts.load() would load every face that covers a character, and
 * the built app declares two per character: the full @fontsource slice and, after it, the app's
 * subset (see scripts/lib/font-subset-plugin.ts). Null where the browser cannot list its faces.
 */
function facesToDraw(text: string, weights: readonly number[]): Set<FontFace> | null {
  if (typeof document.fonts.values !== 'function') return null;
  const declared = [...document.fonts.values()].filter((face) => face.family.replace(/["']/g, '') === FONT_FAMILY);
  const needed = new Set<FontFace>();
  for (const weight of weights) {
    // Parsed on first use: the app's subset, declared last, covers the label text, so most slices'
    // ranges (dozens of faces, hundreds of parts each) are never read.
    const faces = declared.filter((face) => Number(face.weight) === weight).map((face) => ({ face, covers: null as ((cp: number) => boolean) | null }));
    const covers = (entry: (typeof faces)[number], cp: number) => (entry.covers ??= parseUnicodeRange(entry.face.unicodeRange))(cp);
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const face = faces.findLast((entry) => covers(entry, cp));
      if (face) needed.add(face.face);
    }
  }
  return needed;
}
