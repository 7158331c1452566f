import type { Browser } from 'playwright-core';
import { openPage, waitForFirstView, type BenchPage } from './browser.ts';
import { changeStatusFilter, settleFrames, type FilterChange } from './page.ts';
import { median, round } from './stats.ts';

/** The projects a filter change toggles: the status filter that keeps only planned projects. */
export const FILTER_STATUS = 'planned';

/** Opens the atlas ready for filter changes: its first complete view reached. */
export async function openForFilters(browser: Browser, url: string, projectsBody?: string, reducedMotion = false): Promise<BenchPage> {
  const replace = projectsBody ? new Map([['/projects-', projectsBody]]) : undefined;
  const bench = await openPage(browser, url, { instrument: true, replace, reducedMotion });
  await waitForFirstView(bench, 240_000);
  return bench;
}

/**
 * What a change adds and removes: the status filter; a long drag of the timeline within the record's
 * past, 2024-08-01 → 2015-01-01 and back (ports open and close, projects change status, rail services
 * start); or the move from today to 2015 and back, which also turns every sea lane "date unknown".
 */
export const FILTER_PARAMS: Record<'status' | 'date' | 'fromToday', { param: string; base?: string }> = {
  status: { param: `status=${FILTER_STATUS}` },
  date: { param: 'asof=2015-01-01', base: 'asof=2024-08-01' },
  fromToday: { param: 'asof=2015-01-01' },
};
export type FilterParam = keyof typeof FILTER_PARAMS;

export function changeFilter(bench: BenchPage, add: boolean, timeoutMs = 60_000, param: FilterParam = 'status'): Promise<FilterChange> {
  return bench.page.evaluate(changeStatusFilter, { ...FILTER_PARAMS[param], add, timeoutMs });
}

/** A timed change starts from a quiet page: five frames in a row at about 60 fps (or 5 s passed). */
async function timedChange(bench: BenchPage, add: boolean, param: FilterParam): Promise<FilterChange> {
  await bench.page.evaluate(settleFrames, { calm: 5, maxMs: 25, timeoutMs: 5_000 });
  return changeFilter(bench, add, 60_000, param);
}

export interface FilterTiming {
  label: string;
  projects: number;
  /** Hash gains status=… (fewer projects drawn) and loses it (all drawn again); or asof moved from 2024-08-01 to 2015-01-01 and back. */
  addMs: number[];
  removeMs: number[];
  addMedian: number;
  removeMedian: number;
  /** Medians until the next animation frame after the draw (see FilterChange.frameMs); no budget. */
  frameAddMedian: number;
  frameRemoveMedian: number;
  /** Medians until the GPU finished that frame (see FilterChange.gpuMs); no budget, an explanation. */
  gpuAddMedian: number;
  gpuRemoveMedian: number;
  /** The slower direction's median: what the budget is held against. */
  worstMedian: number;
  shown: { all: number; filtered: number };
}

/** `runs` add/remove pairs after one unmeasured warm-up pair; projectsBody replaces projects.geojson. */
export async function measureFilter(browser: Browser, url: string, label: string, runs: number, projectsBody?: string, param: FilterParam = 'status'): Promise<FilterTiming> {
  const bench = await openForFilters(browser, url, projectsBody);
  try {
    await timedChange(bench, true, param);
    await timedChange(bench, false, param);
    const addMs: number[] = [];
    const removeMs: number[] = [];
    const frameAddMs: number[] = [];
    const frameRemoveMs: number[] = [];
    const gpuAddMs: number[] = [];
    const gpuRemoveMs: number[] = [];
    let shown = { all: 0, filtered: 0 };
    for (let i = 0; i < runs; i++) {
      const add = await timedChange(bench, true, param);
      const remove = await timedChange(bench, false, param);
      addMs.push(round(add.ms));
      removeMs.push(round(remove.ms));
      frameAddMs.push(add.frameMs);
      frameRemoveMs.push(remove.frameMs);
      gpuAddMs.push(add.gpuMs);
      gpuRemoveMs.push(remove.gpuMs);
      shown = { all: add.before, filtered: add.after };
    }
    if (bench.offOrigin.length > 0) throw new Error(`off-origin requests were blocked: ${bench.offOrigin.join(', ')}`);
    const addMedian = median(addMs);
    const removeMedian = median(removeMs);
    return {
      label,
      projects: shown.all,
      addMs,
      removeMs,
      addMedian,
      removeMedian,
      worstMedian: Math.max(addMedian, removeMedian),
      frameAddMedian: round(median(frameAddMs)),
      frameRemoveMedian: round(median(frameRemoveMs)),
      gpuAddMedian: round(median(gpuAddMs)),
      gpuRemoveMedian: round(median(gpuRemoveMs)),
      shown,
    };
  } finally {
    await bench.close();
  }
}
