import type { Browser, CDPSession } from 'playwright-core';
import type { BenchPage } from './browser.ts';
import { changeFilter, openForFilters } from './timing.ts';
import { round } from './stats.ts';

/**
 * A loop is something a user does over and over; the heap is measured after each loop has run
 * `iterations` times. A tour loop, when the app has a tour, belongs in HEAP_LOOPS beside the filter loop.
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
];

export interface HeapResult {
  afterLoadBytes: number;
  /** Growth is against the heap just before that loop ran (the first loop: right after load). */
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
  const bench = await openForFilters(browser, url);
  try {
    const cdp = await bench.context.newCDPSession(bench.page);
    await cdp.send('HeapProfiler.enable');
    const afterLoadBytes = await usedHeap(cdp);
    const loops: HeapResult['loops'] = [];
    let beforeBytes = afterLoadBytes;
    for (const loop of HEAP_LOOPS) {
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
      beforeBytes = afterBytes;
    }
    return { afterLoadBytes, loops };
  } finally {
    await bench.close();
  }
}
