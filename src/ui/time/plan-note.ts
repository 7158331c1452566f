import type { AtlasData } from '../../data/atlas.ts';
import type { Lang } from '../../i18n/strings.ts';
import { timeText } from '../../i18n/time-strings.ts';
import { beforePlan, planDate } from '../../selectors/at-date.ts';

/**
 * The line the timeline and the legend show on a day before the plan was issued, when its projects
 * are asked for: the map shows none of them, and says why rather than look empty by mistake.
 */
export function planNoteText(data: Pick<AtlasData, 'plan'>, lang: Lang, day: string | null, layers: readonly string[]): string | null {
  const issued = planDate(data);
  if (!issued || !layers.includes('projects') || !beforePlan(data, day)) return null;
  return timeText(lang, 'planNote', { date: issued });
}
