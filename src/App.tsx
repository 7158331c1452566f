import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { AtlasView } from './app/AtlasView.tsx';
import { useAtlasData } from './app/use-atlas-data.ts';
import { translate } from './i18n/strings.ts';
import { useHashState } from './state/use-hash-state.ts';
import { EmbedBar } from './ui/EmbedBar.tsx';
import { AppHeader } from './ui/AppHeader.tsx';
import { IgnoredParamsNotice } from './ui/IgnoredParamsNotice.tsx';
import { LoadError, LoadingIndicator } from './ui/LoadStatus.tsx';
import { MapErrorBoundary } from './ui/MapErrorBoundary.tsx';
import { UpdateNotice } from './ui/UpdateNotice.tsx';
import { MapCredits } from './ui/MapCredits.tsx';
import { mapCredits } from './map/attribution.ts';
import { onlineBasemap, onTiandituKey, tiandituKey } from './map/online-basemaps.ts';
import { enterFullscreen } from './app/use-presentation.ts';

export function App() {
  const { state, update, replaceState, ignored, notify, dismissIgnored } = useHashState();
  const load = useAtlasData();
  const [exportOpen, setExportOpen] = useState(false);
  const { lang } = state;

  // The header changes with the language and the open panel only, not with every filter or date.
  const { panel, embed } = state;
  const header = useMemo(
    () =>
      embed ? null : (
        <AppHeader
          lang={lang}
          panel={panel}
          onLang={(next) => update({ lang: next })}
          onPanel={(next) => update({ panel: next })}
          onPresent={() => {
            update({ present: true });
            enterFullscreen();
          }}
          onExport={() => setExportOpen((open) => !open)}
        />
      ),
    [embed, lang, panel, update],
  );

  // The credit line changes with the language and the basemap (a 天地图 key saved later included),
  // not with every filter or date. The static frame was rendered without a key.
  const key = useSyncExternalStore(onTiandituKey, tiandituKey, () => null);
  const credits = useMemo(() => mapCredits(lang, onlineBasemap(state.basemap, key)?.attribution), [lang, state.basemap, key]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'appTitle')} · ${translate(lang, 'appSubtitle')}`;
  }, [lang]);

  return (
    <div className={embed ? 'app embedded' : 'app'}>
      {header}
      <main className="app-main">
        {state.embed && <EmbedBar lang={lang} state={state} />}
        {load.status === 'ready' && (
          <MapErrorBoundary lang={lang}>
            <AtlasView
              data={load.data}
              markerAtlas={load.atlas}
              labelsReady={load.labelsReady}
              state={state}
              update={update}
              replaceState={replaceState}
              notify={notify}
              exportOpen={exportOpen}
              onExportClose={() => setExportOpen(false)}
            />
          </MapErrorBoundary>
        )}
        {load.status === 'ready' && load.data.problems.length > 0 && <LoadError lang={lang} errors={load.data.problems} partial />}
        {load.status === 'loading' && <LoadingIndicator lang={lang} />}
        {load.status === 'error' && <LoadError lang={lang} errors={load.errors} />}
        <MapCredits lang={lang} text={credits} />
        <UpdateNotice lang={lang} />
        {ignored.length > 0 && <IgnoredParamsNotice lang={lang} ignored={ignored} onDismiss={dismissIgnored} />}
      </main>
    </div>
  );
}
