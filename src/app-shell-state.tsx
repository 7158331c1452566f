import { useLayoutEffect, type ReactNode } from 'react';
import type { ParsedHash } from './state/hash-state.ts';

/**
 * Whether the app's first render is exactly index.html's static frame (src/app-shell.tsx: Chinese,
 * no panel, not embedded, no notice about ignored parameters, the offline basemap's credits), so React can take it over (hydrate)
 * instead of painting it again. Anything else would be a hydration mismatch.
 */
export function showsAppShell({ state, ignored }: ParsedHash): boolean {
  return state.lang === 'zh' && state.panel === null && !state.embed && state.basemap === 'offline' && ignored.length === 0;
}

/** Calls `run` once the tree below has been committed to the page. */
export function OnFirstCommit({ run, children }: { run: () => void; children: ReactNode }) {
  useLayoutEffect(run, [run]);
  return children;
}
