import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { openPage, waitForFirstView } from './browser.ts';
import type { BenchWindow } from './page.ts';
import { ROOT } from './serve.ts';

export type Category = 'js' | 'css' | 'fonts' | 'data' | 'other';

export interface Chunk {
  path: string;
  category: Category;
  raw: number;
  gzip: number;
}

export interface Sizes {
  chunks: Chunk[];
  totals: Record<Category, { raw: number; gzip: number; files: number }>;
  offOrigin: string[];
}

/** Vite emits geodata/NAME.EXT as assets/NAME-HASH.EXT. */
const GEODATA = readdirSync(`${ROOT}/geodata`)
  .map((file) => /^([\w-]+)\.(geojson|json)$/.exec(file))
  .filter((match) => match !== null)
  .map(([, name, ext]) => new RegExp(`^${name}-[\\w-]{6,12}\\.${ext}$`));

function categorise(path: string): Category {
  const file = path.split('/').pop() ?? '';
  if (GEODATA.some((pattern) => pattern.test(file))) return 'data';
  if (/\.(m?js)$/.test(file)) return 'js';
  if (/\.css$/.test(file)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'fonts';
  return 'other';
}

/**
 * Every same-origin file the page fetches without a click: until its first idle map with layers,
 * then the labels and rivers it adds after that view, and a short quiet spell after; as the browser
 * received it; gzip is node:zlib at its default level. Waiting for the rivers by name: a quiet spell
 * alone sometimes ended before their request and sometimes after (180 or 195 KB of data).
 */
export async function measureSizes(browser: Browser, url: string): Promise<Sizes> {
  const responses: Response[] = [];
  const bench = await openPage(browser, url, { instrument: true, onResponse: (r) => responses.push(r) });
  try {
    await waitForFirstView(bench);
    await bench.page.waitForFunction(
      () => {
        const map = (window as unknown as BenchWindow).__atlas?.map;
        return Boolean(map?.getLayer('river-line') && map.getLayer('city-labels'));
      },
      null,
      { timeout: 60_000 },
    );
    await bench.page.waitForLoadState('networkidle');
    const origin = new URL(url).origin;
    const chunks: Chunk[] = [];
    for (const response of responses) {
      const target = new URL(response.url());
      if (target.origin !== origin || response.status() !== 200) continue;
      const body = await response.body();
      chunks.push({ path: target.pathname, category: categorise(target.pathname), raw: body.length, gzip: gzipSync(body).length });
    }
    chunks.sort((a, b) => a.category.localeCompare(b.category) || b.gzip - a.gzip);
    const totals = Object.fromEntries(
      (['js', 'css', 'fonts', 'data', 'other'] as const).map((category) => {
        const mine = chunks.filter((c) => c.category === category);
        return [category, { raw: sum(mine.map((c) => c.raw)), gzip: sum(mine.map((c) => c.gzip)), files: mine.length }];
      }),
    ) as Sizes['totals'];
    return { chunks, totals, offOrigin: bench.offOrigin };
  } finally {
    await bench.close();
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
