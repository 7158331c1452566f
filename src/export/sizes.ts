/** Export sizes in pixels. Print sizes are landscape at 150 dpi, enough for a crisp A4/A3 print of a map. */
export const EXPORT_SIZES = {
  slide: { width: 1920, height: 1080, label_zh: '幻灯片 1920×1080', label_en: 'Slide 1920×1080' },
  a4: { width: 1754, height: 1240, label_zh: 'A4 横向（150 dpi）', label_en: 'A4 landscape (150 dpi)' },
  a3: { width: 2480, height: 1754, label_zh: 'A3 横向（150 dpi）', label_en: 'A3 landscape (150 dpi)' },
  // The size link previews (Open Graph) use; public/social-preview.png is one of these.
  social: { width: 1200, height: 630, label_zh: '链接预览图 1200×630', label_en: 'Link preview 1200×630' },
} as const;

export type ExportSize = keyof typeof EXPORT_SIZES;

/** Ground metres per CSS pixel at a latitude and zoom (MapLibre's 512-px world). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40075016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ metres) no longer than `maxMetres`. */
export function niceScale(maxMetres: number): number {
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  return step * power;
}
