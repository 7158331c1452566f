import { useEffect, useRef } from 'react';
import type { HashState } from '../state/hash-state.ts';

interface Controls {
  state: HashState;
  update: (patch: Partial<HashState>) => void;
  count: number;
  go: (index: number) => void;
}

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest?.('input, select, textarea, [contenteditable="true"]'));
}

/** Full screen where the browser allows it; otherwise the CSS presentation layout fills the window anyway. */
export function enterFullscreen(): void {
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Presentation keys, as a clicker sends them: → Space PageDown next, ← PageUp back, Home / End,
 * digits for a step (0 is step 10), P to enter presentation mode, Esc to leave the tour and then
 * the presentation. Keys typed into a field are left alone.
 */
export function usePresentationKeys({ state, update, count, go }: Controls): void {
  const latest = useRef({ state, update, count, go });
  latest.current = { state, update, count, go };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const { state, update, count, go } = latest.current;
      const inTour = state.tour !== null;
      const current = (state.tour ?? 0) - 1;
      const step = (index: number) => {
        event.preventDefault();
        go(index);
      };
      if (event.key === 'p' || event.key === 'P') {
        if (!state.present) {
          update({ present: true });
          enterFullscreen();
        }
        return;
      }
      if (!state.present && !inTour) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          return step(inTour ? Math.min(current + 1, count - 1) : 0);
        case 'ArrowLeft':
        case 'PageUp':
          return step(Math.max(current - 1, 0));
        case 'Home':
          return step(0);
        case 'End':
          return step(count - 1);
        case 'Escape':
          event.preventDefault();
          if (document.fullscreenElement) void document.exitFullscreen?.();
          if (inTour) update({ tour: null });
          else update({ present: false });
          return;
        default:
          if (/^[0-9]$/.test(event.key)) {
            const index = event.key === '0' ? 9 : Number(event.key) - 1;
            if (index < count) step(index);
          }
      }
    };
    // Leaving full screen with the browser's own Esc also leaves presentation mode.
    const onFullscreen = () => {
      if (!document.fullscreenElement && latest.current.state.present) latest.current.update({ present: false, tour: null });
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  useEffect(() => {
    document.body.classList.toggle('presenting', state.present);
  }, [state.present]);
}
