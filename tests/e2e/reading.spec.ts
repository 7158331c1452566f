import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type AtlasPage, openAtlas } from './harness.ts';
import { searchAndChoose, switchLanguage, waitForMapIdle, waitForMoveEnd } from './driver.ts';

/** Issue "Reading the map": names on the map, a calm first view, a phone that keeps the selection in sight, a header that fits. */

let atlas: AtlasPage | null = null;
afterEach(async () => {
  expect(atlas?.offOrigin ?? []).toEqual([]);
  expect(atlas?.errors ?? []).toEqual([]);
  await atlas?.close();
  atlas = null;
});

async function open(hashText = '', viewport?: { width: number; height: number }) {
  atlas = await openAtlas({ hash: hashText, viewport });
  await waitForMapIdle(atlas.page);
  return atlas.page;
}

/** Names MapLibre placed on screen in a layer, with whether a filter hides their marker. */
function placedNames(page: Page, layer: string): Promise<{ id: string; zh: string; en: string; hidden: boolean }[]> {
  return page.evaluate((layer) => {
    const map = window.__atlas!.map!;
    if (!map.getLayer(layer)) return [];
    return map.queryRenderedFeatures({ layers: [layer] }).map((f) => ({
      id: String(f.properties.id),
      zh: String(f.properties.name_zh),
      en: String(f.properties.name_en),
      hidden: Boolean(f.state?.hidden),
    }));
  }, layer);
}

async function idleAfterMove(page: Page): Promise<void> {
  await waitForMoveEnd(page);
  await waitForMapIdle(page);
}

describe('names on the map', () => {
  it('shows 罗湖口岸 by name at zoom 11, in the interface language, and no port names at province zoom', async () => {
    const page = await open('#map=11.00/22.5400/114.1000');
    await expect.poll(async () => (await placedNames(page, 'port-labels')).find((n) => n.id === 'port-luohu')?.zh, { timeout: 15_000 }).toBe('罗湖口岸');
    expect(await page.evaluate(() => window.__atlas!.map!.getLayoutProperty('port-labels', 'text-field'))).toEqual(['get', 'name_zh']);
    await switchLanguage(page);
    await expect.poll(() => page.evaluate(() => window.__atlas!.map!.getLayoutProperty('port-labels', 'text-field'))).toEqual(['get', 'name_en']);
    await page.evaluate(() => window.__atlas!.map!.jumpTo({ zoom: 6.2, center: [113.4, 23.2] }));
    await waitForMapIdle(page);
    expect(await placedNames(page, 'port-labels')).toEqual([]);
    expect(await placedNames(page, 'project-labels')).toEqual([]);
  });

  it('never places two names over each other, and no name over a marker', async () => {
    const page = await open('#map=10.00/22.6000/113.9000');
    const boxes = await page.evaluate(() => {
      const map = window.__atlas!.map!;
      const labels = map.queryRenderedFeatures({ layers: ['port-labels', 'project-labels'] });
      return labels.length;
    });
    expect(boxes).toBeGreaterThan(3);
    // Where the names landed: none of them over the shape of a marker drawn here (the shape's half-width at
    // zoom 10 is 7.5 px; 6 px leaves room for the names' padding touching it).
    const covered = await page.evaluate(() => {
      const atlas = window.__atlas!;
      const map = atlas.map!;
      const { ports, projects } = atlas.rendered();
      return [...ports, ...projects].flatMap((id) => {
        const p = atlas.markerPoint(id)!;
        const names = map
          .queryRenderedFeatures([[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]], { layers: ['port-labels', 'project-labels'] })
          .filter((f) => !f.state?.hidden)
          .map((f) => String(f.properties.name_zh));
        return names.length ? [`${id} under ${names.join(', ')}`] : [];
      });
    });
    expect(covered).toEqual([]);
    // MapLibre's own collision detection decides; what the app sets is that names collide and markers stand in their way.
    const layout = await page.evaluate(() => {
      const map = window.__atlas!.map!;
      return ['port-labels', 'project-labels', 'port-footprints', 'project-footprints'].map((id) => [
        map.getLayoutProperty(id, 'text-allow-overlap') ?? false,
        map.getLayoutProperty(id, 'icon-ignore-placement') ?? false,
      ]);
    });
    expect(layout).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
    // The footprints are placed before the names: above them in the style.
    const order = await page.evaluate(() => window.__atlas!.map!.getStyle().layers.map((l) => l.id));
    expect(order.indexOf('port-footprints')).toBeGreaterThan(order.indexOf('port-labels'));
    // Ports' names are placed before projects' and win where they would collide.
    expect(order.indexOf('port-labels')).toBeGreaterThan(order.indexOf('project-labels'));
    expect(order.indexOf('ports')).toBeGreaterThan(order.indexOf('port-footprints'));
  });

  it("hides a filtered-out marker's name, and always shows the selected one's", async () => {
    const page = await open('#map=11.00/22.5400/114.1000&types=water');
    const names = await placedNames(page, 'port-labels');
    expect(names.filter((n) => n.id === 'port-luohu' && !n.hidden)).toEqual([]);
    const opacity = await page.evaluate(() => window.__atlas!.map!.getPaintProperty('port-labels', 'text-opacity'));
    expect(JSON.stringify(opacity)).toContain('hidden');
    await page.evaluate(() => (location.hash = '#map=11.00/22.5400/114.1000&sel=port-luohu'));
    await expect.poll(async () => (await placedNames(page, 'name-focus')).map((n) => n.id), { timeout: 15_000 }).toEqual(['port-luohu']);
  });

  it('names projects from zoom 10, and draws every name larger in presentation mode', async () => {
    const page = await open('#map=10.50/22.7000/113.6000');
    await expect.poll(async () => (await placedNames(page, 'project-labels')).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__atlas!.map!.getLayoutProperty('port-labels', 'text-size'))).toBe(12);
    await page.evaluate(() => (location.hash = `${location.hash}&present=1`));
    await expect.poll(() => page.evaluate(() => window.__atlas!.map!.getLayoutProperty('port-labels', 'text-size'))).toBe(18);
    expect(await page.evaluate(() => window.__atlas!.map!.getLayoutProperty('project-labels', 'text-size'))).toBe(18);
  });

  it('names the hovered marker', async () => {
    const page = await open('#map=11.00/22.5400/114.1000');
    const point = await page.evaluate(() => window.__atlas!.markerPoint('port-luohu'));
    expect(point).not.toBeNull();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + point!.x, box.y + point!.y);
    await expect.poll(async () => (await placedNames(page, 'name-focus')).map((n) => n.id), { timeout: 15_000 }).toContain('port-luohu');
  });
});

