import { useCallback, useEffect, useRef, useState } from 'react';
import type { HashState } from './hash-state.ts';
import { keepUnchanged, parseHash, serializeHash } from './hash-state.ts';

function writeUrl(hash: string, mode: 'push' | 'replace'): void {
  const url = hash || location.pathname + location.search;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/**
 * The URL hash is the source of truth for what a user would share. Map moves replace the history
 * entry (so Back does not step through every pan); other changes push one, so Back undoes them.
 */
export function useHashState() {
  const [parsed] = useState(() => parseHash(window.location.hash));
  const [state, setState] = useState<HashState>(parsed.state);
  const [ignored, setIgnored] = useState<string[]>(parsed.ignored);
  const current = useRef(parsed.state);
  const written = useRef(serializeHash(parsed.state));

  const commit = useCallback((next: HashState, mode: 'push' | 'replace') => {
    current.current = next;
    const hash = serializeHash(next);
    if (hash !== written.current) {
      written.current = hash;
      writeUrl(hash, mode);
    }
    setState(next);
  }, []);

  useEffect(() => {
    // Tidy the address bar: the link now shows only what was understood.
    if (parsed.ignored.length > 0) writeUrl(serializeHash(parsed.state), 'replace');
    const onNavigate = () => {
      if (window.location.hash === written.current) return;
      const next = parseHash(window.location.hash);
      const state = keepUnchanged(current.current, next.state);
      written.current = serializeHash(state);
      current.current = state;
      setState(state);
      if (next.ignored.length > 0) setIgnored(next.ignored);
    };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [parsed]);

  const update = useCallback(
    (patch: Partial<HashState>, mode: 'push' | 'replace' = 'push') => commit({ ...current.current, ...patch }, mode),
    [commit],
  );
  const replaceState = useCallback((next: HashState) => commit(next, 'push'), [commit]);
  const notify = useCallback((more: string[]) => setIgnored((list) => [...list, ...more]), []);

  return { state, update, replaceState, ignored, notify, dismissIgnored: () => setIgnored([]) };
}
