import type { Map as MapLibreMap } from 'maplibre-gl';
import { FONT_FAMILY, LIGHT_THEME } from '../map/theme.ts';
import { preloadFont } from '../ui/fonts.ts';
import { EXPORT_SIZES, type ExportSize, metresPerPixel, niceScale } from './sizes.ts';

export interface LegendLine {
  /** A marker image (data: URL) or a colour swatch. */
  icon?: string;
  colour?: string;
  text: string;
}

export interface ExportContent {
  title: string;
  subtitle: string;
  legend: LegendLine[];
  filters: string;
  sources: string;
  date: string;
  north: string;
}

function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => requestAnimationFrame(() => resolve()));
    map.triggerRepaint();
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('legend icon failed to load'));
    image.src = url;
  });
}

/**
 * Renders the map at the export size by resizing its container off to the side for a moment, so the
 * image holds real map pixels at full resolution (MapLibre's and deck.gl's canvases), not an upscaled
 * screenshot. Then draws the title, legend, scale bar, north arrow, filters, sources and date on top.
 */
export async function exportPng(map: MapLibreMap, size: ExportSize, content: ExportContent): Promise<Blob> {
  const { width, height } = EXPORT_SIZES[size];
  const container = map.getContainer();
  // Styles are set through the CSSOM (style.cssText), which a strict Content-Security-Policy allows.
  const saved = container.style.cssText;
  const savedRatio = map.getPixelRatio();
  const center = map.getCenter();
  const zoom = map.getZoom();
  // Keep the same area in view: the zoom grows with the ratio of the export width to the screen width.
  const exportZoom = zoom + Math.log2(width / container.clientWidth);
  try {
    container.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;z-index:-1;`;
    map.setPixelRatio(1);
    map.resize();
    map.jumpTo({ center, zoom: exportZoom });
    await nextIdle(map);
    await preloadFont([content.title, content.subtitle, content.filters, content.sources, content.date, content.north, ...content.legend.map((l) => l.text)].join(''), [400, 700]);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    // The map's canvas is transparent where the sea is: the sea is its container's colour (create-map.ts).
    context.fillStyle = LIGHT_THEME.sea;
    context.fillRect(0, 0, width, height);
    for (const layer of container.querySelectorAll('canvas')) context.drawImage(layer, 0, 0, width, height);
    await drawFrame(context, width, height, content, metresPerPixel(center.lat, exportZoom));
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    container.style.cssText = saved;
    map.setPixelRatio(savedRatio);
    map.resize();
    map.jumpTo({ center, zoom });
  }
}

async function drawFrame(context: CanvasRenderingContext2D, width: number, height: number, content: ExportContent, metres: number): Promise<void> {
  const unit = Math.round(height / 54); // about 20 px at 1080: every size scales from this
  const font = (px: number, weight = 400) => `${weight} ${Math.round(px)}px "${FONT_FAMILY}", sans-serif`;
  context.textBaseline = 'top';

  // Title band.
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.fillRect(0, 0, width, unit * 4.2);
  context.fillStyle = '#1d1a15';
  context.font = font(unit * 1.7, 700);
  context.fillText(content.title, unit, unit * 0.7);
  context.font = font(unit * 0.95);
  context.fillStyle = '#4a453c';
  context.fillText(content.subtitle, unit, unit * 2.8);

  // Legend box, bottom left.
  const icons = await Promise.all(content.legend.map((line) => (line.icon ? loadImage(line.icon) : Promise.resolve(null))));
  const row = unit * 1.3;
  const boxHeight = row * content.legend.length + unit;
  const boxTop = height - boxHeight - unit * 4.5;
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.fillRect(unit * 0.6, boxTop, unit * 14, boxHeight);
  context.font = font(unit * 0.8);
  content.legend.forEach((line, i) => {
    const y = boxTop + unit * 0.5 + i * row;
    const icon = icons[i];
    if (icon) context.drawImage(icon, unit, y - unit * 0.15, unit * 1.1, unit * 1.1);
    else if (line.colour) {
      context.fillStyle = line.colour;
      context.fillRect(unit, y + unit * 0.3, unit * 1.1, unit * 0.35);
    }
    context.fillStyle = '#1d1a15';
    context.fillText(line.text, unit * 2.6, y);
  });

  // Scale bar, bottom left under the legend.
  const barMetres = niceScale(metres * unit * 8);
  const barPx = barMetres / metres;
  const barY = height - unit * 3.6;
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.fillRect(unit * 0.6, barY - unit * 0.4, barPx + unit * 5, unit * 1.6);
  context.fillStyle = '#1d1a15';
  context.fillRect(unit, barY + unit * 0.6, barPx, unit * 0.25);
  context.fillRect(unit, barY + unit * 0.2, unit * 0.12, unit * 0.65);
  context.fillRect(unit + barPx - unit * 0.12, barY + unit * 0.2, unit * 0.12, unit * 0.65);
  context.font = font(unit * 0.75);
  context.fillText(barMetres >= 1000 ? `${barMetres / 1000} km` : `${barMetres} m`, unit * 1.4 + barPx, barY + unit * 0.15);

  // North arrow, top right under the title band (the map is never rotated).
  const nx = width - unit * 2.2;
  const ny = unit * 5.5;
  context.fillStyle = '#1d1a15';
  context.beginPath();
  context.moveTo(nx, ny);
  context.lineTo(nx + unit * 0.7, ny + unit * 1.8);
  context.lineTo(nx, ny + unit * 1.35);
  context.lineTo(nx - unit * 0.7, ny + unit * 1.8);
  context.closePath();
  context.fill();
  context.font = font(unit * 0.9, 700);
  context.textAlign = 'center';
  context.fillText(content.north, nx, ny + unit * 2);
  context.textAlign = 'left';

  // Footer: filters, sources, date.
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.fillRect(0, height - unit * 1.9, width, unit * 1.9);
  context.fillStyle = '#3b372f';
  context.font = font(unit * 0.7);
  context.fillText(`${content.filters}   ·   ${content.date}`, unit, height - unit * 1.6);
  context.fillText(content.sources, unit, height - unit * 0.85);
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
