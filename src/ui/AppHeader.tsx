import type { Lang } from '../i18n/strings.ts';
import type { Panel } from '../state/hash-state.ts';
import { Header } from './Header.tsx';
import { SearchBox } from './SearchBox.tsx';
import { Toolbar } from './Toolbar.tsx';

interface Props {
  lang: Lang;
  panel: Panel | null;
  onLang: (lang: Lang) => void;
  onPanel: (panel: Panel | null) => void;
  onPresent: () => void;
  onExport: () => void;
}

/**
 * The header as the app renders it and as index.html carries it before any script has run
 * (`npm run shell` writes that copy from this component through src/app-shell.tsx), so the first paint already has the
 * page's frame, and React hydrates those elements instead of painting them again.
 */
export function AppHeader({ lang, panel, onLang, onPanel, onPresent, onExport }: Props) {
  return (
    <Header lang={lang} onLangChange={onLang}>
      <div className="search-slot">
        <SearchBox lang={lang} />
      </div>
      <Toolbar lang={lang} panel={panel} onPanel={onPanel} onPresent={onPresent} onExport={onExport} />
    </Header>
  );
}
