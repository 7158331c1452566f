/**
 * `npm run bench`: measures the built app in dist/ (it builds nothing of the app but a copy with
 * source maps for the profile: run `npm run build` first) in Debian's Chromium, prints a table and
 * writes bench/results.json. A benchmark reports; it exits 0 even when a figure is over budget.
 * A request that tries to leave the origin is blocked, or in the load part fails the load.
 *
 *   1. sizes:      bytes on first load, raw and gzip, per file and per category (sizes.ts)
 *   2. load:       the atlas against two peers drawing the same whole default view from the same
 *                  geodata, a plain MapLibre page and an ECharts page (peers/), all served by
 *                  deploy/nginx.conf, on a 1280×800 screen and a 390×844 phone: time to the first
 *                  complete view, CPU by Chromium process, frames per second while dragging; each
 *                  load in a fresh browser (load.ts, drag.ts)
 *   3. lighthouse: Lighthouse 12.2.3, mobile and desktop presets, on the same three pages (lighthouse.ts)
 *   4. profile:    main-thread self time by source module, phone, 4× CPU slowdown, 15 s (profile.ts)
 *   5. filter:     status filter change → map rendered, real and synthetic data; a move of the timeline, real data (timing.ts, synthetic.ts)
 *   6. heap:       JS heap after load and after repeated loops, e.g. 200 filter changes (heap.ts)
 *
 * Flags (or the older environment variables): --only load,lighthouse (BENCH_PARTS) picks parts;
 * --runs N (BENCH_RUNS) sets the number of load runs (and caps the filter runs); --lighthouse-runs N
 * the Lighthouse rounds. A run that skips a part or lowers the runs writes bench/.out/results.json
 * instead, so bench/results.json always holds a full run. A part that fails (say, the app never
 * reaches a complete view, or nginx or Lighthouse cannot start) is reported after the others'
 * figures, and the bench exits 1; its results then go to bench/.out/results.json too.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, PHONE, SCREENS } from './browser.ts';
import { DRAG } from './drag.ts';
import { measureHeap } from './heap.ts';
import { LIGHTHOUSE_SCREENS, measureLighthouse, PRESETS, type Preset } from './lighthouse.ts';
import { framedUrl, measureFrame, measureLoad, type MapFrame, type PageTarget } from './load.ts';
import { profilePage, type ProfileResult } from './profile.ts';
import { budgetLines, BUDGETS, formatReport, type Measured } from './report.ts';
import { ATLAS_WITH_MAPS, buildAtlasWithMaps, buildPeers, DIST, PEERS_OUT, peerPages, ROOT, serveApp, serveNginx, type Served } from './serve.ts';
import { measureSizes } from './sizes.ts';
import { syntheticProjects } from './synthetic.ts';
import { measureFilter, type FilterParam } from './timing.ts';

const PARTS = ['sizes', 'load', 'lighthouse', 'profile', 'filter', 'heap'] as const;
type Part = (typeof PARTS)[number];

// Nine, not five: with software WebGL on two cores single loads vary by ±30 %, and the median of five
// moved the first-view ratio between 1.5× and 2.0× from one run of the bench to the next.
const LOAD_RUNS = 9;
// Lighthouse's own advice: its runs vary ±10 points, so take the median of at least three.
const LIGHTHOUSE_RUNS = 3;
const FILTER_CASES: { label: string; projects?: number; runs: number; param?: FilterParam }[] = [
  { label: 'real', runs: 5 },
  { label: 'real, timeline', runs: 5, param: 'date' },
  { label: 'real, from today', runs: 5, param: 'fromToday' },
  { label: '10k', projects: 10_000, runs: 5 },
  { label: '100k', projects: 100_000, runs: 3 },
];

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const value = args[i].includes('=') ? args[i].slice(name.length + 1) : args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

function count(name: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!(Number.isInteger(n) && n > 0)) throw new Error(`${name} must be a whole number above 0, not ${value}`);
  return n;
}

function options(): { parts: Set<Part>; runs: number | null; lighthouseRuns: number | null } {
  const known = ['--only', '--runs', '--lighthouse-runs'];
  const unknownFlag = process.argv.slice(2).find((arg) => arg.startsWith('--') && !known.includes(arg.split('=')[0]));
  if (unknownFlag) throw new Error(`unknown flag ${unknownFlag} (known: ${known.join(', ')})`);
  const names = (flag('--only') ?? process.env.BENCH_PARTS ?? PARTS.join(',')).split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !PARTS.includes(name as Part));
  if (unknown.length > 0) throw new Error(`--only: unknown part ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  return {
    parts: new Set(names as Part[]),
    runs: count('--runs', flag('--runs') ?? process.env.BENCH_RUNS),
    lighthouseRuns: count('--lighthouse-runs', flag('--lighthouse-runs')),
  };
}

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

const started = performance.now();
const loadAtStart = loadavg()[0];

/** A part or case that failed: reported with the others' figures, and the bench then exits 1. */
interface Failure {
  part: string;
  message: string;
}
const failures: Failure[] = [];

