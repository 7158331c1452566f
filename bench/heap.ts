import type { Browser, CDPSession } from 'playwright-core';
import type { BenchPage } from './browser.ts';
import { changeFilter, openForFilters } from './timing.ts';
import { round } from './stats.ts';

/**
 * A loop is something a user does over and over; the heap is measured after each loop has run
 * `iterations` times, against the heap after a short unmeasured warm-up of the same loop. The warm-up
 * absorbs what a first run legitimately keeps (V8's optimised code, lazily loaded modules such as the
 * tour, the renderers' shader caches), so that what is left is what a leak would look like.
 */
export interface HeapLoop {
  name: string;
  iterations: number;
  step(bench: BenchPage, iteration: number): Promise<void>;
}

export const HEAP_LOOPS: HeapLoop[] = [
  {
    name: 'status filter on/off',
    iterations: 200,
    step: async (bench, i) => {
      await changeFilter(bench, i % 2 === 0);
    },
  },
  {
    name: 'tour, 20 loops of its 10 steps',
    iterations: 200,
    step: async (bench, i) => {
      await bench.page.evaluate(showTourStep, (i % TOUR_STEPS) + 1);
    },
  },
];

const TOUR_STEPS = 10;
const WARM_UP = 20;

/** Opens a tour step through the URL, as a presentation clicker would, and waits until the map has settled. */
function showTourStep(step: number): Promise<void> {
  const map = (window as unknown as { __atlas: { map: { once(type: string, listener: () => void): void } } }).__atlas.map;
  return new Promise((done) => {
    const timer = setTimeout(done, 400);
    map.once('idle', () => {
      clearTimeout(timer);
      done();
    });
    location.hash = `present=1&tour=${step}`;
  });
}

export interface HeapResult {
  afterLoadBytes: number;
  /** Growth is against the heap after that loop's warm-up. */
  loops: { name: string; iterations: number; beforeBytes: number; afterBytes: number; growthPct: number; trend: { iteration: number; bytes: number }[] }[];
}

/** JS heap of the page's main thread after a full garbage collection (CDP, so the number is exact). */
async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function measureHeap(browser: Browser, url: string): Promise<HeapResult> {
  // Reduced motion: tour steps jump instead of flying, so 200 of them take seconds, not minutes.
  const bench = await openForFilters(browser, url, undefined, true);
  try {
    const cdp = await bench.context.newCDPSession(bench.page);
    await cdp.send('HeapProfiler.enable');
    const afterLoadBytes = await usedHeap(cdp);
    const loops: HeapResult['loops'] = [];
    for (const loop of HEAP_LOOPS) {
      for (let i = 0; i < WARM_UP; i++) await loop.step(bench, i);
      const beforeBytes = await usedHeap(cdp);
      // A sample every quarter of the loop tells a leak (still climbing) from a warm-up (levelled off).
      const trend: { iteration: number; bytes: number }[] = [];
      const every = Math.max(1, Math.floor(loop.iterations / 4));
      for (let i = 1; i <= loop.iterations; i++) {
        await loop.step(bench, i - 1);
        if (i % every === 0 && i < loop.iterations) trend.push({ iteration: i, bytes: await usedHeap(cdp) });
      }
      const afterBytes = await usedHeap(cdp);
      trend.push({ iteration: loop.iterations, bytes: afterBytes });
      const growthPct = round(((afterBytes - beforeBytes) / beforeBytes) * 100, 2);
      loops.push({ name: loop.name, iterations: loop.iterations, beforeBytes, afterBytes, growthPct, trend });
    }
    return { afterLoadBytes, loops };
  } finally {
    await bench.close();
  }
}
