import { useEffect, useState } from 'react';
import type { Platform } from '../data/atlas.ts';
import { loadLazy } from '../data/load-geodata.ts';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { SourceList } from './SourceList.tsx';

type PlatformLoad = { status: 'loading' } | { status: 'ready'; platforms: Platform[] } | { status: 'error'; message: string };

/** 专栏6: the plan's single-window platforms, fetched when the About panel first opens. */
export function PlatformList({ lang }: { lang: Lang }) {
  const [load, setLoad] = useState<PlatformLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadLazy('platforms').then(
      (platforms) => live && setLoad({ status: 'ready', platforms: [...platforms].sort((a, b) => a.item - b.item) }),
      (error: Error) => live && setLoad({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="platform-list" aria-labelledby="platforms-title" data-testid="platforms">
      <h3 id="platforms-title">{translate(lang, 'platformsTitle')}</h3>
      {load.status === 'loading' && <p>{translate(lang, 'platformsLoading')}</p>}
      {load.status === 'error' && (
        <p role="alert">
          {translate(lang, 'platformsFailed')} {load.message}
        </p>
      )}
      {load.status === 'ready' && (
        <ol>
          {load.platforms.map((platform) => (
            <li key={platform.id} data-id={platform.id}>
              <strong>{lang === 'zh' ? platform.name_zh : platform.name_en}</strong>
              {lang === 'en' && <span lang="zh"> {platform.name_zh}</span>}
              <p>{lang === 'zh' ? platform.description_zh : platform.description_en}</p>
              <details>
                <summary>{translate(lang, 'cardSources')}</summary>
                <SourceList sources={platform.sources} lang={lang} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
