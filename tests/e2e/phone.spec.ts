import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasPerTest } from './harness.ts';
import { hash, waitForMapIdle, waitForMoveEnd } from './driver.ts';
import { mapHeightShare, smallTargets, smallText } from './phone-audit.ts';

/** Issue "Fast and roomy on a phone": a map that fills the phone, a folded timeline, text and targets a finger can use. */

const atlas = atlasPerTest();

const PHONE = { width: 390, height: 844 };

const open = (hashText = '', deviceScaleFactor = 1) => atlas.open(hashText, { viewport: PHONE, deviceScaleFactor });

/** Text and targets of what is on screen now, with where it was looked at, so a failure names the view. */
async function audit(page: Page, where: string): Promise<string[]> {
  const [text, targets] = await Promise.all([smallText(page), smallTargets(page)]);
  return [...text.map((t) => `${where}: text ${t}`), ...targets.map((t) => `${where}: target ${t}`)];
}

describe('a map that fills the phone', () => {
  it('gives the map at least 75 % of the screen at the first view, the timeline folded to one line', async () => {
    const page = await open('', 3);
    const canvas = (await page.locator('[data-testid="map"] canvas.maplibregl-canvas').boundingBox())!;
    expect(canvas.height / PHONE.height).toBeGreaterThanOrEqual(0.75);
    expect(await mapHeightShare(page)).toBeGreaterThanOrEqual(0.75);
    const timeline = page.getByTestId('timeline');
    expect(await timeline.getAttribute('data-folded')).toBe('true');
    expect(await page.getByTestId('timeline-slider').count()).toBe(0);
    expect((await timeline.boundingBox())!.height).toBeLessThanOrEqual(40);
    // Today is the default: the chip names the timeline, not a date.
    expect(await page.getByTestId('timeline-open').textContent()).not.toMatch(/\d{4}-\d\d/);
    expect(await audit(page, 'first view')).toEqual([]);
    // Hidden on a phone (the Legend panel stands in), so not rendered at all.
    expect(await page.locator('.floating-legend').count()).toBe(0);
    await page.screenshot({ path: '.tmp/screenshots/phone-first-view.png' });
  });

  it('shows a past date on the folded timeline; a tap opens the whole timeline, which works and folds again', async () => {
    const page = await open('#asof=2015-01-01');
    const chip = page.getByTestId('timeline-open');
    expect(await chip.textContent()).toContain('2015-01-01');
    expect(await chip.getAttribute('aria-expanded')).toBe('false');
    await page.screenshot({ path: '.tmp/screenshots/phone-past-folded.png' });
    await chip.click();
    const slider = page.getByTestId('timeline-slider');
    await slider.waitFor();
    expect(await page.getByTestId('timeline').getAttribute('data-folded')).toBe('false');
    expect(await page.getByTestId('timeline-date').textContent()).toContain('2015-01-01');
    expect(await audit(page, 'opened timeline')).toEqual([]);
    await page.screenshot({ path: '.tmp/screenshots/phone-timeline-open.png' });
    await page.getByTestId('timeline-next').click();
    await expect.poll(() => hash(page)).not.toContain('asof=2015-01-01');
    const next = (await hash(page)).match(/asof=([\d-]+)/)![1];
    expect(next > '2015-01-01').toBe(true);
    // Folding is a view of the page, not part of the link; the date stays in it.
    expect(await hash(page)).not.toMatch(/fold|timeline/);
    await page.getByTestId('timeline-fold').click();
    await expect.poll(() => page.getByTestId('timeline-open').textContent()).toContain(next);
    expect(await page.getByTestId('timeline-slider').count()).toBe(0);
  });

  it('keeps a selection framed above the sheet, clear of the folded timeline', async () => {
    const page = await open('#sel=port-luohu');
    await waitForMoveEnd(page);
    await waitForMapIdle(page);
    const point = (await page.evaluate(() => window.__atlas!.markerPoint('port-luohu')))!;
    const map = (await page.getByTestId('map').boundingBox())!;
    const card = (await page.getByTestId('detail-card').boundingBox())!;
    const chip = (await page.getByTestId('timeline').boundingBox())!;
    const y = map.y + point.y;
    expect(y).toBeGreaterThan(chip.y + chip.height);
    expect(y).toBeLessThan(card.y);
    expect(Math.abs(y - (map.y + card.y) / 2)).toBeLessThan(30);
    expect(Math.abs(map.x + point.x - PHONE.width / 2)).toBeLessThan(30);
    expect(await audit(page, 'port card')).toEqual([]);
    await page.screenshot({ path: '.tmp/screenshots/phone-selection.png' });
  });
});

describe('one layout for the map', () => {
  it('keeps the header, and so the map, the same height whichever font draws the header', async () => {
    const page = await open();
    const heights = () =>
      page.evaluate(() => [document.querySelector('.app-header')!.getBoundingClientRect().height, document.querySelector('[data-testid="map"]')!.getBoundingClientRect().height]);
    const withWebFont = await heights();
    // The fallback font, as before the web font has arrived: its taller or shorter lines must not move the map.
    await page.evaluate(() => document.documentElement.style.setProperty('--font', 'serif'));
    expect(await heights()).toEqual(withWebFont);
  });
});

describe('text and targets on a phone', () => {
  it('draws no text under 12 px and no control under 24 px in any panel or card', { timeout: 120_000 }, async () => {
    const page = await open();
    const problems: string[] = [];
    for (const panel of ['filters', 'list', 'guide', 'stats', 'progress', 'legend', 'about']) {
      await page.getByTestId(`panel-${panel}`).click();
      // Statistics and progress load on first use: audited once loaded, not their loading line.
      await page.waitForFunction((panel) => {
        const body = document.querySelector(`[data-testid="side-panel"][data-panel="${panel}"]`);
        return body && !body.textContent!.includes('正在加载');
      }, panel);
      problems.push(...(await audit(page, `panel ${panel}`)));
    }
    await page.getByTestId('panel-about').click();
    await page.getByTestId('side-panel').waitFor({ state: 'detached' });
    await page.getByTestId('search-input').fill('深圳');
    await page.getByTestId('search-results').locator('[role=option]').first().waitFor();
    problems.push(...(await audit(page, 'search results')));
    await page.getByTestId('search-input').fill('');
    for (const id of ['proj-c1-01', 'sea-nansha-durban', 'rail-dongguan-shilong-moscow', '440300', 'port-luohu']) {
      await page.evaluate((id) => (location.hash = `sel=${id}`), id);
      await page.locator(`[data-testid="detail-card"][data-id="${id}"]`).waitFor();
      // A crossing's card: audited with its hours, the other side and their sources.
      if (id === 'port-luohu') await page.getByTestId('crossing-fields').waitFor();
      problems.push(...(await audit(page, `card ${id}`)));
    }
    expect(problems).toEqual([]);
  });
});
