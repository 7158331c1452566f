import { afterAll, afterEach, expect, inject } from 'vitest';
import { waitForMapIdle } from './driver.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** The only layer that knows playwright-core: connects to the run's shared Chromium and guards the origin. */
let browser: Browser | null = null;

afterAll(async () => {
  await browser?.close();
  browser = null;
});

export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Every request that tried to leave the app's origin; each was blocked. */
  offOrigin: string[];
  /** Every same-origin URL the page requested, in order: tells what loads eagerly and what waits. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  hash?: string;
  viewport?: { width: number; height: number };
  /** CSS px to device px, e.g. 3 for a phone; 1 unless told. */
  deviceScaleFactor?: number;
  /** Replace the body of matching same-origin requests, e.g. to serve a corrupt geodata file. */
  corrupt?: { urlPart: string; body: string; status?: number };
  reducedMotion?: boolean;
  /** Let the test inject its own scripts (axe-core) past the page's Content-Security-Policy. */
  bypassCsp?: boolean;
  /** Pretend the browser has no WebGL (canvas.getContext('webgl'/'webgl2') returns null). */
  noWebgl?: boolean;
  /** Another server than the run's built app, e.g. the development server. */
  baseUrl?: string;
  /**
   * Let the app register its service worker. Off by default: a page the worker controls is answered
   * from its cache, past this harness's request routing (so `corrupt` and `requests` would not see it).
   */
  serviceWorkers?: boolean;
  /** Other origins the page may reach, e.g. the atlas's own server for a page that embeds it. */
  allowOrigins?: string[];
  /** Playwright's fake clock, installed before the page loads; time flows until a test pauses it (page.clock). */
  clock?: boolean;
  /** The browser's location, granted to the page; without it a request for the location is refused. */
  geolocation?: { latitude: number; longitude: number };
}

export async function openAtlas(options: OpenOptions = {}): Promise<AtlasPage> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const allowed = new Set([new URL(baseUrl).origin, ...(options.allowOrigins ?? [])]);
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    bypassCSP: options.bypassCsp ?? false,
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  });
  const offOrigin: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !allowed.has(new URL(url).origin)) {
      offOrigin.push(url);
      return route.abort('blockedbyclient');
    }
    requests.push(url);
    if (options.corrupt && url.includes(options.corrupt.urlPart)) {
      return route.fulfill({ status: options.corrupt.status ?? 200, body: options.corrupt.body });
    }
    return route.continue();
  });
  const page = await context.newPage();
  if (options.clock) await page.clock.install();
  // Every Content-Security-Policy violation is recorded, so a test can assert there are none.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  if (options.noWebgl) {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
  }
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${baseUrl}${options.hash ?? ''}`);
  return { page, context, baseUrl, offOrigin, requests, errors, close: () => context.close() };
}

/**
 * One atlas page per test, for a spec file: `open` opens it and waits for the map's first idle; after
 * each test the page is closed, and the test fails if the page sent a request off its origin or threw.
 */
export function atlasPerTest() {
  let current: AtlasPage | null = null;
  const close = async () => {
    const page = current;
    current = null;
    await page?.close();
  };
  afterEach(async () => {
    const page = current;
    try {
      expect(page?.offOrigin ?? []).toEqual([]);
      expect(page?.errors ?? []).toEqual([]);
    } finally {
      await close();
    }
  });
  return {
    async open(hash = '', options: OpenOptions = {}): Promise<Page> {
      await close();
      current = await openAtlas({ ...options, hash });
      await waitForMapIdle(current.page);
      return current.page;
    },
    /** Closes the page before the test ends, e.g. to open the next of several views. */
    close,
    /** The page open now, with what it requested. */
    current: () => current,
  };
}
