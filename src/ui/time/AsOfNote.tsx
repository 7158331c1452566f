import { PORT_STATUS_LABELS, PROJECT_STATUS_LABELS } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { timeText } from '../../i18n/time-strings.ts';
import { portAt, projectStatusAt, railRouteAt, seaRouteAt } from '../../selectors/at-date.ts';
import type { Selected } from '../../selectors/selection.ts';

/** What the card's record says about the day the atlas shows: the status then, not yet open, or date unknown. */
function statusOn(selected: Selected, day: string, lang: Lang): { status: string; text: string; dateUnknown: boolean } | null {
  switch (selected.kind) {
    case 'port': {
      const at = portAt(selected.feature, day);
      if (!at.status) return { status: 'not-yet', text: timeText(lang, 'notYetOpen'), dateUnknown: false };
      const label = PORT_STATUS_LABELS[at.status][lang];
      return { status: at.status, text: at.dateKnown ? label : `${label} · ${timeText(lang, 'dateUnknownPort')}`, dateUnknown: !at.dateKnown };
    }
    case 'project': {
      const status = projectStatusAt(selected.feature, day);
      if (!status) return { status: 'not-yet', text: timeText(lang, 'notYetPlanned'), dateUnknown: false };
      return { status, text: PROJECT_STATUS_LABELS[status][lang], dateUnknown: false };
    }
    case 'sea':
    case 'rail': {
      const at = selected.kind === 'sea' ? seaRouteAt(selected.feature, day) : railRouteAt(selected.feature, day);
      if (!at.shown) return { status: 'not-yet', text: timeText(lang, 'notYetOpen'), dateUnknown: false };
      return { status: 'running', text: at.dateKnown ? timeText(lang, 'inService') : timeText(lang, 'dateUnknownRoute'), dateUnknown: !at.dateKnown };
    }
    case 'city':
      return null;
  }
}

export function AsOfNote({ selected, day, lang }: { selected: Selected; day: string; lang: Lang }) {
  const on = statusOn(selected, day, lang);
  if (!on) return null;
  return (
    <p className={`as-of-note${on.dateUnknown ? ' date-unknown' : ''}`} data-testid="card-as-of" data-status={on.status} data-date-unknown={on.dateUnknown || undefined}>
      <strong>{timeText(lang, 'statusOn', { date: day })}：</strong>
      {on.text}
    </p>
  );
}
