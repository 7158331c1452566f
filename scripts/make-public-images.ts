/**
 * `npm run public:images`: the PNG files of public/, made from their sources and committed.
 *   icons        public/favicon.svg and public/icon-maskable.svg drawn by Chromium at each size
 *                (favicon-32, icon-192/512, icon-maskable-192/512, apple-touch-icon 180)
 *   social       public/social-preview.png (1200×630, Open Graph), made by the app's own PNG export
 *                (export menu → 链接预览图) of the default view; needs `npm run build` first
 * With no argument, both.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/global-setup.ts';

const root = resolve(import.meta.dirname, '..');
const publicDir = join(root, 'public');
const parts = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['icons', 'social']);

/** Every PNG icon: the file, its source and its size in pixels. */
const ICONS: [file: string, source: string, size: number][] = [
  ['favicon-32.png', 'favicon.svg', 32],
  ['icon-192.png', 'favicon.svg', 192],
  ['icon-512.png', 'favicon.svg', 512],
  // Maskable and Apple icons fill the square: the platform cuts its own shape out of them.
  ['icon-maskable-192.png', 'icon-maskable.svg', 192],
  ['icon-maskable-512.png', 'icon-maskable.svg', 512],
  ['apple-touch-icon.png', 'icon-maskable.svg', 180],
];

async function icons(browser: Browser): Promise<void> {
  for (const [file, source, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(join(publicDir, source)).toString('base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
        `<img src="data:image/svg+xml;base64,${svg}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(join(publicDir, file), await page.screenshot({ omitBackground: true }));
    console.log(`public/${file} (${size}×${size})`);
    await page.close();
  }
}

async function socialPreview(browser: Browser): Promise<void> {
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error('the social preview is exported from the built app: run `npm run build` first');
  const server = await preview({ root, logLevel: 'warn', preview: { port: 4319, strictPort: false, host: '127.0.0.1' } });
  try {
    // A viewport of the export's shape, so the exported view is the province as the app first shows it.
    const context = await browser.newContext({ viewport: { width: 1200, height: 700 }, acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(server.resolvedUrls!.local[0]);
    await page.waitForFunction(() => {
      const atlas = (window as unknown as { __atlas?: import('../src/test-hook.ts').AtlasHook }).__atlas;
      return Boolean(atlas?.map?.getLayer('city-labels') && atlas.complete());
    });
    await page.getByTestId('export-open').click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid=export-menu] button[data-size=social]').click();
    const file = join(publicDir, 'social-preview.png');
    await (await download).saveAs(file);
    console.log('public/social-preview.png (1200×630, the app\'s PNG export)');
    await context.close();
  } finally {
    server.httpServer.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  if (parts.has('icons')) await icons(browser);
  if (parts.has('social')) await socialPreview(browser);
} finally {
  await browser.close();
}
