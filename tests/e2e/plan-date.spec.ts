import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasPerTest } from './harness.ts';
import { colourDistance, markerScreenPoints, rendered, screenPixels, waitForMapIdle, type Rgb } from './driver.ts';

/** Issue 24: the plan (issued 2021-12) lists its projects from then on; a day before shows none of them. */
const { open } = atlasPerTest();

const LINK = 'layers=projects&panel=list';

async function goTo(page: Page, day: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#asof=${day}&${LINK}`);
  await expect.poll(() => page.getByTestId('timeline-date').textContent()).toContain(day);
  await waitForMapIdle(page);
}

/**
 * The project markers that stand alone (no other within 14 px) where nothing covers the map: the
 * screen at each is the marker's own, or the map's under it.
 */
async function loneProjectPoints(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  const ids = await page.evaluate(() => window.__atlas!.data!.projects.features.map((f) => f.properties.id));
  const points = await markerScreenPoints(page, ids);
  const placed = ids.flatMap((id) => (points[id] ? [{ id, ...points[id]! }] : []));
  const lone = placed.filter((a) => placed.every((b) => b === a || Math.hypot(a.x - b.x, a.y - b.y) > 14));
  const onMap = await page.evaluate((points) => points.map(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') ?? false), lone);
  return lone.filter((_, i) => onMap[i]);
}

/** The screen at the points with the project layer switched off in MapLibre itself: the map under the markers. */
async function withoutProjectLayer(page: Page, points: { x: number; y: number }[]): Promise<Rgb[]> {
  await page.evaluate(() => window.__atlas!.map!.setLayoutProperty('projects', 'visibility', 'none'));
  await waitForMapIdle(page);
  const pixels = await screenPixels(page, points);
  await page.evaluate(() => window.__atlas!.map!.setLayoutProperty('projects', 'visibility', 'visible'));
  await waitForMapIdle(page);
  return pixels;
}

describe('the plan’s projects before the plan was issued (2021-12)', () => {
  it('draws, lists and counts none on 2015-01-01 and 2021-11-30, says why, and shows them all again on 2021-12-31', { timeout: 120_000 }, async () => {
    const page = await open(`#asof=2015-01-01&${LINK}`);
    const points = await loneProjectPoints(page);
    expect(points.length).toBeGreaterThanOrEqual(10);
    const background = await withoutProjectLayer(page, points);

    for (const day of ['2015-01-01', '2021-11-30']) {
      if (day !== '2015-01-01') await goTo(page, day);
      // On screen: at every lone project's place, the map as it is without the project layer.
      const pixels = await screenPixels(page, points);
      const shown = points.filter((_, i) => colourDistance(pixels[i], background[i]) > 8).map((p) => p.id);
      expect(shown, day).toEqual([]);
      expect((await rendered(page)).projects, day).toEqual([]);
      expect(await page.locator('tr[data-id^="proj-"]').count(), day).toBe(0);
      expect(await page.getByTestId('plan-note').textContent(), day).toBe('规划于 2021-12 印发，其项目自此起显示。');
      expect(await page.getByTestId('legend-plan-note').textContent(), day).toBe('规划于 2021-12 印发，其项目自此起显示。');
    }

    await goTo(page, '2021-12-31');
    await page.locator('tr[data-id^="proj-"]').first().waitFor();
    expect(await page.locator('tr[data-id^="proj-"]').count()).toBe(108);
    const pixels = await screenPixels(page, points);
    const missing = points.filter((_, i) => colourDistance(pixels[i], background[i]) <= 24).map((p) => p.id);
    expect(missing).toEqual([]);
    expect(await page.getByTestId('plan-note').count()).toBe(0);
    expect(await page.getByTestId('legend-plan-note').count()).toBe(0);
  });

  it('says so in English, on the progress panel and on a project’s card', async () => {
    const page = await open('#asof=2021-11-30&layers=projects&panel=progress&lang=en&sel=proj-c3-06');
    await page.getByTestId('progress-table').waitFor();
    expect(await page.getByTestId('plan-note').textContent()).toBe('The plan was issued in 2021-12; its projects appear from then on.');
    expect(await page.getByTestId('progress-sentence').textContent()).toBe('The plan was issued in 2021-12; its projects appear from then on.');
    expect(await page.locator('tr[data-column] td.progress-total').allTextContents()).toEqual(['0', '0', '0', '0', '0']);
    expect(await page.getByTestId('card-as-of').getAttribute('data-status')).toBe('not-yet');
    expect(await page.getByTestId('card-as-of').textContent()).toContain('The plan had not been issued yet on this day');
  });
});
