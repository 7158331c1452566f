import { DRAG } from './drag.ts';
import type { HeapResult } from './heap.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageLoad } from './load.ts';
import { PROFILE, type ProfileResult } from './profile.ts';
import type { Sizes } from './sizes.ts';
import type { FilterTiming } from './timing.ts';

export const BUDGETS = {
  firstLoadJsGzipKB: 400,
  firstLoadDataGzipKB: 250,
  /** The atlas's first complete view ÷ the plain MapLibre page's, on each screen: at most. */
  firstViewRatioToMapLibre: 1.5,
  /** The atlas's frames per second while dragging ÷ the plain MapLibre page's, on each screen: at least. */
  dragFpsRatioToMapLibre: 0.75,
  /** Lighthouse, mobile preset: the atlas's performance score at least this (and at least the MapLibre page's). */
  lighthouseMobileScore: 70,
  /** Lighthouse, mobile preset: the atlas's total blocking time ÷ the MapLibre page's: at most. */
  lighthouseMobileTbtRatio: 1.0,
  /** Lighthouse, mobile preset: the atlas's time to interactive ÷ the MapLibre page's: at most. */
  lighthouseMobileTtiRatio: 1.2,
  filterRealMs: 16,
  filter100kMs: 100,
  heapGrowthPct: 10,
};

export interface BudgetLine {
  name: string;
  figure: number;
  unit: string;
  /** 'max': the figure may not exceed the budget; 'min': it may not fall below it. */
  kind: 'max' | 'min';
  budget: number;
  pass: boolean;
}

