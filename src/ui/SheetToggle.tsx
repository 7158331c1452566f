import { useRef, useState, type PointerEvent } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';

/** A drag on a sheet's header longer than this (px) switches its height, up to full, down to half. */
const DRAG_PX = 40;

/**
 * On a phone, cards and panels are bottom sheets over half the map. The button (shown only there,
 * styles.css) switches a sheet between that half and the full height; so does dragging its header
 * up or down.
 */
export function useSheetHeight(lang: Lang) {
  const [full, setFull] = useState(false);
  const start = useRef<number | null>(null);
  const toggle = (
    <button
      type="button"
      className="sheet-toggle"
      data-testid="sheet-toggle"
      aria-expanded={full}
      aria-label={translate(lang, full ? 'sheetCollapse' : 'sheetExpand')}
      onClick={() => setFull((f) => !f)}
    >
      <span aria-hidden="true">{full ? '▾' : '▴'}</span>
    </button>
  );
  const drag = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      // Buttons in the header keep their clicks; anywhere else the drag belongs to the sheet, also once the finger leaves it.
      if ((event.target as HTMLElement).closest('button')) return;
      start.current = event.clientY;
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      if (start.current === null) return;
      const moved = event.clientY - start.current;
      start.current = null;
      if (moved < -DRAG_PX) setFull(true);
      else if (moved > DRAG_PX) setFull(false);
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
  return { sheet: full ? 'full' : 'half', toggle, drag };
}
