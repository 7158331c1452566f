/**
 * `npm run bench`: measures the built app in dist/ (it builds nothing of the app: run `npm run build`
 * first) in Debian's Chromium, prints a table and writes bench/results.json. A benchmark reports;
 * it exits 0 even when a figure is over budget. Every request that would leave the origin is blocked.
 *
 *   1. bytes on first load, raw and gzip, per file and per category (sizes.ts)
 *   2. navigation → first idle map, the app against a bare MapLibre page (timing.ts, reference/)
 *   3. status filter change → next frame drawn, real and synthetic data (timing.ts, synthetic.ts)
 *   4. JS heap after load and after repeated loops, e.g. 200 filter changes (heap.ts)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { measureHeap } from './heap.ts';
import { budgetLines, BUDGETS, formatReport } from './report.ts';
import { DIST, serveApp, serveReference, type Served } from './serve.ts';
import { measureSizes } from './sizes.ts';
import { syntheticProjects } from './synthetic.ts';
import { measureFilter, measureLoad, type FilterTiming } from './timing.ts';

const LOAD_RUNS = 5;
const FILTER_CASES: { label: string; projects?: number; runs: number }[] = [
  { label: 'real', runs: 5 },
  { label: '10k', projects: 10_000, runs: 5 },
  { label: '100k', projects: 100_000, runs: 3 },
];

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

const started = performance.now();
const loadAtStart = loadavg()[0];

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error('The bench measures the production build, and dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  const servers: Served[] = [];
  let browser: Browser | null = null;
  try {
    log('serving dist/ and building the bare reference page into bench/.out/');
    const app = await serveApp();
    servers.push(app);
    const bare = await serveReference();
    servers.push(bare);
    browser = await launchChromium();

    log('1/4 first-load bytes');
    const sizes = await measureSizes(browser, app.url);
    log(`2/4 load time, app vs bare, ${LOAD_RUNS} runs each`);
    const load = await measureLoad(browser, app.url, bare.url, LOAD_RUNS);
    const filters: FilterTiming[] = [];
    for (const c of FILTER_CASES) {
      log(`3/4 filter latency, ${c.label} data, ${c.runs} on/off pairs`);
      const body = c.projects ? JSON.stringify(syntheticProjects(c.projects)) : undefined;
      filters.push(await measureFilter(browser, app.url, c.label, c.runs, body));
    }
    log('4/4 heap');
    const heap = await measureHeap(browser, app.url);

    const budgets = budgetLines(sizes, load, filters, heap);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    // Other work on this machine slows every timing: the load average says how busy it was.
    const machine = { cpus: cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg()[0] };
    const results = { date: new Date().toISOString(), seconds, machine, budgets: BUDGETS, results: budgets, sizes, load, filters, heap };
    writeFileSync(resolve(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatReport(sizes, load, filters, heap, budgets));
    if (sizes.offOrigin.length > 0) console.log(`\nBlocked off-origin requests: ${sizes.offOrigin.join(', ')}`);
    console.log(`\nbench took ${seconds} s on ${machine.cpus} cores (1-min load average ${loadAtStart.toFixed(1)} at start, ${machine.loadAverageAtEnd.toFixed(1)} at end); results in bench/results.json`);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
