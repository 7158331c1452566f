// First, so that MapLibre's worker starts before the rest of the app's code is evaluated (maplibre-setup.ts).
import './map/maplibre-setup.ts';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App.tsx';
import { startAtlasLoad } from './app/use-atlas-data.ts';
import { discardEarlyMap, showEarlyOverlays, startEarlyMap } from './map/early-map.ts';
import { loadLazy } from './data/load-geodata.ts';
import { parseHash } from './state/hash-state.ts';
import { OnFirstCommit, showsAppShell } from './app-shell-state.tsx';
import { registerAfterFirstView } from './pwa/register-service-worker.ts';

// The geodata and marker images start loading, and the basemap drawing, before the data have arrived.
// The requests go out first; creating the map then keeps the main thread busy for a while.
const parsed = parseHash(location.hash);
const linked = parsed.state;
const loading = startAtlasLoad();
// The rivers are drawn once the markers and routes are (MapView); their small file is fetched now,
// so it is there by then. A failure is reported where they are drawn.
loadLazy('rivers').catch(() => undefined);

// index.html already shows the app's frame for a link that asks for nothing else (src/app-shell.tsx):
// React takes those very elements over, so nothing painted is painted again, and the early map starts
// in its final place once they are React's. Any other link renders afresh at once.
const container = document.getElementById('root')!;
let committed!: () => void;
const firstCommit = new Promise<void>((resolve) => (committed = resolve));
const app = (
  <StrictMode>
    <OnFirstCommit run={committed}>
      <App />
    </OnFirstCommit>
  </StrictMode>
);
if (showsAppShell(parsed)) hydrateRoot(container, app);
else {
  container.replaceChildren();
  const root = createRoot(container);
  flushSync(() => root.render(app));
}
const mapPlaced = firstCommit.then(() => startEarlyMap(linked, document.querySelector<HTMLElement>('.app-main')));
loading.then(
  ({ data, atlas }) => mapPlaced.then(() => showEarlyOverlays(linked, data, atlas)),
  // Reported by the app once it renders (useAtlasData); the map must not cover that message.
  () => mapPlaced.then(() => discardEarlyMap()),
);
registerAfterFirstView();
