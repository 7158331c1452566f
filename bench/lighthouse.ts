/**
 * Lighthouse 12.2.3 (devDependency, exact pin: 13.x needs Node 22) on the atlas and its two peers,
 * each served by deploy/nginx.conf as in production, with the mobile preset (a simulated mid-range
 * phone, 4× CPU slowdown) and the desktop preset; the pages alternate within each run, and each run
 * is a fresh Chromium that Lighthouse starts itself. Medians of the performance score, FCP, LCP, TBT
 * and TTI per page and preset; the font-size audit (text under 12 px on a phone; in Lighthouse 12 a
 * best-practices audit) beside them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../tests/e2e/global-setup.ts';
import type { Screen } from './browser.ts';
import type { MapFrame, PageName, PageTarget } from './load.ts';
import { framedUrl } from './load.ts';
import { median, round } from './stats.ts';

const CLI = resolve(import.meta.dirname, '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
const CHROME_FLAGS = '--headless=new --no-sandbox --enable-unsafe-swiftshader --use-angle=swiftshader';

export type Preset = 'mobile' | 'desktop';
export const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

/** The screens Lighthouse's presets emulate (its core/config/constants.js): the peers' bars are measured on the atlas at these. */
export const LIGHTHOUSE_SCREENS: Record<Preset, Screen> = {
  mobile: {
    name: 'phone',
    width: 412,
    height: 823,
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
  },
  desktop: { name: 'desktop', width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
};

export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  ttiMs: number;
  /** The font-size audit: 1 when at least 60 % of the text is 12 px or larger (mobile only; null on desktop). */
  fontSizeScore: number | null;
  fontSize: string | null;
}

export interface LighthouseResult {
  name: PageName;
  preset: Preset;
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'fontSize' | 'fontSizeScore'>;
  /** The last run's font-size audit. */
  fontSize: string | null;
}

function runCli(url: string, preset: Preset, out: string): Promise<void> {
  const args = [CLI, url, '--output=json', `--output-path=${out}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,best-practices'];
  if (preset === 'desktop') args.push('--preset=desktop');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => output.push(String(chunk)));
    child.on('error', (error) => fail(new Error(`Lighthouse could not start (${process.execPath} ${CLI}): ${error.message}`)));
    child.on('exit', (code) => {
      if (code === 0) done();
      else fail(new Error(`Lighthouse (${preset}) on ${url} exited with ${code}:\n${output.join('').slice(-2000)}`));
    });
  });
}

interface Report {
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; score: number | null; displayValue?: string; errorMessage?: string; explanation?: string }>;
}

/** The font-size audit in words: its share of legible text, else why it has none. */
function fontSizeText(audit: Report['audits'][string] | undefined): string {
  if (!audit) return 'no font-size audit';
  const verdict = audit.score === 1 ? 'passes' : audit.score === 0 ? 'fails' : 'no score';
  const detail = audit.displayValue ?? audit.explanation ?? audit.errorMessage;
  return detail ? `${verdict}: ${detail}` : verdict;
}

function readReport(file: string, url: string, preset: Preset): LighthouseRun {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse (${preset}) on ${url}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const metric = (id: string) => {
    const value = report.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse (${preset}) on ${url}: no ${id} (${report.runWarnings?.join('; ') ?? 'no warning'})`);
    return round(value, 0);
  };
  const score = report.categories.performance.score;
  if (score === null) throw new Error(`Lighthouse (${preset}) on ${url}: no performance score (${report.runWarnings?.join('; ') ?? 'no warning'})`);
  const font = report.audits['font-size'];
  return {
    score: Math.round(score * 100),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    ttiMs: metric('interactive'),
    fontSizeScore: preset === 'mobile' ? (font?.score ?? null) : null,
    fontSize: preset === 'mobile' ? fontSizeText(font) : null,
  };
}

/**
 * `runs` rounds; in each, every preset and every page once. `frames` holds where the atlas's map
 * sits at each preset's screen, so the peers' maps are the same size.
 */
export async function measureLighthouse(
  targets: PageTarget[],
  frames: Record<Preset, MapFrame>,
  runs: number,
  log: (message: string) => void,
): Promise<LighthouseResult[]> {
  if (!existsSync(CLI)) throw new Error(`Lighthouse is missing (${CLI}): run npm ci (lighthouse 12.2.3 is a devDependency)`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Lighthouse needs Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  const collected = new Map<string, LighthouseRun[]>();
  try {
    for (let i = 0; i < runs; i++) {
      for (const preset of PRESETS) {
        for (const target of targets) {
          const url = target.name === 'atlas' ? target.url : framedUrl(target.url, frames[preset]);
          const out = join(dir, `${target.name}-${preset}-${i}.json`);
          await runCli(url, preset, out);
          const run = readReport(out, url, preset);
          const key = `${target.name}|${preset}`;
          collected.set(key, [...(collected.get(key) ?? []), run]);
          log(`  lighthouse ${preset} run ${i + 1}/${runs} ${target.name}: score ${run.score}, FCP ${run.fcpMs}, LCP ${run.lcpMs}, TBT ${run.tbtMs}, TTI ${run.ttiMs} ms${run.fontSize ? `, font size ${run.fontSize}` : ''}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return PRESETS.flatMap((preset) =>
    targets.map((target) => {
      const all = collected.get(`${target.name}|${preset}`) ?? [];
      const of = (pick: (run: LighthouseRun) => number) => median(all.map(pick));
      return {
        name: target.name,
        preset,
        runs: all,
        median: { score: of((r) => r.score), fcpMs: of((r) => r.fcpMs), lcpMs: of((r) => r.lcpMs), tbtMs: of((r) => r.tbtMs), ttiMs: of((r) => r.ttiMs) },
        fontSize: all.at(-1)?.fontSize ?? null,
      };
    }),
  );
}
