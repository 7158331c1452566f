import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/global-setup.ts';
import { instrumentAtlas, type BenchState } from './page.ts';

/** The two screens every load is measured on: a laptop's and a phone's (touch, a mobile user agent, 3 device px per CSS px). */
export interface Screen {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  userAgent?: string;
}
export const DESKTOP: Screen = { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false };
export const PHONE: Screen = {
  name: 'phone',
  width: 390,
  height: 844,
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
};
export const SCREENS = [DESKTOP, PHONE] as const;
/** The screen of the parts that measure on one (sizes, filter, heap). */
export const VIEWPORT = { width: DESKTOP.width, height: DESKTOP.height };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`The bench needs Chromium at ${CHROMIUM_PATH}: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenOptions {
  /** Instrument window.__atlas (the atlas); the peer pages report for themselves. */
  instrument?: boolean;
  /** Serve this body instead of any same-origin URL whose path contains the key. */
  replace?: Map<string, string>;
  onResponse?: (response: Response) => void;
  /** Emulate prefers-reduced-motion: MapLibre then jumps instead of flying (tour loops in the heap check). */
  reducedMotion?: boolean;
  /** The screen to emulate (DESKTOP unless given). */
  screen?: Screen;
  /** Let the page register its service worker, as a first visit does (blocked unless set). */
  serviceWorkers?: boolean;
  /** Watch for off-origin requests instead of intercepting every request (which turns the HTTP cache off); no `replace` then. */
  watchOnly?: boolean;
  /** Called just before navigation (the load part takes its CPU snapshot there). */
  beforeNavigation?: () => void;
}

export interface BenchPage {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave the origin; each was blocked. */
  offOrigin: string[];
  errors: string[];
  close(): Promise<void>;
}

/** The browser context's options that make it this screen: size, pixel ratio, touch, a phone's user agent. */
export function screenContext(screen: Screen) {
  return {
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.deviceScaleFactor,
    isMobile: screen.isMobile,
    hasTouch: screen.hasTouch,
    ...(screen.userAgent ? { userAgent: screen.userAgent } : {}),
  };
}

/** A fresh context (empty cache) per page, so every load is a first load. Nothing leaves the origin. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<BenchPage> {
  const origin = new URL(url).origin;
  const screen = options.screen ?? DESKTOP;
  // Every context starts empty, so each load is a first load. The load part lets the service worker
  // register (a first visit does, and its precache competes with what follows); the other parts block
  // it, so its downloads never run beside their measures.
  const context = await browser.newContext({
    ...screenContext(screen),
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  const offOrigin: string[] = [];
  const errors: string[] = [];
  const leaves = (target: string) => !target.startsWith('data:') && !target.startsWith('blob:') && new URL(target).origin !== origin;
  if (options.watchOnly) {
    // Intercepting requests turns Chromium's HTTP cache off, and a service worker precaching the files
    // the page has just loaded would fetch them all again: only watched here. Nothing can leave this
    // closed network anyway; a request that tries fails the load.
    context.on('request', (request) => {
      if (leaves(request.url())) offOrigin.push(request.url());
    });
  } else {
    await context.route('**/*', async (route) => {
      const target = route.request().url();
      if (leaves(target)) {
        offOrigin.push(target);
        return route.abort('blockedbyclient');
      }
      if (!target.startsWith('data:') && !target.startsWith('blob:')) {
        const { pathname } = new URL(target);
        for (const [key, body] of options.replace ?? []) {
          if (pathname.includes(key)) return route.fulfill({ status: 200, contentType: 'application/geo+json', body });
        }
      }
      return route.continue();
    });
  }
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); the page needs it too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  if (options.instrument) await context.addInitScript(instrumentAtlas);
  const page = await context.newPage();
  if (options.onResponse) page.on('response', options.onResponse);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  options.beforeNavigation?.();
  await page.goto(url);
  return { page, context, offOrigin, errors, close: () => context.close() };
}

/**
 * A page in a browser process of its own with an empty profile: nothing a load before it left behind
 * (compiled shaders, the HTTP cache, a service worker) carries over. Closing the page ends the process.
 */
export async function openFreshPage(url: string, options: OpenOptions = {}): Promise<BenchPage> {
  const browser = await launchChromium();
  try {
    const bench = await openPage(browser, url, options);
    return { ...bench, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

interface ViewState {
  mapAt: number | null;
  idles: number | null;
  hook: boolean | null;
  completeMissing: boolean;
  overlaysAt: number | null;
}

/** What a page that never reached its complete view was missing, in words. */
function whyNoView(state: ViewState): string {
  if (state.hook === false) return 'window.__atlas never appeared: the app must expose its test hook (src/test-hook.ts)';
  if (state.mapAt === null) return state.hook ? 'window.__atlas.map was never set' : 'the page never reported its map (window.__bench.mapAt)';
  if (state.completeMissing) return 'window.__atlas.settled() is missing: the bench needs it to tell when the whole default view is drawn';
  if (state.idles !== null) return `the map went idle ${state.idles} times, never with window.__atlas.settled() true (markers and routes ${state.overlaysAt === null ? 'not yet drawn either' : `drawn at ${Math.round(state.overlaysAt ?? 0)} ms`})`;
  return 'the page never reported its first complete view (window.__bench.idleAt)';
}

/**
 * Waits for the page's first complete view (__bench.idleAt: the atlas's first idle map with its whole
 * default view, names, borders and rivers included; a peer's own signal); returns ms since navigation start. Fails with what is missing
 * rather than hanging when the atlas's test hook never shows up.
 */
export async function waitForFirstView(bench: BenchPage, timeoutMs = 120_000): Promise<{ idleAt: number; mapAt: number; overlaysAt: number | null }> {
  const read = () => {
    const w = window as unknown as { __bench?: BenchState; __atlas?: { settled?: unknown } };
    const state = w.__bench;
    const completeMissing = state?.hook === true && typeof w.__atlas?.settled !== 'function';
    return { idleAt: state?.idleAt ?? null, mapAt: state?.mapAt ?? null, overlaysAt: state?.overlaysAt ?? null, idles: state?.idles ?? null, hook: state?.hook ?? null, completeMissing };
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await bench.page.evaluate(read);
    if (state.idleAt !== null) return { idleAt: state.idleAt, mapAt: state.mapAt ?? Number.NaN, overlaysAt: state.overlaysAt };
    if (Date.now() > deadline) {
      const why = whyNoView(state);
      throw new Error(`${bench.page.url()}: no complete view within ${timeoutMs} ms: ${why} (map at ${state.mapAt} ms; page errors: ${bench.errors.join(' | ') || 'none'})`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}
