/**
 * A new version of the app, installed by the service worker and waiting: the page shows a notice, and
 * `apply` (the user's click) lets it take over and reloads. A tiny store, because the worker is
 * registered outside React (main.tsx) and the notice is drawn inside it.
 */
type Listener = () => void;

let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

export function offerUpdate(next: () => void): void {
  apply = next;
  for (const listener of listeners) listener();
}

export function pendingUpdate(): (() => void) | null {
  return apply;
}

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
