import type { HeapResult } from './heap.ts';
import type { Sizes } from './sizes.ts';
import { median } from './stats.ts';
import type { FilterTiming, LoadTiming } from './timing.ts';

export const BUDGETS = {
  firstLoadJsGzipKB: 650,
  firstLoadDataGzipKB: 250,
  loadRatio: 1.3,
  filterRealMs: 16,
  filter100kMs: 100,
  heapGrowthPct: 10,
};

export interface BudgetLine {
  name: string;
  figure: number;
  unit: string;
  budget: number;
  pass: boolean;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function budgetLines(sizes: Sizes, load: LoadTiming, filters: FilterTiming[], heap: HeapResult): BudgetLine[] {
  const line = (name: string, figure: number, unit: string, budget: number): BudgetLine => ({ name, figure, unit, budget, pass: figure <= budget });
  const real = filters.find((f) => f.label === 'real');
  const big = filters.find((f) => f.label === '100k');
  return [
    line('first-load JS (gzip)', kb(sizes.totals.js.gzip), 'KB', BUDGETS.firstLoadJsGzipKB),
    line('first-load data (gzip)', kb(sizes.totals.data.gzip), 'KB', BUDGETS.firstLoadDataGzipKB),
    line(`first idle map, app/bare (${load.appMedian} / ${load.bareMedian} ms)`, load.ratio, '×', BUDGETS.loadRatio),
    ...(real ? [line(`filter → drawn, real data (${real.projects} projects)`, real.worstMedian, 'ms', BUDGETS.filterRealMs)] : []),
    ...(big ? [line(`filter → drawn, ${big.projects} projects`, big.worstMedian, 'ms', BUDGETS.filter100kMs)] : []),
    ...heap.loops.map((loop) => line(`heap growth, ${loop.name} (${loop.iterations} steps)`, loop.growthPct, '%', BUDGETS.heapGrowthPct)),
  ];
}

function table(header: string[], rows: (string | number)[][], right: boolean[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const format = (row: string[]) => row.map((cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [format(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(format)].join('\n');
}

export function formatReport(sizes: Sizes, load: LoadTiming, filters: FilterTiming[], heap: HeapResult, budgets: BudgetLine[]): string {
  const out: string[] = [];
  out.push('First load, per file (gzip: node:zlib default level)');
  out.push(table(['category', 'file', 'raw KB', 'gzip KB'], sizes.chunks.map((c) => [c.category, c.path.replace(/^.*\//, ''), kb(c.raw), kb(c.gzip)]), [false, false, true, true]));
  out.push('');
  out.push(table(['category', 'files', 'raw KB', 'gzip KB'], Object.entries(sizes.totals).map(([k, t]) => [k, t.files, kb(t.raw), kb(t.gzip)]), [false, true, true, true]));
  out.push('');
  out.push(`First idle map (ms from navigation): app ${load.appMs.join(', ')} (map created at ${load.appMapAtMs.join(', ')}); bare ${load.bareMs.join(', ')}`);
  const cpu = (list: (number | null)[]) => (list.every((ms) => ms !== null) ? `${median(list as number[])} ms` : 'not measured (no /proc)');
  out.push(`CPU time of all Chromium processes until then (median; the GPU process draws on the CPU with SwiftShader): app ${cpu(load.appCpuMs)}, bare ${cpu(load.bareCpuMs)}`);
  out.push('');
  out.push('Filter change → deck.gl has drawn it (ms, median; add = status filter on, remove = off; the budgeted figure).');
  out.push('"next frame": until the first animation frame after that draw, i.e. plus the wait for the display\'s next frame.');
  out.push('"GPU done": until a 1-pixel readPixels on deck\'s canvas returns, i.e. SwiftShader has finished drawing that frame.');
  out.push(
    table(
      ['data', 'projects', 'shown after add', 'add', 'remove', 'add next frame', 'remove next frame', 'add GPU done', 'remove GPU done', 'runs'],
      filters.map((f) => [f.label, f.projects, f.shown.filtered, f.addMedian, f.removeMedian, f.frameAddMedian, f.frameRemoveMedian, f.gpuAddMedian, f.gpuRemoveMedian, f.addMs.length]),
      [false, true, true, true, true, true, true, true, true, true],
    ),
  );
  out.push('');
  out.push(`JS heap after load (after GC): ${kb(heap.afterLoadBytes)} KB`);
  for (const loop of heap.loops) out.push(`  ${loop.name}: after warm-up ${kb(loop.beforeBytes)} KB, then ${loop.trend.map((t) => `${t.iteration}× ${kb(t.bytes)} KB`).join(', ')}`);
  out.push('');
  out.push('Budgets');
  out.push(table(['measure', 'figure', 'budget', 'result'], budgets.map((b) => [b.name, `${b.figure} ${b.unit}`, `≤ ${b.budget} ${b.unit}`, b.pass ? 'PASS' : 'OVER']), [false, true, true, false]));
  return out.join('\n');
}
