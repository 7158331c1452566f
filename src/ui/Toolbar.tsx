import type { Lang, StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import type { Panel } from '../state/hash-state.ts';

const BUTTONS: { panel: Panel; label: StringKey }[] = [
  { panel: 'filters', label: 'filters' },
  { panel: 'list', label: 'list' },
  { panel: 'stats', label: 'stats' },
  { panel: 'progress', label: 'progressShort' },
  { panel: 'legend', label: 'legend' },
  { panel: 'about', label: 'about' },
];

/** Opens one side panel at a time; pressing the open one again closes it. */
interface Props {
  lang: Lang;
  panel: Panel | null;
  onPanel: (panel: Panel | null) => void;
  onPresent: () => void;
  onExport: () => void;
}

export function Toolbar({ lang, panel, onPanel, onPresent, onExport }: Props) {
  return (
    <nav className="toolbar" aria-label="panels">
      {BUTTONS.map((button) => (
        <button
          key={button.panel}
          type="button"
          aria-pressed={panel === button.panel}
          data-testid={`panel-${button.panel}`}
          onClick={() => onPanel(panel === button.panel ? null : button.panel)}
        >
          {translate(lang, button.label)}
        </button>
      ))}
      <button type="button" data-testid="export-open" onClick={onExport}>
        {translate(lang, 'exportImage')}
      </button>
      <button type="button" data-testid="present-enter" title={translate(lang, 'presentLabel')} onClick={onPresent}>
        {translate(lang, 'present')}
      </button>
    </nav>
  );
}
