import { useState } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import type { CrossingGuide } from '../app/use-crossing-guide.ts';
import { type GuideKey, guideText } from '../i18n/guide-strings.ts';
import { nameOf } from '../i18n/labels.ts';
import type { Lang } from '../i18n/strings.ts';
import { TRAVEL_MODES, type TravelMode } from '../selectors/open-at.ts';
import { hoursText } from './cards/CrossingSection.tsx';
import { OpenAtControl } from './OpenAtControl.tsx';
import './guide.css';

interface Props {
  data: AtlasData;
  lang: Lang;
  guide: CrossingGuide;
  /** open= as the link carries it: "HH:MM", "now" or null. */
  open: string | null;
  onOpen: (open: string | null) => void;
  onSelect: (id: string) => void;
}

type Locating = 'idle' | 'asking' | 'refused';

/** "Which crossing?": how and when the traveller goes, from where; the matching crossings nearest first. */
export function GuidePanel({ data, lang, guide, open, onOpen, onSelect }: Props) {
  const t = (key: GuideKey) => guideText(lang, key);
  const [locating, setLocating] = useState<Locating>('idle');
  const { load, mode, setMode, from, setFrom, matches } = guide;
  const cities = [...data.basemap.cities.features].sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  const crossingPorts = load.status === 'ready' ? data.ports.features.filter((p) => load.byPort.has(p.properties.id)) : [];

  // The browser's location is asked for only here, on a click; a refusal leaves the rest of the guide as it was.
  const locate = () => {
    if (!navigator.geolocation) return setLocating('refused');
    setLocating('asking');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating('idle');
        setFrom({ kind: 'here', key: '', lon: position.coords.longitude, lat: position.coords.latitude });
      },
      () => setLocating('refused'),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  };

  return (
    <div className="panel-body guide-panel" data-testid="guide-panel">
      <fieldset className="guide-modes">
        <legend>{t('travelHow')}</legend>
        {TRAVEL_MODES.map((m: TravelMode) => (
          <label key={m} className="guide-choice">
            <input type="checkbox" checked={mode === m} data-testid={`guide-mode-${m}`} onChange={() => setMode(mode === m ? null : m)} />
            {t(m)}
          </label>
        ))}
      </fieldset>
      <OpenAtControl lang={lang} open={open} time={guide.time} onOpen={onOpen} />
      <fieldset className="guide-from">
        <legend>{t('from')}</legend>
        <label>
          {t('fromCity')}{' '}
          <select
            data-testid="guide-from-city"
            value={from?.kind === 'city' ? from.key : ''}
            onChange={(event) => {
              const city = cities.find((c) => c.properties.adcode === event.target.value);
              setFrom(city ? { kind: 'city', key: city.properties.adcode, lon: city.properties.label[0], lat: city.properties.label[1] } : null);
            }}
          >
            <option value="">{t('noPlace')}</option>
            {cities.map((c) => (
              <option key={c.properties.adcode} value={c.properties.adcode}>
                {nameOf(c.properties, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fromPort')}{' '}
          <select
            data-testid="guide-from-port"
            value={from?.kind === 'port' ? from.key : ''}
            onChange={(event) => {
              const port = crossingPorts.find((p) => p.properties.id === event.target.value);
              const [lon, lat] = port?.geometry.coordinates ?? [];
              setFrom(port ? { kind: 'port', key: port.properties.id, lon, lat } : null);
            }}
          >
            <option value="">{t('noPlace')}</option>
            {crossingPorts.map((p) => (
              <option key={p.properties.id} value={p.properties.id}>
                {nameOf(p.properties, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="guide-pick" onClick={() => guide.setPicking(!guide.picking)} aria-pressed={guide.picking || from?.kind === 'map'}>
          {t('fromMap')}
        </button>{' '}
        <button type="button" data-testid="guide-locate" onClick={locate} disabled={locating === 'asking'} aria-pressed={from?.kind === 'here'}>
          {locating === 'asking' ? t('locating') : t('fromHere')}
        </button>
        {guide.picking && <p className="guide-hint" data-testid="guide-pick-hint">{t('fromMapHint')}</p>}
        {from?.kind === 'map' && !guide.picking && <p className="guide-hint">{t('fromMapChosen')} {from.lat.toFixed(3)}°N {from.lon.toFixed(3)}°E</p>}
        {locating === 'refused' && (
          <p className="guide-location-error" role="alert" data-testid="guide-location-error">
            {t('locationRefused')}
          </p>
        )}
      </fieldset>
      {load.status === 'loading' && <p>{t('loadingCrossings')}</p>}
      {load.status === 'error' && (
        <p role="alert">
          {t('crossingsFailed')}
          {load.message}
        </p>
      )}
      {matches && (
        <section aria-live="polite">
          <h3 className="guide-results-title">{t('results').replace('{n}', String(matches.length))}</h3>
          {matches.length === 0 && <p>{t('noResults')}</p>}
          <ul className="guide-results" data-testid="guide-results" data-from={from?.kind}>
            {matches.map(({ port, crossing, open: answer, km }) => (
              <li key={port.properties.id} data-id={port.properties.id} data-open={answer}>
                <button type="button" onClick={() => onSelect(port.properties.id)}>
                  <span className="guide-name">{nameOf(port.properties, lang)}</span>
                  <span className="guide-meta">
                    {hoursText(crossing.hours.passenger, lang)}
                    {answer === 'unknown' && guide.time ? ` · ${t('openUnknown')}` : ''}
                    {km !== null ? ` · ${t('km').replace('{n}', km < 10 ? km.toFixed(1) : String(Math.round(km)))}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export default GuidePanel;
