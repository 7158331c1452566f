/**
 * `npm run bench`: measures the built app in dist/ (it builds nothing of the app: run `npm run build`
 * first) in Debian's Chromium, prints a table and writes bench/results.json. A benchmark reports;
 * it exits 0 even when a figure is over budget. Every request that would leave the origin is blocked.
 *
 *   1. sizes:   bytes on first load, raw and gzip, per file and per category (sizes.ts)
 *   2. load:    the atlas against two peers drawing the same first view from the same geodata, a plain
 *               MapLibre page and an ECharts page (peers/): time to the first complete view, CPU by
 *               Chromium process, frames per second while dragging (load.ts, drag.ts)
 *   3. filter:  status filter change → map rendered, real and synthetic data; a move of the timeline, real data (timing.ts, synthetic.ts)
 *   4. heap:    JS heap after load and after repeated loops, e.g. 200 filter changes (heap.ts)
 *
 * For a quicker look while developing: BENCH_PARTS=load,filter picks parts, BENCH_RUNS=2 sets the
 * number of load runs (and caps the filter runs). A run that skips a part or lowers the runs writes
 * bench/.out/results.json instead, so bench/results.json always holds a full run. A part that fails
 * (say, the app never reaches a complete view) is reported after the others' figures, and the bench
 * exits 1; its results then go to bench/.out/results.json too.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { DRAG } from './drag.ts';
import { measureHeap } from './heap.ts';
import { measureLoad } from './load.ts';
import { budgetLines, BUDGETS, formatReport, type Measured } from './report.ts';
import { DIST, ROOT, serveApp, servePeers, type Served } from './serve.ts';
import { measureSizes } from './sizes.ts';
import { syntheticProjects } from './synthetic.ts';
import { measureFilter, type FilterParam } from './timing.ts';

const PARTS = ['sizes', 'load', 'filter', 'heap'] as const;
type Part = (typeof PARTS)[number];

// Nine, not five: with software WebGL on two cores single loads vary by ±30 %, and the median of five
// moved the first-view ratio between 1.5× and 2.0× from one run of the bench to the next.
const LOAD_RUNS = 9;
const FILTER_CASES: { label: string; projects?: number; runs: number; param?: FilterParam }[] = [
  { label: 'real', runs: 5 },
  { label: 'real, timeline', runs: 5, param: 'date' },
  { label: 'real, from today', runs: 5, param: 'fromToday' },
  { label: '10k', projects: 10_000, runs: 5 },
  { label: '100k', projects: 100_000, runs: 3 },
];

function options(): { parts: Set<Part>; runs: number | null } {
  const names = (process.env.BENCH_PARTS ?? PARTS.join(',')).split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !PARTS.includes(name as Part));
  if (unknown.length > 0) throw new Error(`BENCH_PARTS: unknown part ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  const runs = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : null;
  if (runs !== null && !(Number.isInteger(runs) && runs > 0)) throw new Error(`BENCH_RUNS must be a whole number above 0, not ${process.env.BENCH_RUNS}`);
  return { parts: new Set(names as Part[]), runs };
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
  const { parts, runs } = options();
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error('The bench measures the production build, and dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  const servers: Served[] = [];
  let browser: Browser | null = null;
  try {
    log('serving dist/' + (parts.has('load') ? ' and building the peer pages into bench/.out/' : ''));
    const app = await serveApp();
    servers.push(app);
    const peers = parts.has('load') ? await servePeers() : null;
    if (peers) servers.push(peers);
    const chromium = await launchChromium();
    browser = chromium;
    const measured: Measured = {};

    if (parts.has('sizes')) {
      log('sizes: first-load bytes');
      measured.sizes = await attempt('sizes', () => measureSizes(chromium, app.url));
    }
    if (peers) {
      const loadRuns = runs ?? LOAD_RUNS;
      log(`load: atlas, MapLibre and ECharts pages in turn, ${loadRuns} runs each`);
      const targets = [
        { name: 'atlas' as const, url: app.url },
        { name: 'maplibre' as const, url: peers.pages.maplibre },
        { name: 'echarts' as const, url: peers.pages.echarts },
      ];
      measured.load = await attempt('load', () => measureLoad(chromium, targets, loadRuns, log));
    }
    if (parts.has('filter')) {
      measured.filters = [];
      for (const c of FILTER_CASES) {
        const filterRuns = Math.min(c.runs, runs ?? c.runs);
        log(`filter: latency, ${c.label} data, ${filterRuns} on/off pairs`);
        const body = c.projects ? JSON.stringify(syntheticProjects(c.projects)) : undefined;
        const timing = await attempt(`filter, ${c.label} data`, () => measureFilter(chromium, app.url, c.label, filterRuns, body, c.param));
        if (timing) measured.filters.push(timing);
      }
    }
    if (parts.has('heap')) {
      log('heap');
      measured.heap = await attempt('heap', () => measureHeap(chromium, app.url));
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
      sizes: measured.sizes,
      load: measured.load,
      filters: measured.filters,
      heap: measured.heap,
      failures,
    };
    const full = parts.size === PARTS.length && runs === null && failures.length === 0;
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
    await browser?.close();
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
