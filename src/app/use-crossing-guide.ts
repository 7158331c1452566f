import { useEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import { fadedPorts, type GuidePlace, guideMatches } from '../selectors/guide.ts';
import { type OpenAnswer, type TravelMode, openAt, resolveOpenTime } from '../selectors/open-at.ts';
import type { HashState } from '../state/hash-state.ts';
import { useCrossings } from './use-crossings.ts';

/** The time `open=` asks about; "now" follows the device's clock, re-read every half minute. */
function useOpenTime(open: string | null): string | null {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (open !== 'now') return;
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, [open]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (open === null ? null : resolveOpenTime(open)), [open, tick]);
}

/**
 * Everything the crossing guide, open= and a crossing's card share: crossings.json (loaded when one of them needs
 * it), the time asked, what the guide asks, its matches and the ports to fade.
 */
export function useCrossingGuide(data: AtlasData, state: HashState) {
  const [mode, setMode] = useState<TravelMode | null>(null);
  const [from, setFrom] = useState<GuidePlace | null>(null);
  // "Pick on the map": the next click on the map is the starting place, not a selection.
  const [picking, setPicking] = useState(false);
  const guideOpen = state.panel === 'guide';
  const load = useCrossings(guideOpen || state.open !== null || Boolean(state.sel?.startsWith('port-')));
  const time = useOpenTime(state.open);
  const byPort = load.status === 'ready' ? load.byPort : null;
  const matches = useMemo(
    () => (guideOpen && byPort ? guideMatches(data.ports.features, byPort, { mode, time, from }) : null),
    [guideOpen, byPort, data, mode, time, from],
  );
  const faded = useMemo(() => (byPort ? fadedPorts(data.ports.features, byPort, time, matches) : new Set<string>()), [byPort, data, time, matches]);
  const openOf = useMemo(() => (byPort && time ? (id: string): OpenAnswer => openAt(byPort.get(id), time) : null), [byPort, time]);
  const pickPlace = picking && guideOpen ? ([lon, lat]: [number, number]) => (setFrom({ kind: 'map', key: '', lon, lat }), setPicking(false)) : null;
  return { load, byPort, time, mode, setMode, from, setFrom, matches, faded, openOf, picking: picking && guideOpen, setPicking, pickPlace };
}

export type CrossingGuide = ReturnType<typeof useCrossingGuide>;
