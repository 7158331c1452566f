import { guideText } from '../i18n/guide-strings.ts';
import type { Lang } from '../i18n/strings.ts';
import { beijingClock } from '../selectors/open-at.ts';

/** open=: any time, now (the device's clock in Beijing time) or a chosen Beijing time. */
export function OpenAtControl({ lang, open, time, onOpen }: { lang: Lang; open: string | null; time: string | null; onOpen: (open: string | null) => void }) {
  const t = (key: Parameters<typeof guideText>[1]) => guideText(lang, key);
  const choice = open === null ? 'off' : open === 'now' ? 'now' : 'at';
  return (
    <fieldset className="open-at" data-testid="open-at">
      <legend>{t('openAt')}</legend>
      <label className="guide-choice">
        <input type="radio" name="open-at" checked={choice === 'off'} data-testid="open-off" onChange={() => onOpen(null)} />
        {t('openOff')}
      </label>
      <label className="guide-choice">
        <input type="radio" name="open-at" checked={choice === 'now'} data-testid="open-now" onChange={() => onOpen('now')} />
        {t('openNow')}
      </label>
      <label className="guide-choice">
        <input type="radio" name="open-at" checked={choice === 'at'} data-testid="open-chosen" onChange={() => onOpen(beijingClock(new Date()))} />
        {t('openChosen')}
      </label>
      <label className="guide-time">
        {t('openTimeLabel')}{' '}
        <input
          type="time"
          step={60}
          data-testid="open-time"
          // "Now" shows the Beijing time it stands for; only a chosen time can be edited.
          value={time ?? ''}
          disabled={choice !== 'at'}
          onChange={(event) => /^\d\d:\d\d$/.test(event.target.value) && onOpen(event.target.value)}
        />
      </label>
    </fieldset>
  );
}