describe('water', () => {
  it('draws the rivers once the markers and routes are drawn, from one download of their file', async () => {
    const page = await open('#map=9.00/22.7000/113.5000');
    await expect.poll(() => page.evaluate(() => Boolean(window.__atlas!.map!.getLayer('river-line'))), { timeout: 15_000 }).toBe(true);
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() => window.__atlas!.map!.queryRenderedFeatures({ layers: ['river-line'] }).length);
    expect(drawn).toBeGreaterThan(5);
    expect(atlas!.requests.filter((url) => url.includes('/rivers-'))).toHaveLength(1);
    expect(await page.getByTestId('map-credits').textContent()).toContain('GSHHG');
  });

  it('says the whole default view is drawn (the bench\'s milestone) only with names, dashed borders, rivers and, on a tall phone, the world', async () => {
    const page = await open('', { width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => window.__atlas!.settled()), { timeout: 30_000 }).toBe(true);
    // On a phone the first view reaches past the neighbouring provinces: the world is part of it.
    expect(await page.evaluate(() => Boolean(window.__atlas!.map!.getLayer('world-fill')) && window.__atlas!.deferred)).toBe(0);
    // Every solid line of that view (city borders, routes, rivers, the world) is drawn by one shader
    // program: with software WebGL each program compiled holds up the main thread (README, "Fast on a phone and without a GPU").
    await waitForMapIdle(page);
    const linePrograms = await page.evaluate(() =>
      Object.keys((window.__atlas!.map! as unknown as { painter: { cache: Record<string, unknown> } }).painter.cache).filter((key) => key.startsWith('line/')),
    );
    expect(linePrograms).toHaveLength(1);
    const settledWithout = (change: string) =>
      page.evaluate((change) => {
        const map = window.__atlas!.map!;
        const river = map.getLayer('river-line') ? map.getStyle().layers.find((l) => l.id === 'river-line')! : null;
        if (change === 'dashed') map.setLayoutProperty('province-line', 'visibility', 'none');
        if (change === 'rivers') map.removeLayer('river-line');
        if (change === 'pending') window.__atlas!.deferred += 1;
        const settled = window.__atlas!.settled();
        if (change === 'dashed') map.setLayoutProperty('province-line', 'visibility', 'visible');
        if (change === 'rivers' && river) map.addLayer(river, 'city-line');
        if (change === 'pending') window.__atlas!.deferred -= 1;
        return settled;
      }, change);
    for (const change of ['dashed', 'rivers', 'pending']) expect(await settledWithout(change), change).toBe(false);
    // The river layer put back makes its source reload its tiles: settled again once they are in.
    await expect.poll(() => page.evaluate(() => window.__atlas!.settled()), { timeout: 15_000 }).toBe(true);
  });
});