/** The parts of a bench run; a run may skip some (BENCH_PARTS), and their budgets are then left out. */
export interface Measured {
  sizes?: Sizes;
  load?: PageLoad[];
  filters?: FilterTiming[];
  heap?: HeapResult;
  lighthouse?: LighthouseResult[];
  profiles?: ProfileResult[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function loadBudgets(load: PageLoad[] | undefined, most: Line, least: Line): BudgetLine[] {
  return (['desktop', 'phone'] as const).flatMap((screen) => {
    const atlas = load?.find((p) => p.name === 'atlas' && p.screen === screen);
    const maplibre = load?.find((p) => p.name === 'maplibre' && p.screen === screen);
    if (!atlas || !maplibre) return [];
    return [
      most(`${screen}: first complete view, atlas ÷ MapLibre (${atlas.firstViewMedian} / ${maplibre.firstViewMedian} ms)`, atlas.firstViewRatio, '×', BUDGETS.firstViewRatioToMapLibre),
      least(`${screen}: drag fps, atlas ÷ MapLibre (${atlas.dragFpsMedian} / ${maplibre.dragFpsMedian} fps)`, atlas.dragFpsRatio, '×', BUDGETS.dragFpsRatioToMapLibre),
    ];
  });
}

function lighthouseBudgets(results: LighthouseResult[] | undefined, most: Line, least: Line): BudgetLine[] {
  const find = (name: string, preset: string) => results?.find((r) => r.name === name && r.preset === preset)?.median;
  const atlasMobile = find('atlas', 'mobile');
  const peerMobile = find('maplibre', 'mobile');
  const atlasDesktop = find('atlas', 'desktop');
  const peerDesktop = find('maplibre', 'desktop');
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return [
    ...(atlasMobile ? [least('Lighthouse mobile: atlas performance score', atlasMobile.score, '', BUDGETS.lighthouseMobileScore)] : []),
    ...(atlasMobile && peerMobile
      ? [
          least('Lighthouse mobile: atlas score, at least the MapLibre page\'s', atlasMobile.score, '', peerMobile.score),
          most(`Lighthouse mobile: TBT, atlas ÷ MapLibre (${atlasMobile.tbtMs} / ${peerMobile.tbtMs} ms)`, ratio(atlasMobile.tbtMs, peerMobile.tbtMs), '×', BUDGETS.lighthouseMobileTbtRatio),
          most(`Lighthouse mobile: TTI, atlas ÷ MapLibre (${atlasMobile.ttiMs} / ${peerMobile.ttiMs} ms)`, ratio(atlasMobile.ttiMs, peerMobile.ttiMs), '×', BUDGETS.lighthouseMobileTtiRatio),
        ]
      : []),
    ...(atlasDesktop && peerDesktop ? [least('Lighthouse desktop: atlas score, at least the MapLibre page\'s', atlasDesktop.score, '', peerDesktop.score)] : []),
  ];
}

type Line = (name: string, figure: number, unit: string, budget: number) => BudgetLine;

export function budgetLines({ sizes, load, filters, heap, lighthouse }: Measured): BudgetLine[] {
  const most = (name: string, figure: number, unit: string, budget: number): BudgetLine => ({ name, figure, unit, kind: 'max', budget, pass: figure <= budget });
  const least = (name: string, figure: number, unit: string, budget: number): BudgetLine => ({ name, figure, unit, kind: 'min', budget, pass: figure >= budget });
  const real = filters?.find((f) => f.label === 'real');
  const big = filters?.find((f) => f.label === '100k');
  const timeline = filters?.find((f) => f.label === 'real, timeline');
  const fromToday = filters?.find((f) => f.label === 'real, from today');
  return [
    ...(sizes ? [most('first-load JS (gzip)', kb(sizes.totals.js.gzip), 'KB', BUDGETS.firstLoadJsGzipKB)] : []),
    ...(sizes ? [most('first-load data (gzip)', kb(sizes.totals.data.gzip), 'KB', BUDGETS.firstLoadDataGzipKB)] : []),
    ...loadBudgets(load, most, least),
    ...lighthouseBudgets(lighthouse, most, least),
    ...(real ? [most(`filter → drawn, real data (${real.projects} projects)`, real.worstMedian, 'ms', BUDGETS.filterRealMs)] : []),
    ...(timeline ? [most(`timeline move → drawn, real data (asof 2024-08-01 ⇄ 2015-01-01)`, timeline.worstMedian, 'ms', BUDGETS.filterRealMs)] : []),
    ...(fromToday ? [most(`timeline move → drawn, real data (today ⇄ 2015-01-01)`, fromToday.worstMedian, 'ms', BUDGETS.filterRealMs)] : []),
    ...(big ? [most(`filter → drawn, ${big.projects} projects`, big.worstMedian, 'ms', BUDGETS.filter100kMs)] : []),
    ...(heap?.loops ?? []).map((loop) => most(`heap growth, ${loop.name} (${loop.iterations} steps)`, loop.growthPct, '%', BUDGETS.heapGrowthPct)),
  ];
}

function table(header: string[], rows: (string | number)[][], right: boolean[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const format = (row: string[]) => row.map((cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [format(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(format)].join('\n');
}

const PAGE_TITLES: Record<PageLoad['name'], string> = { atlas: 'atlas', maplibre: 'plain MapLibre', echarts: 'ECharts' };

function formatLoad(load: PageLoad[]): string[] {
  const cpu = (page: PageLoad) => (page.cpuMedian ? `${page.cpuMedian.gpu} / ${page.cpuMedian.renderer} / ${page.cpuMedian.other}` : 'no /proc');
  return [
    'First complete view (ms from navigation, the whole default view: the atlas\'s first idle map with markers, routes, names, dashed borders and rivers;',
    'MapLibre: first idle with the same; ECharts: first "finished"), each load in a fresh browser with an empty profile,',
    'CPU time of that Chromium until then by process (median ms; the GPU process draws on the CPU with SwiftShader),',
    `and frames per second while dragging once it is all drawn (${DRAG.steps} steps ${DRAG.stepMs} ms apart over ${DRAG.distancePx} px, a finger on the phone). Ratios are to the plain MapLibre page on the same screen.`,
    table(
      ['screen', 'page', 'first complete view', 'ratio', 'CPU gpu / renderer / other', 'drag fps', 'fps ratio'],
      load.map((p) => [p.screen, PAGE_TITLES[p.name], `${p.firstViewMedian} ms (${p.firstViewMs.length} runs)`, `${p.firstViewRatio}×`, cpu(p), p.dragFpsMedian, `${p.dragFpsRatio}×`]),
      [false, false, true, true, true, true, true],
    ),
    ...load.map(
      (p) =>
        `  ${p.screen} ${PAGE_TITLES[p.name]}: first view ${p.firstViewMs.join(', ')} ms${p.overlaysMs.length ? ` (markers and routes at ${p.overlaysMs.join(', ')})` : ''} (map created at ${p.mapAtMs.join(', ')}); drag ${p.dragFps.join(', ')} fps over ${p.dragSeconds.join(', ')} s`,
    ),
  ];
}

function formatLighthouse(results: LighthouseResult[]): string[] {
  return [
    'Lighthouse 12.2.3 (medians; each page served by deploy/nginx.conf; mobile: simulated mid-range phone, 4× CPU slowdown)',
    table(
      ['preset', 'page', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'TTI ms', 'runs', 'font size (mobile)'],
      results.map((r) => [r.preset, PAGE_TITLES[r.name], r.median.score, r.median.fcpMs, r.median.lcpMs, r.median.tbtMs, r.median.ttiMs, r.runs.length, r.fontSize ?? '']),
      [false, false, true, true, true, true, true, true, false],
    ),
  ];
}

function formatProfiles(profiles: ProfileResult[]): string[] {
  return [
    `Main-thread self time by module: ${PROFILE.seconds} s from navigation, ${PROFILE.cpuSlowdown}× CPU slowdown, the ${profiles[0]?.screen ?? 'phone'} screen, through source maps (ms)`,
    ...profiles.flatMap((p) => [
      `  ${PAGE_TITLES[p.name]}: busy ${p.busyMs} ms; by package: ${p.byPackage.map((m) => `${m.module} ${m.ms}`).join(', ')}`,
      table(['module', 'self ms'], p.top.map((m) => [m.module, m.ms]), [false, true])
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n'),
    ]),
  ];
}

function formatFilters(filters: FilterTiming[]): string[] {
  return [
    'Filter change → the map has rendered it (ms, median; add = status filter on, remove = off; the budgeted figure).',
    '"next frame": until the first animation frame after that render, i.e. plus the wait for the display\'s next frame.',
    '"GPU done": until a 1-pixel readPixels on the map\'s canvas returns, i.e. SwiftShader has finished drawing that frame.',
    table(
      ['data', 'projects', 'shown after add', 'add', 'remove', 'add next frame', 'remove next frame', 'add GPU done', 'remove GPU done', 'runs'],
      filters.map((f) => [f.label, f.projects, f.shown.filtered, f.addMedian, f.removeMedian, f.frameAddMedian, f.frameRemoveMedian, f.gpuAddMedian, f.gpuRemoveMedian, f.addMs.length]),
      [false, true, true, true, true, true, true, true, true, true],
    ),
  ];
}

export function formatReport({ sizes, load, filters, heap, lighthouse, profiles }: Measured, budgets: BudgetLine[]): string {
  const out: string[] = [];
  if (sizes) {
    out.push('First load, per file (gzip: node:zlib default level)');
    out.push(table(['category', 'file', 'raw KB', 'gzip KB'], sizes.chunks.map((c) => [c.category, c.path.replace(/^.*\//, ''), kb(c.raw), kb(c.gzip)]), [false, false, true, true]));
    out.push('');
    out.push(table(['category', 'files', 'raw KB', 'gzip KB'], Object.entries(sizes.totals).map(([k, t]) => [k, t.files, kb(t.raw), kb(t.gzip)]), [false, true, true, true]));
    out.push('');
  }
  if (load) out.push(...formatLoad(load), '');
  if (lighthouse) out.push(...formatLighthouse(lighthouse), '');
  if (profiles) out.push(...formatProfiles(profiles), '');
  if (filters) out.push(...formatFilters(filters), '');
  if (heap) {
    out.push(`JS heap after load (after GC): ${kb(heap.afterLoadBytes)} KB`);
    for (const loop of heap.loops) out.push(`  ${loop.name}: after warm-up ${kb(loop.beforeBytes)} KB, then ${loop.trend.map((t) => `${t.iteration}× ${kb(t.bytes)} KB`).join(', ')}`);
    out.push('');
  }
  out.push('Budgets');
  out.push(
    table(
      ['measure', 'figure', 'budget', 'result'],
      budgets.map((b) => [b.name, `${b.figure} ${b.unit}`, `${b.kind === 'max' ? '≤' : '≥'} ${b.budget} ${b.unit}`, b.pass ? 'PASS' : 'FAIL']),
      [false, true, true, false],
    ),
  );
  return out.join('\n');
}
