import { openFreshPage, waitForFirstView, type Screen } from './browser.ts';
import { cpuSince, chromiumCpu, type CpuByType, type CpuSnapshot } from './cpu.ts';
import { measureDrag } from './drag.ts';
import { mapFrame } from './page.ts';
import { median, round } from './stats.ts';

/** The atlas and its two peers (bench/peers): the same default view, drawn three ways. */
export type PageName = 'atlas' | 'maplibre' | 'echarts';

export interface PageTarget {
  name: PageName;
  url: string;
}

/** CSS px the atlas keeps above and below its map on a screen; the peers' title and bottom bars copy them. */
export interface MapFrame {
  top: number;
  bottom: number;
}

/** A peer page's address with the atlas's map frame, so its map is the atlas's size (bench/peers/view.ts). */
export function framedUrl(url: string, frame: MapFrame): string {
  const framed = new URL(url);
  framed.searchParams.set('top', String(frame.top));
  framed.searchParams.set('bottom', String(frame.bottom));
  return framed.href;
}

export interface PageLoad {
  name: PageName;
  screen: Screen['name'];
  /** Navigation start → first complete view (names, borders and rivers included), per run (ms). */
  firstViewMs: number[];
  /** The atlas only: navigation start → first idle map with markers and routes, per run (ms). */
  overlaysMs: number[];
  /** When the map (or chart) object appeared, per run: where the time before it went (data, font, app code). */
  mapAtMs: number[];
  /** CPU time of the page's own Chromium from navigation to first complete view, per run; null without /proc. */
  cpuMs: (CpuByType | null)[];
  /** Frames per second during the scripted drag, and how long each drag took (s), per run. */
  dragFps: number[];
  dragSeconds: number[];
  firstViewMedian: number;
  cpuMedian: CpuByType | null;
  dragFpsMedian: number;
  /** This page's figures against the plain MapLibre page's on the same screen (first view: lower is better; fps: higher is). */
  firstViewRatio: number;
  dragFpsRatio: number;
}

function cpuMedian(runs: (CpuByType | null)[]): CpuByType | null {
  if (runs.some((run) => run === null)) return null;
  const all = runs as CpuByType[];
  return { gpu: round(median(all.map((c) => c.gpu))), renderer: round(median(all.map((c) => c.renderer))), other: round(median(all.map((c) => c.other))) };
}

/**
 * On each screen, each run loads every page once, in turn, each in a browser process of its own
 * with an empty profile: time to its first complete view and the CPU used until then, then the drag,
 * which starts once everything deferred has been drawn. The atlas comes first, and where its map sits
 * (mapFrame) sizes the peers' bars. Alternating keeps the pages' figures comparable when the
 * machine's speed drifts during the run; the ratios to the MapLibre page are what budgets hold.
 */
export async function measureLoad(targets: PageTarget[], screens: readonly Screen[], runs: number, log: (message: string) => void): Promise<{ loads: PageLoad[]; frames: Record<string, MapFrame> }> {
  const loads: PageLoad[] = [];
  const frames: Record<string, MapFrame> = {};
  for (const screen of screens) {
    const raw = targets.map((target) => ({ target, firstViewMs: [] as number[], overlaysMs: [] as number[], mapAtMs: [] as number[], cpuMs: [] as (CpuByType | null)[], dragFps: [] as number[], dragSeconds: [] as number[] }));
    for (let i = 0; i < runs; i++) {
      for (const page of raw) {
        const atlas = page.target.name === 'atlas';
        const frame = frames[screen.name];
        if (!atlas && !frame) throw new Error('the atlas must be loaded before its peers: they copy where its map sits');
        let cpu: CpuSnapshot | null = null;
        const url = atlas ? page.target.url : framedUrl(page.target.url, frame);
        const bench = await openFreshPage(url, { instrument: atlas, screen, serviceWorkers: true, watchOnly: true, beforeNavigation: () => (cpu = chromiumCpu()) });
        try {
          const view = await waitForFirstView(bench, 120_000);
          page.cpuMs.push(cpuSince(cpu));
          page.firstViewMs.push(round(view.idleAt));
          if (view.overlaysAt !== null) page.overlaysMs.push(round(view.overlaysAt));
          page.mapAtMs.push(round(view.mapAt));
          if (atlas) frames[screen.name] ??= await bench.page.evaluate(mapFrame);
          const drag = await measureDrag(bench, screen);
          page.dragFps.push(drag.fps);
          page.dragSeconds.push(drag.seconds);
          if (bench.offOrigin.length > 0) throw new Error(`${page.target.name}: requests tried to leave the origin: ${bench.offOrigin.join(', ')}`);
          if (bench.errors.length > 0) throw new Error(`${page.target.name} on the ${screen.name}: page errors: ${bench.errors.join(' | ')}`);
          log(`  ${screen.name} run ${i + 1}/${runs} ${page.target.name}: first view ${round(view.idleAt, 0)} ms, drag ${drag.fps} fps (${drag.frames} frames in ${drag.seconds} s, moved ${drag.moved.join(', ')}°)`);
        } finally {
          await bench.close();
        }
      }
    }
    const reference = raw.find((page) => page.target.name === 'maplibre');
    const referenceView = reference ? median(reference.firstViewMs) : Number.NaN;
    const referenceFps = reference ? median(reference.dragFps) : Number.NaN;
    for (const { target, firstViewMs, overlaysMs, mapAtMs, cpuMs, dragFps, dragSeconds } of raw) {
      loads.push({
        name: target.name,
        screen: screen.name,
        firstViewMs,
        overlaysMs,
        mapAtMs,
        cpuMs: cpuMs.map((c) => c && { gpu: round(c.gpu), renderer: round(c.renderer), other: round(c.other) }),
        dragFps,
        dragSeconds,
        firstViewMedian: median(firstViewMs),
        cpuMedian: cpuMedian(cpuMs),
        dragFpsMedian: median(dragFps),
        firstViewRatio: round(median(firstViewMs) / referenceView, 2),
        dragFpsRatio: round(median(dragFps) / referenceFps, 2),
      });
    }
  }
  return { loads, frames };
}

/** Where the atlas's map sits on a screen (one load in a fresh browser), for the peers' bars. */
export async function measureFrame(atlasUrl: string, screen: Screen): Promise<MapFrame> {
  const bench = await openFreshPage(atlasUrl, { instrument: true, screen });
  try {
    await waitForFirstView(bench, 120_000);
    const { top, bottom } = await bench.page.evaluate(mapFrame);
    return { top, bottom };
  } finally {
    await bench.close();
  }
}
