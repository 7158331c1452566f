import type { Crossing, Hours } from '../../data/crossings.ts';
import type { Source } from '../../data/types.ts';
import { CAR_SCHEME_LABELS, INSPECTION_LABELS, MODE_LABELS, guideText } from '../../i18n/guide-strings.ts';
import type { Lang } from '../../i18n/strings.ts';
import type { OpenAnswer } from '../../selectors/open-at.ts';
import { SourceList } from '../SourceList.tsx';
import { Fields, Section } from './Fields.tsx';

export function hoursText(hours: Hours, lang: Lang): string {
  if (hours === '24h') return guideText(lang, 'hours24');
  if (hours === 'unknown') return guideText(lang, 'hoursUnknown');
  return hours.map((range) => range.replace('-', '–')).join(lang === 'zh' ? '，' : ', ');
}

/** Every source the entry cites, once each, for the card's grouped list. */
function crossingSources(c: Crossing): Source[] {
  const all = [c.hours, c.modes, c.inspection, c.counterpart, c.station].flatMap((part) => part?.sources ?? []);
  const seen = new Set<string>();
  return all.filter((s) => {
    const key = `${s.publisher}|${s.title}|${s.url ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const pick = (lang: Lang, zh: string | undefined, en: string | undefined) => (lang === 'zh' ? zh : en || zh);

/** A crossing's hours, who and what may cross, inspection, the other side and transport, with their sources. */
export function CrossingSection({ crossing: c, lang, open, time, checked }: { crossing: Crossing; lang: Lang; open: OpenAnswer | null; time: string | null; checked: string }) {
  const t = (key: Parameters<typeof guideText>[1]) => guideText(lang, key);
  const goods = c.hours.goods === null ? null : c.hours.goods === 'same' ? t('goodsSame') : hoursText(c.hours.goods, lang);
  const modes = c.modes.value === 'unknown' ? t('hoursUnknown') : c.modes.value.map((m) => MODE_LABELS[m][lang]).join(lang === 'zh' ? '、' : ', ');
  const schemes = c.modes.car_schemes?.length ? c.modes.car_schemes.map((s) => CAR_SCHEME_LABELS[s][lang]).join(lang === 'zh' ? '、' : '; ') : null;
  const other = c.counterpart ? `${pick(lang, c.counterpart.name_zh, c.counterpart.name_en)}${lang === 'zh' ? `（${c.counterpart.region === 'HK' ? '香港' : '澳门'}）` : ` (${c.counterpart.region === 'HK' ? 'Hong Kong' : 'Macao'})`}` : null;
  const station = c.station ? [pick(lang, c.station.name_zh, c.station.name_en), pick(lang, c.station.lines_zh, c.station.lines_en)].filter(Boolean).join(' · ') : null;
  const hoursNote = pick(lang, c.hours.note_zh, c.hours.note_en);
  const statusNote = pick(lang, c.status_note_zh, c.status_note_en);
  return (
    <Section title={t('crossingSection')}>
      {open && time && (
        <p className={`open-badge open-${open}`} data-testid="card-open" data-open={open}>
          {time} · {t(open === 'yes' ? 'openYes' : open === 'no' ? 'openNo' : 'openUnknown')}
        </p>
      )}
      {statusNote && <p className="card-note">{statusNote}</p>}
      <div data-testid="crossing-fields">
        <Fields
          rows={[
            [t('hours'), <span data-testid="card-hours">{hoursText(c.hours.passenger, lang)}</span>],
            [t('goodsHours'), goods],
            [t('modes'), modes],
            [t('carSchemes'), schemes],
            [t('inspection'), INSPECTION_LABELS[c.inspection.value][lang]],
            [t('otherSide'), other],
            [t('station'), station],
            [t('crossingChecked'), checked],
          ]}
        />
      </div>
      {hoursNote && <p className="card-note">{hoursNote}</p>}
      {c.unknown_searched && (
        <p className="card-note">
          {t('unknownSearched')}
          {c.unknown_searched}
        </p>
      )}
      <h4 className="crossing-sources-title">{t('crossingSources')}</h4>
      <SourceList sources={crossingSources(c)} lang={lang} testId="crossing-sources" />
    </Section>
  );
}
