/** The inputs that say someone is using the page: a drag, a pinch, a scroll, a key. */
const INPUTS = ['pointerdown', 'pointermove', 'wheel', 'touchstart', 'keydown'] as const;

export interface QuietOptions {
  /** How long no input must have come before the work may start (ms). */
  quietMs: number;
  /** Where the inputs are listened for; the window in the page. */
  target?: EventTarget;
  /** The browser's idle callback, where it has one (Safari has none): the work waits for an idle moment too. */
  idle?: (run: () => void) => void;
}

/**
 * Runs `work` once the page has had no input for `quietMs` and then an idle moment: work that is
 * not urgent (the service worker's downloads) keeps out of the way of the first drags and taps.
 */
export function whenQuiet(work: () => void, { quietMs, target = window, idle = browserIdle }: QuietOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const type of INPUTS) target.removeEventListener(type, arm, { capture: true });
      idle(work);
    }, quietMs);
  };
  for (const type of INPUTS) target.addEventListener(type, arm, { capture: true, passive: true });
  arm();
}

/** Longest an idle callback may wait on a page that is never idle (a playing timeline, say). */
const IDLE_TIMEOUT_MS = 10_000;

function browserIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
}
