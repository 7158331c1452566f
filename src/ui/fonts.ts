import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { FONT_FAMILY } from '../map/theme.ts';

/**
 * Loads the font subsets that the given text needs before the map draws it: MapLibre renders label
 * glyphs from the page's fonts once, and a subset still loading then would show as empty boxes.
 */
export async function preloadFont(text: string, weights: readonly number[] = [400]): Promise<void> {
  const unique = [...new Set(text)].join('');
  // Map labels use the regular weight only; bold UI text loads its subsets through CSS as it appears.
  await Promise.all(weights.map((weight) => document.fonts.load(`${weight} 16px "${FONT_FAMILY}"`, unique)));
}
