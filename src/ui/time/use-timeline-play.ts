import { useEffect, useRef, useState } from 'react';
import { nextEvent } from '../../selectors/timeline.ts';

/** A step's pause: long enough to read what changed on the map and the date. */
const STEP_MS = 1400;
/** Under reduced motion the same steps, slower, and with no transition between them (CSS). */
const REDUCED_STEP_MS = 2200;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** What Play runs through: every dated event of the record, or the plan period month by month. */
export type PlayRun = 'events' | 'plan';

/**
 * Play: from one day of the run to the next until its end. The first step is a history entry of its
 * own (Back returns to where play began); later steps replace it, so Back is not a hundred steps long.
 * Started outside the run (or at its end), it begins at the run's first day.
 */
export function useTimelinePlay(runs: Record<PlayRun, readonly string[]>, day: string, setDay: (day: string, mode: 'push' | 'replace') => void) {
  const [playing, setPlaying] = useState<PlayRun | null>(null);
  const steps = useRef(0);
  const reduced = prefersReducedMotion();

  useEffect(() => {
    if (!playing) return;
    const days = runs[playing];
    const outside = day < days[0] || !nextEvent(days, day);
    const next = steps.current === 0 && outside ? days[0] : nextEvent(days, day);
    if (!next) {
      setPlaying(null);
      return;
    }
    const timer = window.setTimeout(
      () => {
        setDay(next, steps.current === 0 ? 'push' : 'replace');
        steps.current += 1;
      },
      steps.current === 0 ? 0 : reduced ? REDUCED_STEP_MS : STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [playing, day, runs, setDay, reduced]);

  return {
    playing,
    reduced,
    toggle: (run: PlayRun) => {
      steps.current = 0;
      setPlaying((current) => (current === run ? null : run));
    },
    stop: () => setPlaying(null),
  };
}
