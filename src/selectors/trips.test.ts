import { describe, expect, it } from 'vitest';
import { TRIP_LOOP_SECONDS, tripsFor } from './trips.ts';

describe('tripsFor', () => {
  it('spends 80 % of the loop on the way, at an even pace along the great circle', () => {
    // A degree of longitude at 60° N is about half a degree of latitude: the first leg is about a third of the way.
    const [trip] = tripsFor([{ id: 'a', kind: 'sea', path: [[0, 60], [1, 60], [1, 61]] }]);
    expect(trip).toMatchObject({ id: 'a', kind: 'sea', path: [[0, 60], [1, 60], [1, 61]] });
    expect(trip.timestamps[0]).toBe(0);
    expect(trip.timestamps[1]).toBeCloseTo(4.26663958934789, 9);
    expect(trip.timestamps[1] / 12.8).toBeCloseTo(1 / 3, 4);
    expect(trip.timestamps[2]).toBeCloseTo(TRIP_LOOP_SECONDS * 0.8, 12);
  });

  it('starts each trip a little later than the one before, within the last fifth of the loop', () => {
    const trips = tripsFor([
      { id: 'a', kind: 'sea', path: [[0, 0], [1, 0]] },
      { id: 'b', kind: 'rail', path: [[0, 0], [1, 0], [3, 0]] },
      { id: 'c', kind: 'sea', path: [[0, 0], [1, 0]] },
      { id: 'd', kind: 'sea', path: [[100, -10], [101, -11]] },
    ]);
    // Offsets: (index × 0.37 mod 1) × 3.2 s.
    expect(trips.map((t) => t.timestamps[0])).toEqual([0, expect.closeTo(1.184, 12), expect.closeTo(2.368, 12), expect.closeTo(0.352, 12)]);
    expect(trips[1].timestamps[1]).toBeCloseTo(1.184 + 12.8 / 3, 9);
    expect(trips[1].timestamps[2]).toBeCloseTo(1.184 + 12.8, 9);
    expect(trips[3].timestamps[1]).toBeCloseTo(0.352 + 12.8, 9);
  });

  it('keeps a trip that does not move at its start', () => {
    expect(tripsFor([{ id: 'a', kind: 'sea', path: [[5, 5], [5, 5]] }])[0].timestamps).toEqual([0, 0]);
  });
});
