import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './map/maplibre-setup.ts';
import './styles.css';
import { App } from './App.tsx';
import { startAtlasLoad } from './app/use-atlas-data.ts';

// The geodata, font and marker images start loading before React's first render.
startAtlasLoad().catch(() => {
  // Reported by the app once it renders (useAtlasData).
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