async function attempt<T>(part: string, measure: () => Promise<T>): Promise<T | undefined> {
  try {
    return await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${part} failed: ${message}`);
    failures.push({ part, message });
    return undefined;
  }
}

async function main(): Promise<void> {
  const { parts, runs, lighthouseRuns } = options();
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error('The bench measures the production build, and dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  const servers: Served[] = [];
  let browser: Browser | null = null;
  const shared = async () => (browser ??= await launchChromium());
  const measured: Measured = {};
  const frames: Record<string, MapFrame> = {};
  try {
    const pages = parts.has('load') || parts.has('lighthouse') || parts.has('profile');
    let targets: PageTarget[] = [];
    if (pages) {
      log('building the peer pages into bench/.out/peers; serving them and dist/ with deploy/nginx.conf');
      await buildPeers();
      const atlas = await serveNginx(DIST);
      servers.push(atlas);
      const peers = await serveNginx(PEERS_OUT);
      servers.push(peers);
      const urls = peerPages(peers.url);
      targets = [
        { name: 'atlas', url: atlas.url },
        { name: 'maplibre', url: urls.maplibre },
        { name: 'echarts', url: urls.echarts },
      ];
    }
    const atlasUrl = targets[0]?.url ?? '';
    if (parts.has('load')) {
      const loadRuns = runs ?? LOAD_RUNS;
      log(`load: atlas, MapLibre and ECharts pages in turn on ${SCREENS.map((s) => s.name).join(' and ')}, ${loadRuns} runs each, a fresh browser per load`);
      const load = await attempt('load', () => measureLoad(targets, SCREENS, loadRuns, log));
      if (load) {
        measured.load = load.loads;
        Object.assign(frames, load.frames);
      }
    }
    if (parts.has('lighthouse')) {
      const rounds = lighthouseRuns ?? LIGHTHOUSE_RUNS;
      measured.lighthouse = await attempt('lighthouse', async () => {
        const presetFrames = {} as Record<Preset, MapFrame>;
        for (const preset of PRESETS) {
          const screen = LIGHTHOUSE_SCREENS[preset];
          presetFrames[preset] = await measureFrame(atlasUrl, screen);
          log(`lighthouse: the atlas's map at ${screen.width}×${screen.height} (${preset}) has ${presetFrames[preset].top} px above and ${presetFrames[preset].bottom} px below`);
        }
        frames['lighthouse-mobile'] = presetFrames.mobile;
        frames['lighthouse-desktop'] = presetFrames.desktop;
        log(`lighthouse: mobile and desktop presets, ${rounds} rounds of the three pages`);
        return measureLighthouse(targets, presetFrames, rounds, log);
      });
    }
    if (parts.has('profile')) {
      measured.profiles = await attempt('profile', async () => {
        log('profile: building the atlas again with hidden source maps into bench/.out/atlas-maps');
        await buildAtlasWithMaps();
        const mapped = await serveNginx(ATLAS_WITH_MAPS);
        servers.push(mapped);
        frames.phone ??= await measureFrame(atlasUrl, PHONE);
        const results: ProfileResult[] = [];
        for (const target of targets.filter((t) => t.name !== 'echarts')) {
          log(`profile: ${target.name}, phone, 4× CPU slowdown, 15 s`);
          const atlas = target.name === 'atlas';
          results.push(await profilePage(target.name, atlas ? mapped.url : framedUrl(target.url, frames.phone), atlas ? ATLAS_WITH_MAPS : PEERS_OUT, PHONE));
        }
        return results;
      });
    }
    if (parts.has('sizes') || parts.has('filter') || parts.has('heap')) {
      log('serving dist/ with vite preview for sizes, filter and heap');
      const app = await serveApp();
      servers.push(app);
      if (parts.has('sizes')) {
        log('sizes: first-load bytes');
        measured.sizes = await attempt('sizes', async () => measureSizes(await shared(), app.url));
      }
      if (parts.has('filter')) {
        measured.filters = [];
        for (const c of FILTER_CASES) {
          const filterRuns = Math.min(c.runs, runs ?? c.runs);
          log(`filter: latency, ${c.label} data, ${filterRuns} on/off pairs`);
          const body = c.projects ? JSON.stringify(syntheticProjects(c.projects)) : undefined;
          const timing = await attempt(`filter, ${c.label} data`, async () => measureFilter(await shared(), app.url, c.label, filterRuns, body, c.param));
          if (timing) measured.filters.push(timing);
        }
      }
      if (parts.has('heap')) {
        log('heap');
        measured.heap = await attempt('heap', async () => measureHeap(await shared(), app.url));
      }
    }

    const budgets = budgetLines(measured);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    // Other work on this machine slows every timing: the load average says how busy it was.
    const machine = { cpus: cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg()[0] };
    const results = {
      date: new Date().toISOString(),
      seconds,
      machine,
      parts: [...parts],
      drag: DRAG,
      budgets: BUDGETS,
      results: budgets,
      frames,
      sizes: measured.sizes,
      load: measured.load,
      lighthouse: measured.lighthouse,
      profiles: measured.profiles,
      filters: measured.filters,
      heap: measured.heap,
      failures,
    };
    const full = parts.size === PARTS.length && runs === null && lighthouseRuns === null && failures.length === 0;
    const out = full ? resolve(import.meta.dirname, 'results.json') : resolve(import.meta.dirname, '.out', 'results.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatReport(measured, budgets));
    if (measured.sizes && measured.sizes.offOrigin.length > 0) console.log(`\nBlocked off-origin requests: ${measured.sizes.offOrigin.join(', ')}`);
    console.log(
      `\nbench took ${seconds} s on ${machine.cpus} cores (1-min load average ${loadAtStart.toFixed(1)} at start, ${machine.loadAverageAtEnd.toFixed(1)} at end); results in ${relative(ROOT, out)}`,
    );
    for (const failure of failures) console.log(`\nFAILED ${failure.part}: ${failure.message}`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await (browser as Browser | null)?.close();
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
