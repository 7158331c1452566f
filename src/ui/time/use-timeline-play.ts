import { useEffect, useRef, useState } from 'react';
import { nextEvent } from '../../selectors/timeline.ts';

/** A step's pause: long enough to read what changed on the map and the date. */
const STEP_MS = 1400;
/** Under reduced motion the same steps, slower, and with no transition between them (CSS). */
const REDUCED_STEP_MS = 2200;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Play: from one dated event to the next until today. The first step is a history entry of its own
 * (Back returns to where play began); later steps replace it, so Back is not a hundred steps long.
 */
export function useTimelinePlay(events: readonly string[], day: string, setDay: (day: string, mode: 'push' | 'replace') => void) {
  const [playing, setPlaying] = useState(false);
  const steps = useRef(0);
  const reduced = prefersReducedMotion();

  useEffect(() => {
    if (!playing) return;
    const next = steps.current === 0 && !nextEvent(events, day) ? events[0] : nextEvent(events, day);
    if (!next) {
      setPlaying(false);
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
  }, [playing, day, events, setDay, reduced]);

  return {
    playing,
    reduced,
    toggle: () => {
      steps.current = 0;
      setPlaying((p) => !p);
    },
    stop: () => setPlaying(false),
  };
}
