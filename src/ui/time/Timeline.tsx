import { memo, useMemo, useRef, useState } from 'react';
import './time.css';
import type { Lang } from '../../i18n/strings.ts';
import { timeText } from '../../i18n/time-strings.ts';
import { PHONE, useMediaQuery } from '../use-media-query.ts';
import { FoldedTimeline } from './FoldedTimeline.tsx';
import { useTimelinePlay } from './use-timeline-play.ts';
import { PLAN_START_DAY, dayOfMonthIndex, monthIndex, nextEvent, planMonths, previousEvent, yearMarks } from '../../selectors/timeline.ts';

interface Props {
  lang: Lang;
  /** The day shown. */
  day: string;
  today: string;
  /** Days on which the record changes, oldest first. */
  events: readonly string[];
  onDay: (day: string, mode: 'push' | 'replace') => void;
  /** Said under the date on a day before the plan was issued, when its projects are asked for (planNoteText). */
  planNote?: string | null;
  /** Presenting: the timeline stays whole, as the audience follows the date on it. */
  present: boolean;
}

/**
 * The date the atlas shows: a slider by month marked in years, play / pause through the dated events,
 * and steps to the previous and next one. Dragging makes one history entry, not one per month passed.
 * On a phone it starts folded to one button (FoldedTimeline) and opens on a tap; folded or not is
 * this page's view only, not part of the link (the date is).
 */
export function Timeline({ lang, day, today, events, onDay, present, planNote = null }: Props) {
  const t = (key: Parameters<typeof timeText>[1], values?: Record<string, string | number>) => timeText(lang, key, values);
  const runs = useMemo(() => ({ events, plan: planMonths(today) }), [events, today]);
  const play = useTimelinePlay(runs, day, onDay);
  const dragging = useRef<'no' | 'start' | 'moving'>('no');
  const max = monthIndex(today);
  const marks = useMemo(() => yearMarks(today), [today]);
  const previous = previousEvent(events, day);
  const next = nextEvent(events, day);
  const step = (target: string | null) => {
    if (!target) return;
    play.stop();
    onDay(target, 'push');
  };
  const phone = useMediaQuery(PHONE);
  const [open, setOpen] = useState(false);
  const foldable = phone && !present;
  // Opening or folding replaces the button pressed: focus moves to the one that undoes it.
  const focusNext = useRef(false);
  const takeFocus = (button: HTMLButtonElement | null) => {
    if (button && focusNext.current) {
      focusNext.current = false;
      button.focus();
    }
  };
  const toggleFold = (next: boolean) => {
    focusNext.current = true;
    setOpen(next);
  };
  if (foldable && !open) {
    return (
      <section className="timeline" data-folded="true" data-testid="timeline" aria-label={t('timeline')}>
        <FoldedTimeline label={day === today ? t('timeline') : t('asOf', { date: day })} past={day !== today} onOpen={() => toggleFold(true)} buttonRef={takeFocus} />
      </section>
    );
  }
  return (
    <section className={`timeline${play.playing ? ' playing' : ''}`} data-folded={foldable ? 'false' : undefined} data-testid="timeline" aria-label={t('timeline')}>
      {foldable && (
        <button type="button" ref={takeFocus} className="timeline-fold" aria-expanded={true} aria-label={t('foldTimeline')} title={t('foldTimeline')} data-testid="timeline-fold" onClick={() => toggleFold(false)}>
          <Icon shape="fold" />
        </button>
      )}
      <div className="timeline-buttons">
        <button type="button" onClick={() => step(previous)} disabled={!previous} aria-label={t('previousEvent')} title={t('previousEvent')} data-testid="timeline-previous">
          <Icon shape="previous" />
        </button>
        <button
          type="button"
          onClick={() => play.toggle('events')}
          aria-pressed={play.playing === 'events'}
          aria-label={play.playing === 'events' ? t('pause') : t('play')}
          title={t('play')}
          data-testid="timeline-play"
        >
          <Icon shape={play.playing === 'events' ? 'pause' : 'play'} />
        </button>
        <button type="button" onClick={() => step(next)} disabled={!next} aria-label={t('nextEvent')} title={t('nextEvent')} data-testid="timeline-next">
          <Icon shape="next" />
        </button>
      </div>
      <div className="timeline-track">
        <input
          type="range"
          min={0}
          max={max}
          step={1}
          value={Math.max(0, Math.min(max, monthIndex(day)))}
          aria-label={t('sliderLabel')}
          aria-valuetext={day}
          list="timeline-years"
          data-testid="timeline-slider"
          onPointerDown={() => (dragging.current = 'start')}
          onPointerUp={() => (dragging.current = 'no')}
          onChange={(event) => {
            play.stop();
            const mode = dragging.current === 'moving' ? 'replace' : 'push';
            if (dragging.current === 'start') dragging.current = 'moving';
            onDay(dayOfMonthIndex(Number(event.target.value), today), mode);
          }}
        />
        <YearScale marks={marks} max={max} planStartTitle={t('planStart')} />
      </div>
      <button
        type="button"
        className="timeline-plan"
        onClick={() => play.toggle('plan')}
        aria-pressed={play.playing === 'plan'}
        title={t('playPlanHint')}
        data-testid="timeline-play-plan"
      >
        <Icon shape={play.playing === 'plan' ? 'pause' : 'play'} /> {t('playPlan')}
      </button>
      <output className="timeline-date" data-testid="timeline-date" aria-live={play.playing ? 'off' : 'polite'} key={play.reduced ? undefined : day}>
        {t('asOf', { date: day === today ? `${day} · ${t('today')}` : day })}
      </output>
      {day !== today && (
        <button type="button" className="timeline-today" onClick={() => step(today)} data-testid="timeline-today">
          {t('toToday')}
        </button>
      )}
      {planNote && (
        <p className="timeline-note" data-testid="plan-note">
          {planNote}
        </p>
      )}
    </section>
  );
}

/** The years under the slider: the same for every day shown, so a move of the slider does not rebuild them. */
const YearScale = memo(function YearScale({ marks, max, planStartTitle }: { marks: ReturnType<typeof yearMarks>; max: number; planStartTitle: string }) {
  const percent = (index: number) => `${(index / max) * 100}%`;
  return (
    <>
      <datalist id="timeline-years">
        {marks.map((mark) => (
          <option key={mark.year} value={mark.index} />
        ))}
      </datalist>
      <div className="timeline-years" aria-hidden="true">
        {marks
          .filter((mark) => mark.labelled)
          .map((mark) => (
            <span key={mark.year} style={{ left: percent(mark.index) }}>
              {mark.year}
            </span>
          ))}
        <span className="plan-mark" style={{ left: percent(monthIndex(PLAN_START_DAY)) }} title={planStartTitle}>
          ▼
        </span>
      </div>
    </>
  );
});

const ICON_PATHS = {
  previous: 'M3 2h2v12H3zM14 2v12L6 8z',
  next: 'M11 2h2v12h-2zM2 2v12l8-6z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  fold: 'M8 4l6 7-1.4 1.4L8 7 3.4 12.4 2 11z',
};

/** Drawn, not typed: the web font has no media-control characters. */
function Icon({ shape }: { shape: keyof typeof ICON_PATHS }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[shape]} fill="currentColor" />
    </svg>
  );
}
