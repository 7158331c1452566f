/**
 * Where a page's main-thread time goes: a V8 CPU profile (CDP Profiler) of the first 15 s from
 * navigation on the phone screen with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), self
 * time summed by source module through the build's source maps, and on through maplibre-gl's own map
 * into its sources (maplibre-gl/src/webgl/program.ts, …). The atlas is profiled from a build made
 * with hidden source maps (serve.ts, buildAtlasWithMaps), the peers from their own; both through nginx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { launchChromium, screenContext, type Screen } from './browser.ts';
import type { PageName } from './load.ts';
import { ROOT } from './serve.ts';
import { round } from './stats.ts';

export const PROFILE = { seconds: 15, cpuSlowdown: 4, samplingUs: 1000, top: 15 };

export interface ModuleTime {
  module: string;
  ms: number;
}

export interface ProfileResult {
  name: PageName;
  screen: Screen['name'];
  /** Main-thread self time in the window, idle excluded (ms). */
  busyMs: number;
  /** The heaviest modules by self time. */
  top: ModuleTime[];
  /** Self time by package (maplibre-gl, react-dom, the app's src/, …). */
  byPackage: ModuleTime[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Source maps by the file they describe; null where there is none. */
const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  return maps.get(file)!;
}

/** file:line:column (0-based) → the original source file, through as many source maps as there are (the build's, then a package's own). */
function originalFile(file: string, line: number, column: number): string {
  let current = { file, line, column };
  for (let depth = 0; depth < 3; depth++) {
    const map = mapOf(current.file);
    if (!map) break;
    const entry = map.findEntry(current.line, current.column) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (!entry.originalSource) break;
    const source = entry.originalSource.replace(/^file:\/\//, '');
    current = { file: resolve(dirname(current.file), source), line: entry.originalLine ?? 0, column: entry.originalColumn ?? 0 };
  }
  return current.file;
}

/** The module a source file is counted under: a file of maplibre-gl or of the app, else its package. */
function moduleOf(file: string): { module: string; pack: string } {
  const path = relative(ROOT, file).split(sep).join('/');
  const parts = path.split('node_modules/');
  if (path.startsWith('bench/.out/')) return { module: '(bundler glue, no source)', pack: '(bundler glue, no source)' };
  if (parts.length === 1) return { module: path, pack: path.startsWith('src/') ? 'the atlas (src/)' : path.startsWith('bench/peers/') ? 'the peer page (bench/peers)' : path };
  const top = parts[1].split('/');
  const pack = top[0].startsWith('@') ? `${top[0]}/${top[1]}` : top[0];
  if (pack !== 'maplibre-gl') return { module: pack, pack };
  // maplibre-gl's own dependencies (tiny-sdf, …) by package; its sources by file.
  if (parts.length > 2) {
    const inner = parts[2].split('/');
    return { module: `maplibre-gl: ${inner[0].startsWith('@') ? `${inner[0]}/${inner[1]}` : inner[0]}`, pack };
  }
  return { module: `maplibre-gl/${top.slice(1).join('/')}`, pack };
}

function attribute(profile: CpuProfile, servedRoot: string): { busyMs: number; modules: Map<string, number>; packages: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const modules = new Map<string, number>();
  const packages = new Map<string, number>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(root)') continue;
    busyUs += us;
    let module: string;
    let pack: string;
    if (functionName === '(program)' || functionName === '(garbage collector)') module = pack = functionName;
    else if (!url) module = pack = `(native) ${functionName || 'anonymous'}`;
    else if (!url.startsWith('http')) module = pack = url;
    else {
      const file = resolve(servedRoot, `.${new URL(url).pathname}`);
      ({ module, pack } = moduleOf(originalFile(file, lineNumber, columnNumber)));
    }
    modules.set(module, (modules.get(module) ?? 0) + us);
    packages.set(pack, (packages.get(pack) ?? 0) + us);
  }
  return { busyMs: busyUs / 1000, modules, packages };
}

const ranked = (totals: Map<string, number>, count: number): ModuleTime[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([module, us]) => ({ module, ms: round(us / 1000, 0) }));

/** Profiles one page (served from `servedRoot` at `url`) on `screen`. */
export async function profilePage(name: PageName, url: string, servedRoot: string, screen: Screen): Promise<ProfileResult> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(screenContext(screen));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE.samplingUs });
    await cdp.send('Profiler.start');
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await new Promise((done) => setTimeout(done, Math.max(0, PROFILE.seconds * 1000 - (Date.now() - started))));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const { busyMs, modules, packages } = attribute(profile, servedRoot);
    return { name, screen: screen.name, busyMs: round(busyMs, 0), top: ranked(modules, PROFILE.top), byPackage: ranked(packages, 10) };
  } finally {
    await browser.close();
  }
}
