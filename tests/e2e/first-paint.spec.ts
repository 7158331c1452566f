import { describe, expect, it } from 'vitest';
import { atlasPerTest, openAtlas } from './harness.ts';
import { waitForMapIdle } from './driver.ts';

/**
 * The first paint: index.html carries the app's frame (src/app-shell.tsx), the app's code is
 * requested once that frame is on the screen (src/boot.ts), and React hydrates the frame's elements
 * instead of painting them again (src/main.tsx).
 */
const atlas = atlasPerTest();

/** Notes the frame's elements as the HTML parser made them, before any of the app's code runs. */
function rememberFrame() {
  document.addEventListener('DOMContentLoaded', () => {
    const frame = ['.app-title span', '.search input', '[data-testid=lang-switch]', '[data-testid=panel-list]', '.app-main', '[data-testid=map-credits]'].map((selector) => document.querySelector(selector));
    (window as unknown as { __frame: (Element | null)[] }).__frame = frame;
    (window as unknown as { __firstFont: string }).__firstFont = getComputedStyle(document.documentElement).getPropertyValue('--font');
  });
}

/** How many of the noted frame elements are still the page's own (the same nodes, still in the document). */
function frameKept(): { kept: number; noted: number } {
  const frame = (window as unknown as { __frame?: (Element | null)[] }).__frame ?? [];
  const selectors = ['.app-title span', '.search input', '[data-testid=lang-switch]', '[data-testid=panel-list]', '.app-main', '[data-testid=map-credits]'];
  return { kept: frame.filter((node, i) => node !== null && node.isConnected && document.querySelector(selectors[i]!) === node).length, noted: frame.filter(Boolean).length };
}

describe('the first paint', () => {
  it('shows the header, the search box, the loading notice and the map\'s credits before the app\'s code has arrived, and says so if it never does', async () => {
    const page = await openAtlas({ hash: '' });
    try {
      // Hold back every script but the entry: the page has only its HTML and stylesheet to paint with.
      const entry = await page.page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type=module]')!.src);
      await page.context.route(/\/assets\/.*\.js$/, (route) => (route.request().url() === entry ? route.continue() : route.abort('failed')));
      await page.page.reload();
      await expect.poll(() => page.page.locator('.app-title span').textContent()).toBe('广东口岸地图');
      expect(await page.page.locator('.search input').getAttribute('placeholder')).toBe('搜索口岸、项目、城市或航线');
      expect(await page.page.locator('.search input').isVisible()).toBe(true);
      const bar = await page.page.locator('.app-header').boundingBox();
      expect(bar!.height).toBeGreaterThan(30);
      // The map's credits are on screen from the first paint, along the bottom edge.
      const credits = page.page.getByTestId('map-credits');
      expect(await credits.textContent()).toContain('GSHHG');
      expect(await credits.locator('.map-credits-text').isVisible()).toBe(true);
      const box = (await credits.boundingBox())!;
      expect(box.y + box.height).toBeCloseTo(page.page.viewportSize()!.height, 0);
      // The app's code could not load: the notice says so instead of loading for ever.
      await expect.poll(() => page.page.locator('.load-pill').textContent()).toContain('页面程序未能加载');
    } finally {
      await page.close();
    }
  });

  it('hands the frame to React without painting it again: the same elements, then the map, searchable', async () => {
    const page = await openAtlas({ hash: '' });
    try {
      await page.context.addInitScript(rememberFrame);
      await page.page.reload();
      await waitForMapIdle(page.page);
      expect(await page.page.evaluate(frameKept)).toEqual({ kept: 6, noted: 6 });
      // The frame is first drawn in the system's font, so Noto Sans SC's files wait until it is on the screen.
      expect(await page.page.evaluate(() => (window as unknown as { __firstFont: string }).__firstFont)).not.toContain('Noto');
      expect(await page.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font'))).toContain('Noto Sans SC');
      // The search box of the first paint is the one that finds places once the data are in.
      const input = page.page.getByTestId('search-input');
      await input.fill('罗湖');
      const list = page.page.getByTestId('search-results');
      await expect.poll(() => list.locator('[role=option]').count()).toBeGreaterThan(0);
      // Hydrated ids match: the box points at the list it opened.
      expect(await input.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('renders a link that asks for another language or a panel afresh, in that language, with no error', async () => {
    const page = await atlas.open('#lang=en&panel=list');
    expect(await page.locator('.app-title span').textContent()).toBe('Guangdong Port Atlas');
    expect(await page.getByTestId('search-input').getAttribute('placeholder')).toBe('Search ports, projects, cities, routes');
    expect(await page.getByTestId('panel-list').getAttribute('aria-pressed')).toBe('true');
  });
});