describe('a calmer first view', () => {
  it('draws markers without their precision rings below zoom 10, with one legend entry explaining the rings', async () => {
    const page = await open('');
    const image = await page.evaluate(() => window.__atlas!.map!.getLayoutProperty('ports', 'icon-image'));
    expect(image).toEqual(['step', ['zoom'], ['get', 'plain'], 10, ['get', 'marker']]);
    const entries = page.getByTestId('legend-precision').locator('li');
    expect(await entries.count()).toBe(1);
  });
});

/** Where the selected marker is drawn, the map's box and the card's top, in page px. */
async function selectionOnPhone(page: Page, id: string) {
  const point = await page.evaluate((id) => window.__atlas!.markerPoint(id), id);
  const map = (await page.getByTestId('map').boundingBox())!;
  const card = (await page.getByTestId('detail-card').boundingBox())!;
  return { x: map.x + point!.x, y: map.y + point!.y, mapTop: map.y, mapWidth: map.width, cardTop: card.y };
}

function expectAboveSheet(s: Awaited<ReturnType<typeof selectionOnPhone>>) {
  expect(s.x).toBeGreaterThan(0);
  expect(s.x).toBeLessThan(s.mapWidth);
  expect(s.y).toBeGreaterThan(s.mapTop);
  expect(s.y).toBeLessThan(s.cardTop);
  // In the middle of what the sheet leaves visible, not merely above it.
  expect(Math.abs(s.y - (s.mapTop + s.cardTop) / 2)).toBeLessThan(30);
  expect(Math.abs(s.x - s.mapWidth / 2)).toBeLessThan(30);
}

