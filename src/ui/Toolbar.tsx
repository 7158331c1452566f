import { useRef, type ReactNode } from 'react';
import type { Lang, StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import type { Panel } from '../state/hash-state.ts';
import { useMediaQuery } from './use-media-query.ts';

const BUTTONS: { panel: Panel; label: StringKey }[] = [
  { panel: 'filters', label: 'filters' },
  { panel: 'list', label: 'list' },
  { panel: 'guide', label: 'guide' },
  { panel: 'stats', label: 'stats' },
  { panel: 'progress', label: 'progressShort' },
  { panel: 'legend', label: 'legend' },
  { panel: 'about', label: 'about' },
];

/** The panels that stay in the bar on a narrow desktop; the rest, export and presenting go into "More". */
const ALWAYS_SHOWN: ReadonlySet<Panel> = new Set(['filters', 'list', 'stats', 'legend']);

/**
 * Below this width (and above a phone's, whose bar scrolls sideways) the search box would be squeezed
 * under 180 px by the buttons in English, so the least used ones move into a menu.
 */
export const NARROW_DESKTOP = '(min-width: 641px) and (max-width: 1180px)';

/** Opens one side panel at a time; pressing the open one again closes it. */
interface Props {
  lang: Lang;
  panel: Panel | null;
  onPanel: (panel: Panel | null) => void;
  onPresent: () => void;
  onExport: () => void;
}

export function Toolbar({ lang, panel, onPanel, onPresent, onExport }: Props) {
  const narrow = useMediaQuery(NARROW_DESKTOP);
  const menu = useRef<HTMLDetailsElement>(null);
  // A choice in the menu closes it, as a menu does.
  const act = (action: () => void) => () => {
    if (menu.current) menu.current.open = false;
    action();
  };
  const buttons = BUTTONS.map((button) => ({
    key: button.panel,
    inBar: !narrow || ALWAYS_SHOWN.has(button.panel),
    element: (inMenu: boolean) => (
      <button
        key={button.panel}
        type="button"
        aria-pressed={panel === button.panel}
        data-testid={`panel-${button.panel}`}
        onClick={(inMenu ? act : (f: () => void) => f)(() => onPanel(panel === button.panel ? null : button.panel))}
      >
        {translate(lang, button.label)}
      </button>
    ),
  }));
  const extra = (inMenu: boolean): ReactNode[] => [
    <button key="export" type="button" data-testid="export-open" onClick={inMenu ? act(onExport) : onExport}>
      {translate(lang, 'exportImage')}
    </button>,
    <button key="present" type="button" data-testid="present-enter" title={translate(lang, 'presentLabel')} onClick={inMenu ? act(onPresent) : onPresent}>
      {translate(lang, 'present')}
    </button>,
  ];
  const inMenu = buttons.filter((b) => !b.inBar);
  return (
    <nav className="toolbar" aria-label="panels" data-narrow={narrow || undefined}>
      {buttons.filter((b) => b.inBar).map((b) => b.element(false))}
      {narrow ? (
        <details className="toolbar-more" ref={menu} data-testid="toolbar-more">
          <summary>{translate(lang, 'more')}</summary>
          <div className="toolbar-menu">
            {inMenu.map((b) => b.element(true))}
            {extra(true)}
          </div>
        </details>
      ) : (
        extra(false)
      )}
    </nav>
  );
}
