import { offerUpdate } from './update-offer.ts';
import { whenQuiet } from './when-quiet.ts';

/** No drag, tap or key for this long after the first complete view before the worker's downloads start. */
const QUIET_MS = 2000;

/**
 * Registers dist/sw.js (built by scripts/lib/service-worker-plugin.ts), which makes the atlas
 * installable and lets a second visit work with no network. Only in the normal production build over
 * http(s): the development server has no worker to serve, and the one-file build (file://, or any
 * server) defines VITE_ATLAS_SINGLE_FILE and must stay one file.
 */
export function serviceWorkerWanted(): boolean {
  return (
    import.meta.env.PROD &&
    !import.meta.env.VITE_ATLAS_SINGLE_FILE &&
    'serviceWorker' in navigator &&
    (location.protocol === 'https:' || location.protocol === 'http:')
  );
}

export async function registerServiceWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  const registration = await container.register(new URL('sw.js', document.baseURI), { scope: './' });
  let accepted = false;
  const offer = (worker: ServiceWorker) =>
    offerUpdate(() => {
      accepted = true;
      worker.postMessage('skip-waiting');
    });
  // A new worker takes over only when the user asked for it: then, and only then, reload onto it.
  // (The first visit's worker also takes control, of a page that is already its own version.)
  container.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  });
  // A page left open for days still learns of a new version when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

/**
 * Registers once the first complete view is drawn (the labels are its last part, 'atlas:labels') and the
 * page has then been left alone for a moment and is idle, so the worker's downloads (every file of the
 * build) compete neither with the first view nor with the first drags and taps. A page without a map
 * (no WebGL) counts from its load.
 */
export function registerAfterFirstView(): void {
  if (!serviceWorkerWanted()) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    whenQuiet(
      () => registerServiceWorker().catch((error: Error) => console.warn(`service worker not registered: ${error.message}`)),
      { quietMs: QUIET_MS },
    );
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('atlas:labels').length > 0) start();
  });
  observer.observe({ type: 'mark', buffered: true });
  window.addEventListener('load', () => {
    if (!document.querySelector('.maplibregl-canvas')) start();
  });
}