describe('phone', () => {
  const phone = { width: 360, height: 740 };

  it('a link with sel= puts the marker in the middle of the map above the sheet', async () => {
    const page = await open('#sel=port-luohu', phone);
    await idleAfterMove(page);
    expectAboveSheet(await selectionOnPhone(page, 'port-luohu'));
  });

  it('a search and a tap bring the chosen marker above the sheet', async () => {
    const page = await open('#map=10.00/22.6000/113.9000', phone);
    await searchAndChoose(page, '皇岗口岸');
    await expect.poll(() => page.getByTestId('detail-card').getAttribute('data-id')).toBe('port-huanggang');
    await idleAfterMove(page);
    expectAboveSheet(await selectionOnPhone(page, 'port-huanggang'));
    // A tap on a marker near the map's top-left corner (Liantang, moved there first).
    await page.evaluate(() => {
      const map = window.__atlas!.map!;
      const target = window.__atlas!.data!.index.ports.get('port-liantang')!.geometry.coordinates as [number, number];
      const at = map.project(target);
      const centre = map.project(map.getCenter());
      map.jumpTo({ center: map.unproject([at.x - 60 + centre.x, at.y - 80 + centre.y]) });
    });
    await waitForMapIdle(page);
    const before = await page.evaluate(() => window.__atlas!.markerPoint('port-liantang')!);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + before.x, box.y + before.y);
    await expect.poll(() => page.getByTestId('detail-card').getAttribute('data-id')).toBe('port-liantang');
    await idleAfterMove(page);
    expectAboveSheet(await selectionOnPhone(page, 'port-liantang'));
  });

  it('folds the credits to their (i) button and lets the sheet switch between half and full height', async () => {
    const page = await open('#sel=port-luohu', phone);
    const credits = page.getByTestId('map-credits');
    expect(await credits.locator('.map-credits-text').isVisible()).toBe(false);
    expect((await credits.boundingBox())!.height).toBeLessThan(32);
    const card = page.getByTestId('detail-card');
    const map = (await page.getByTestId('map').boundingBox())!;
    const half = (await card.boundingBox())!.height;
    expect(half).toBeLessThan(map.height * 0.6);
    await card.getByTestId('sheet-toggle').click();
    await expect.poll(async () => (await card.boundingBox())!.height).toBeGreaterThan(map.height * 0.9);
    await card.getByTestId('sheet-toggle').click();
    await expect.poll(async () => (await card.boundingBox())!.height).toBeLessThan(map.height * 0.6);
    // Dragging the sheet's header up and down does the same.
    const drag = async (dy: number) => {
      const handle = (await card.locator('.card-header .kind-badge').boundingBox())!;
      await page.mouse.move(handle.x + 2, handle.y + 2);
      await page.mouse.down();
      await page.mouse.move(handle.x + 2, handle.y + 2 + dy, { steps: 5 });
      await page.mouse.up();
    };
    await drag(-120);
    await expect.poll(async () => (await card.boundingBox())!.height).toBeGreaterThan(map.height * 0.9);
    await drag(120);
    await expect.poll(async () => (await card.boundingBox())!.height).toBeLessThan(map.height * 0.6);
  });

  it('opens the credits from their (i) button, over the map and clear of the scale', async () => {
    const page = await open('', phone);
    const credits = page.getByTestId('map-credits');
    await credits.getByRole('button', { name: '数据来源与版权' }).click();
    expect(await credits.locator('.map-credits-text').isVisible()).toBe(true);
    expect(await credits.textContent()).toContain('GSHHG');
    const box = (await credits.boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    // Opened, it spans the width above the scale or beside it, never over it.
    const overlaps = box.x < scale.x + scale.width && scale.x < box.x + box.width && box.y < scale.y + scale.height && scale.y < box.y + box.height;
    expect(overlaps).toBe(false);
    await credits.getByRole('button').click();
    expect(await credits.locator('.map-credits-text').isVisible()).toBe(false);
  });
});

describe('header and legend fit', () => {
  it('keeps the search box at least 180 px wide from 1024 to 1920 px, in English and Chinese', async () => {
    const page = await open('#lang=en', { width: 1280, height: 800 });
    const search = page.getByTestId('search-input');
    for (const lang of ['en', 'zh']) {
      for (const width of [1024, 1100, 1180, 1181, 1280, 1440, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        await expect.poll(async () => (await search.boundingBox())!.width, { message: `${lang} at ${width} px` }).toBeGreaterThanOrEqual(180);
        // Nothing in the header is pushed out of the window, once React has moved buttons into More for the new width.
        await expect
          .poll(() => page.evaluate(() => document.querySelector('.app-header')!.scrollWidth <= window.innerWidth), { message: `${lang} at ${width} px` })
          .toBe(true);
      }
      if (lang === 'en') await switchLanguage(page);
    }
  });

  it('moves the least used buttons into a More menu on a narrow desktop, and they still work', async () => {
    const page = await open('#lang=en', { width: 1024, height: 768 });
    await page.getByTestId('toolbar-more').locator('summary').click();
    await page.getByTestId('panel-about').click();
    await page.getByTestId('side-panel').waitFor();
    expect(await page.getByTestId('side-panel').getAttribute('data-panel')).toBe('about');
    expect(await page.getByTestId('toolbar-more').getAttribute('open')).toBeNull();
    // Its credits would run onto a second line here: they stay on one, cut short, until opened.
    const credits = page.getByTestId('map-credits');
    const text = credits.locator('.map-credits-text');
    expect((await credits.boundingBox())!.height).toBeLessThan(32);
    expect(await text.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
    await credits.getByRole('button', { name: 'Sources and credits' }).click();
    expect(await credits.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    expect((await credits.boundingBox())!.height).toBeGreaterThan(32);
    expect(await text.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(false);
  });

  it('shows the whole legend at 1280 × 800', async () => {
    const page = await open('', { width: 1280, height: 800 });
    const legend = page.locator('.floating-legend');
    const box = (await legend.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(await legend.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    const last = (await page.getByTestId('legend-routes').boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height);
  });
});
