import type { Lang } from '../i18n/strings.ts';
import { guideText } from '../i18n/guide-strings.ts';
import type { CrossingGuide } from '../app/use-crossing-guide.ts';

/**
 * The legend's line for ports drawn faded: the guide's choice when it is open (it fades what does not
 * match), otherwise the time asked by open=. Null when nothing is faded.
 */
export function fadedNoteText(lang: Lang, guide: Pick<CrossingGuide, 'faded' | 'time' | 'matches'>): string | null {
  const count = guide.faded.size;
  if (count === 0) return null;
  if (guide.matches) return guideText(lang, 'legendFadedGuide').replace('{n}', String(count));
  return guideText(lang, 'legendFadedClosed').replace('{time}', guide.time ?? '').replace('{n}', String(count));
}
