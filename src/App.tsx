import { useEffect, useState } from 'react';
import type { Basemap } from './data/types.ts';
import { loadBasemap } from './data/load-geodata.ts';
import { translate } from './i18n/strings.ts';
import { MapView } from './map/MapView.tsx';
import { useHashState } from './state/use-hash-state.ts';
import { preloadFont } from './ui/fonts.ts';
import { Header } from './ui/Header.tsx';
import { LoadError, LoadingIndicator } from './ui/LoadStatus.tsx';
import { IgnoredParamsNotice } from './ui/IgnoredParamsNotice.tsx';

type Load = { status: 'loading' } | { status: 'ready'; basemap: Basemap } | { status: 'error'; errors: Error[] };

function labelText(basemap: Basemap): string {
  return [...basemap.cities.features, ...basemap.context.features]
    .map((f) => f.properties.name_zh + f.properties.name_en)
    .join('');
}

export function App() {
  const { state, update, ignored, dismissIgnored } = useHashState();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const { lang } = state;

  useEffect(() => {
    const abort = new AbortController();
    loadBasemap(abort.signal)
      .then(async (basemap) => {
        await preloadFont(labelText(basemap));
        if (!abort.signal.aborted) setLoad({ status: 'ready', basemap });
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        const errors = error instanceof AggregateError ? (error.errors as Error[]) : [error as Error];
        setLoad({ status: 'error', errors });
      });
    return () => abort.abort();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'appTitle')} · ${translate(lang, 'appSubtitle')}`;
  }, [lang]);

  return (
    <div className="app">
      <Header lang={lang} onLangChange={(next) => update({ lang: next })} />
      <main className="app-main">
        {load.status === 'ready' && (
          <MapView
            basemap={load.basemap}
            lang={lang}
            initialView={state.map}
            onViewChange={(map) => update({ map }, 'replace')}
          />
        )}
        {load.status === 'loading' && <LoadingIndicator lang={lang} />}
        {load.status === 'error' && <LoadError lang={lang} errors={load.errors} />}
        {ignored.length > 0 && <IgnoredParamsNotice lang={lang} ignored={ignored} onDismiss={dismissIgnored} />}
      </main>
    </div>
  );
}
