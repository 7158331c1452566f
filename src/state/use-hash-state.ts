import { useCallback, useEffect, useRef, useState } from 'react';
import type { HashState } from './hash-state.ts';
import { parseHash, serializeHash } from './hash-state.ts';

/**
 * The URL hash is the source of truth for what a user would share. Map moves replace the history entry
 * (so Back does not step through every pan); other changes push one, so Back undoes them.
 */
export function useHashState() {
  const [parsed] = useState(() => parseHash(window.location.hash));
  const [state, setState] = useState<HashState>(parsed.state);
  const [ignored, setIgnored] = useState<string[]>(parsed.ignored);
  const written = useRef(serializeHash(parsed.state));

  useEffect(() => {
    // Tidy the address bar: the link now shows only what was understood.
    if (parsed.ignored.length > 0) history.replaceState(null, '', serializeHash(parsed.state) || location.pathname + location.search);
    const onHashChange = () => {
      if (window.location.hash === written.current) return;
      const next = parseHash(window.location.hash);
      written.current = serializeHash(next.state);
      setState(next.state);
      if (next.ignored.length > 0) setIgnored(next.ignored);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [parsed]);

  const update = useCallback((patch: Partial<HashState>, mode: 'push' | 'replace' = 'push') => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      const hash = serializeHash(next);
      if (hash !== written.current) {
        written.current = hash;
        const url = hash || location.pathname + location.search;
        if (mode === 'push') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return { state, update, ignored, dismissIgnored: () => setIgnored([]) };
}
