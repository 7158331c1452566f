import type { AtlasData } from '../../data/atlas.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import { resolveCaption, type Tour } from '../../selectors/tour.ts';

interface Props {
  data: AtlasData;
  tour: Tour | null;
  step: number | null;
  lang: Lang;
  present: boolean;
  anim: boolean;
  paused: boolean;
  onGo: (index: number) => void;
  onExitTour: () => void;
  onExitPresentation: () => void;
  onTogglePause: () => void;
}

/** The tour's caption card: title, 2–4 lines whose figures come from the data, progress dots, controls. */
export default function PresentationBar(props: Props) {
  const { data, tour, step, lang, present, anim, paused, onGo, onExitTour, onExitPresentation, onTogglePause } = props;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const index = step === null ? null : step - 1;
  const current = tour && index !== null ? tour.steps[Math.min(index, tour.steps.length - 1)] : null;
  return (
    <section className="presentation-bar" data-testid="presentation-bar" aria-live="polite" aria-label={current ? current[lang === 'zh' ? 'title_zh' : 'title_en'] : t('appTitle')}>
      {current ? (
        <>
          <h2 data-testid="tour-title">{lang === 'zh' ? current.title_zh : current.title_en}</h2>
          <div className="tour-caption" data-testid="tour-caption">
            {(lang === 'zh' ? current.caption_zh : current.caption_en).map((line, i) => (
              <p key={i}>{resolveCaption(line, data, lang)}</p>
            ))}
          </div>
        </>
      ) : (
        <>
          <h2>{t('appTitle')}</h2>
          <p className="tour-caption">{tour ? t('presentHint') : t('tourLoading')}</p>
        </>
      )}
      <nav className="tour-controls" aria-label="tour">
        <button type="button" onClick={() => onGo((index ?? 0) - 1)} disabled={!tour || !index} aria-label={t('tourPrev')}>
          ←
        </button>
        <ol className="tour-dots">
          {tour?.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className={i === index ? 'dot current' : 'dot'}
                aria-current={i === index ? 'step' : undefined}
                aria-label={`${t('tourStep').replace('{n}', String(i + 1))}: ${lang === 'zh' ? s.title_zh : s.title_en}`}
                data-step={i + 1}
                onClick={() => onGo(i)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => onGo(index === null ? 0 : index + 1)}
          disabled={!tour || (index !== null && index >= tour.steps.length - 1)}
          aria-label={index === null ? t('tourStart') : t('tourNext')}
        >
          →
        </button>
        {anim && (
          <button type="button" onClick={onTogglePause} data-testid="anim-toggle" aria-pressed={paused}>
            {paused ? t('animPlay') : t('animPause')}
          </button>
        )}
        {step !== null && (
          <button type="button" onClick={onExitTour}>
            {t('tourExit')}
          </button>
        )}
        {present && (
          <button type="button" onClick={onExitPresentation} data-testid="present-exit">
            {t('presentExit')}
          </button>
        )}
      </nav>
    </section>
  );
}
