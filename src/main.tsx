// First, so that MapLibre's worker starts before the rest of the app's code is evaluated (maplibre-setup.ts).
import './map/maplibre-setup.ts';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App.tsx';
import { startAtlasLoad } from './app/use-atlas-data.ts';
import { discardEarlyMap, firstViewDrawn, showEarlyOverlays, startEarlyMap } from './map/early-map.ts';
import { parseHash } from './state/hash-state.ts';
import { registerAfterFirstView } from './pwa/register-service-worker.ts';

// The geodata and marker images start loading, and the basemap drawing, before the data have arrived.
// The requests go out first; creating the map then keeps the main thread busy for a while.
const linked = parseHash(location.hash).state;
const loading = startAtlasLoad(firstViewDrawn());

// The app's frame (header, an empty map area) is rendered at once, so the early map starts in the
// very place and size it will keep: moving it into MapView later costs no resize.
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
startEarlyMap(linked, document.querySelector<HTMLElement>('.app-main'));
loading.then(
  ({ data, atlas }) => showEarlyOverlays(linked, data, atlas),
  // Reported by the app once it renders (useAtlasData); the map must not cover that message.
  () => discardEarlyMap(),
);
registerAfterFirstView();
