import { useState } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';

/**
 * On a phone, cards and panels are bottom sheets over half the map; this button (shown only there,
 * styles.css) switches a sheet between that half and the full height, and back.
 */
export function useSheetHeight(lang: Lang) {
  const [full, setFull] = useState(false);
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
  return { sheet: full ? 'full' : 'half', toggle };
}
