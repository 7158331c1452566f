import type { ReactNode } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';

interface Props {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  children?: ReactNode;
}

export function Header({ lang, onLangChange, children }: Props) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <h1 className="app-title">
        <span>{translate(lang, 'appTitle')}</span>
        <small>{translate(lang, 'appSubtitle')}</small>
      </h1>
      <div className="header-tools">{children}</div>
      <button
        type="button"
        className="lang-switch"
        data-testid="lang-switch"
        lang={other === 'zh' ? 'zh-CN' : 'en'}
        aria-label={translate(lang, 'switchLanguageLabel')}
        onClick={() => onLangChange(other)}
      >
        {translate(lang, 'switchLanguage')}
      </button>
    </header>
  );
}
