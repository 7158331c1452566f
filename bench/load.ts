import type { Browser } from 'playwright-core';
import { openPage, waitForFirstView } from './browser.ts';
import { cpuSince, chromiumCpu, type CpuByType } from './cpu.ts';
import { measureDrag } from './drag.ts';
import { median, round } from './stats.ts';

/** The atlas and its two peers (bench/peers): the same first view, drawn three ways. */
export type PageName = 'atlas' | 'maplibre' | 'echarts';

export interface PageTarget {
  name: PageName;
  url: string;
}

export interface PageLoad {
  name: PageName;
  /** Navigation start → first complete view, per run (ms). */
  firstViewMs: number[];
  /** When the map (or chart) object appeared, per run: where the time before it went (data, font, app code). */
  mapAtMs: number[];
  /** CPU time of the bench's Chromium from navigation to first complete view, per run; null without /proc. */
  cpuMs: (CpuByType | null)[];
  /** Frames per second during the scripted drag, and how long each drag took (s), per run. */
  dragFps: number[];
  dragSeconds: number[];
  firstViewMedian: number;
  cpuMedian: CpuByType | null;
  dragFpsMedian: number;
  /** This page's figures against the plain MapLibre page's (first view: lower is better; fps: higher is). */
  firstViewRatio: number;
  dragFpsRatio: number;
}

function cpuMedian(runs: (CpuByType | null)[]): CpuByType | null {
  if (runs.some((run) => run === null)) return null;
  const all = runs as CpuByType[];
  return { gpu: round(median(all.map((c) => c.gpu))), renderer: round(median(all.map((c) => c.renderer))), other: round(median(all.map((c) => c.other))) };
}

/**
 * Each run loads every page once, in turn, each in a fresh context: time to its first complete view
 * and the CPU used until then, then the drag. Alternating keeps the pages' figures comparable when the
 * machine's speed drifts during the run; the ratios to the MapLibre page are what budgets hold.
 */
export async function measureLoad(browser: Browser, targets: PageTarget[], runs: number, log: (message: string) => void): Promise<PageLoad[]> {
  const raw = targets.map((target) => ({ target, firstViewMs: [] as number[], mapAtMs: [] as number[], cpuMs: [] as (CpuByType | null)[], dragFps: [] as number[], dragSeconds: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    for (const page of raw) {
      const cpu = chromiumCpu();
      const bench = await openPage(browser, page.target.url, { instrument: page.target.name === 'atlas' });
      try {
        const view = await waitForFirstView(bench, 60_000);
        page.cpuMs.push(cpuSince(cpu));
        page.firstViewMs.push(round(view.idleAt));
        page.mapAtMs.push(round(view.mapAt));
        const drag = await measureDrag(bench);
        page.dragFps.push(drag.fps);
        page.dragSeconds.push(drag.seconds);
        if (bench.offOrigin.length > 0) throw new Error(`${page.target.name}: off-origin requests were blocked: ${bench.offOrigin.join(', ')}`);
        log(`  run ${i + 1}/${runs} ${page.target.name}: first view ${round(view.idleAt, 0)} ms, drag ${drag.fps} fps (${drag.frames} frames in ${drag.seconds} s)`);
      } finally {
        await bench.close();
      }
    }
  }
  const reference = raw.find((page) => page.target.name === 'maplibre');
  const referenceView = reference ? median(reference.firstViewMs) : Number.NaN;
  const referenceFps = reference ? median(reference.dragFps) : Number.NaN;
  return raw.map(({ target, firstViewMs, mapAtMs, cpuMs, dragFps, dragSeconds }) => ({
    name: target.name,
    firstViewMs,
    mapAtMs,
    cpuMs: cpuMs.map((c) => c && { gpu: round(c.gpu), renderer: round(c.renderer), other: round(c.other) }),
    dragFps,
    dragSeconds,
    firstViewMedian: median(firstViewMs),
    cpuMedian: cpuMedian(cpuMs),
    dragFpsMedian: median(dragFps),
    firstViewRatio: round(median(firstViewMs) / referenceView, 2),
    dragFpsRatio: round(median(dragFps) / referenceFps, 2),
  }));
}
