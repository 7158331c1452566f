import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/**
 * Opens the one-file build (npm run build:single) from file://, as a double-click would, in the run's
 * shared Chromium. Unlike harness.ts there is no server: the page must need nothing but itself.
 */
export const SINGLE_FILE = resolve(import.meta.dirname, '../../dist-single/guangdong-port-atlas.html');

let browser: Browser | null = null;

afterAll(async () => {
  await browser?.close();
  browser = null;
});

export interface SingleFilePage {
  page: Page;
  context: BrowserContext;
  fileUrl: string;
  /** Every request whose URL is not data:, blob: or the file itself (each was blocked): must stay empty. */
  network: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

export function requireSingleFile(): string {
  if (!existsSync(SINGLE_FILE)) {
    throw new Error(
      `The one-file build is missing: ${SINGLE_FILE}\n` +
        'Run `npm run build:single` first (`npm test` does). This test only opens the file; it never builds it.',
    );
  }
  return pathToFileURL(SINGLE_FILE).href;
}

export async function openSingleFile(options: { hash?: string; viewport?: { width: number; height: number } } = {}): Promise<SingleFilePage> {
  const fileUrl = requireSingleFile();
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const network: string[] = [];
  const errors: string[] = [];
  const allowed = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || url.split('#')[0] === fileUrl;
  // Both: the route blocks (it sees file:// and http(s) alike), the event also sees what a route may not.
  context.on('request', (request) => {
    if (!allowed(request.url()) && !network.includes(request.url())) network.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    if (!network.includes(url)) network.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(fileUrl + (options.hash ?? ''));
  return { page, context, fileUrl, network, errors, close: () => context.close() };
}
