import { useId, useState } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { BASEMAPS, type BasemapKey } from '../state/hash-state.ts';
import { saveTiandituKey, tiandituKey } from '../map/online-basemaps.ts';

const LABEL_KEYS = { offline: 'basemapOffline', osm: 'basemapOsm', tianditu: 'basemapTianditu' } as const;

/** The offline basemap is the default; the online ones say plainly that they fetch tiles from the internet. */
interface Props {
  lang: Lang;
  value: BasemapKey;
  onChange: (value: BasemapKey) => void;
  /** Called when the user enters a 天地图 key, so the map can fetch with it. */
  onKeyChange: () => void;
}

export function BasemapChooser({ lang, value, onChange, onKeyChange }: Props) {
  const name = useId();
  const [key, setKey] = useState(() => tiandituKey() ?? '');
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return (
    <fieldset className="facet" data-testid="basemap-chooser">
      <legend>{t('basemap')}</legend>
      {BASEMAPS.map((basemap) => (
        <label key={basemap} className="facet-option">
          <input type="radio" name={name} value={basemap} checked={value === basemap} onChange={() => onChange(basemap)} />
          <span className="facet-label">{t(LABEL_KEYS[basemap])}</span>
          {basemap !== 'offline' && <span className="online-badge">{t('online')}</span>}
        </label>
      ))}
      {value === 'tianditu' && !import.meta.env.VITE_TIANDITU_KEY && (
        <label className="key-input">
          <span>{t('tiandituKey')}</span>
          <input
            type="password"
            autoComplete="off"
            value={key}
            onChange={(event) => setKey(event.target.value)}
            onBlur={() => {
              saveTiandituKey(key.trim());
              onKeyChange();
            }}
          />
        </label>
      )}
      {value !== 'offline' && <p className="hint">{t('onlineHint')}</p>}
    </fieldset>
  );
}
