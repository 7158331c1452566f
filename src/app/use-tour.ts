import { useCallback, useEffect, useState } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import { GeodataLoadError, loadLazy } from '../data/load-geodata.ts';
import type { FlyRequest } from '../map/MapView.tsx';
import { stepState, tourProblems, type Tour } from '../selectors/tour.ts';
import type { HashState } from '../state/hash-state.ts';

export type TourLoad = { status: 'idle' | 'loading' } | { status: 'ready'; tour: Tour } | { status: 'error'; error: Error };

/**
 * The guided tour: loaded when first needed, validated like the geodata, and driven from the URL
 * (`tour=n`). Going to a step replaces the map state with the step's and moves the camera.
 */
export function useTour(data: AtlasData, state: HashState, replaceState: (next: HashState) => void, fly: (request: FlyRequest) => void) {
  const [load, setLoad] = useState<TourLoad>({ status: 'idle' });
  const wanted = state.tour !== null || state.present;

  useEffect(() => {
    if (!wanted || load.status !== 'idle') return;
    setLoad({ status: 'loading' });
    loadLazy('tour').then(
      (raw) => {
        const problems = tourProblems(raw, data);
        if (problems.length > 0) {
          const first = problems[0];
          setLoad({ status: 'error', error: new GeodataLoadError('tour.json', `${first.id}: [${first.rule}] ${first.message}`) });
        } else setLoad({ status: 'ready', tour: raw as Tour });
      },
      (error: Error) => setLoad({ status: 'error', error }),
    );
  }, [wanted, load.status, data]);

  const tour = load.status === 'ready' ? load.tour : null;
  const count = tour?.steps.length ?? 0;

  const go = useCallback(
    (index: number) => {
      if (!tour) return;
      const clamped = Math.max(0, Math.min(tour.steps.length - 1, index));
      const step = tour.steps[clamped];
      replaceState(stepState(step, state, clamped));
      fly({ ...step.camera, nonce: Date.now() });
    },
    [tour, state, replaceState, fly],
  );

  // A link with tour=n opens that step, with its layers, filters and camera, once the tour has loaded.
  const [arrived, setArrived] = useState(false);
  useEffect(() => {
    if (!tour || arrived) return;
    setArrived(true);
    if (state.tour !== null) go(Math.min(state.tour, tour.steps.length) - 1);
  }, [tour, arrived, state.tour, go]);

  return { load, tour, count, step: state.tour, go };
}
