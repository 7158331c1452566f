import { useSyncExternalStore } from 'react';
import { PHONE_MAX_WIDTH } from '../map/phone-framing.ts';

/** Where panels and cards are bottom sheets and the timeline folds (styles.css uses the same width). */
export const PHONE = `(max-width: ${PHONE_MAX_WIDTH}px)`;

/** Whether a CSS media query matches now; re-renders when that changes (window resized, phone turned). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof matchMedia !== 'function') return () => undefined;
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    // index.html's static frame (src/app-shell.tsx) is rendered without a screen: as on a wide one.
    () => false,
  );
}
