import type { ReactNode } from 'react';
import type { Lang, StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import type { Panel } from '../state/hash-state.ts';
import { useSheetHeight } from './SheetToggle.tsx';

const TITLES: Record<Panel, StringKey> = { filters: 'filters', list: 'list', legend: 'legend', stats: 'stats', progress: 'progress', about: 'about', guide: 'guide' };

/** Desktop: a panel on the left. Phone: a bottom sheet (CSS decides). */
export function SidePanel({ panel, lang, onClose, children }: { panel: Panel; lang: Lang; onClose: () => void; children: ReactNode }) {
  const { sheet, toggle, drag } = useSheetHeight(lang);
  return (
    <aside className={`side-panel panel-${panel}`} data-testid="side-panel" data-panel={panel} data-sheet={sheet} aria-labelledby="side-panel-title">
      <header className="panel-header" {...drag}>
        {toggle}
        <h2 id="side-panel-title">{translate(lang, TITLES[panel])}</h2>
        <button type="button" className="icon-button" aria-label={translate(lang, 'closePanel')} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}
