import type { CitedLocation } from '../../data/types.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';

/**
 * One line naming who published a port's coordinate. Plain text on purpose: where it was read (`read_in`) may
 * be a copy, which the atlas names but never links.
 */
export function citedLocationText(cited: CitedLocation | undefined, lang: Lang): string | null {
  if (!cited) return null;
  const { publisher, title, date, read_in } = cited.source;
  const where = `${cited.lat.toFixed(4)}°N ${cited.lon.toFixed(4)}°E`;
  const copy = read_in ? `${translate(lang, 'cardReadInCopy')} ${read_in}` : '';
  if (lang === 'zh') {
    return `${publisher}《${title}》${date ? ` ${date}` : ''} · ${where}${copy ? `（${copy}）` : ''}`;
  }
  return `${publisher}, “${title}”${date ? `, ${date}` : ''} · ${where}${copy ? ` (${copy})` : ''}`;
}
