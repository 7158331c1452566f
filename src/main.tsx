import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './map/maplibre-setup.ts';
import './styles.css';
import { App } from './App.tsx';
import { startAtlasLoad } from './app/use-atlas-data.ts';
import { discardEarlyMap, startEarlyMap } from './map/early-map.ts';
import { parseHash } from './state/hash-state.ts';

// The geodata and marker images start loading, and the basemap drawing, before React's first render.
startAtlasLoad().catch(() => {
  // Reported by the app once it renders (useAtlasData); the map must not cover that message.
  discardEarlyMap();
});
startEarlyMap(parseHash(location.hash).state.map);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
