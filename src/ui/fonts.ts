import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { FONT_FAMILY } from '../map/theme.ts';

/**
 * Loads the font subsets that the given text needs before the map draws it: MapLibre renders label
 * glyphs from the page's fonts once, and a subset still loading then would show as empty boxes.
 */
export async function preloadFont(text: string): Promise<void> {
  const unique = [...new Set(text)].join('');
  await Promise.all([
    document.fonts.load(`400 16px "${FONT_FAMILY}"`, unique),
    document.fonts.load(`700 16px "${FONT_FAMILY}"`, unique),
  ]);
}
