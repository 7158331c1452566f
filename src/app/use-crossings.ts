import { useEffect, useState } from 'react';
import { type Crossing, type Crossings, crossingsByPort } from '../data/crossings.ts';
import { loadLazy } from '../data/load-geodata.ts';

export type CrossingsLoad =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; data: Crossings; byPort: ReadonlyMap<string, Crossing> }
  | { status: 'error'; message: string };

/** crossings.json, fetched the first time `needed` turns true (the guide, a port's card, open=), then kept. */
export function useCrossings(needed: boolean): CrossingsLoad {
  const [load, setLoad] = useState<CrossingsLoad>({ status: 'idle' });
  const start = needed && load.status === 'idle';
  useEffect(() => {
    if (!start) return;
    setLoad({ status: 'loading' });
    loadLazy('crossings').then(
      (data) => setLoad({ status: 'ready', data, byPort: crossingsByPort(data) }),
      (error: Error) => setLoad({ status: 'error', message: error.message }),
    );
  }, [start]);
  return load;
}
