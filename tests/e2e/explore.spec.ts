import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasPage, openAtlas } from './harness.ts';
import {
  hash,
  pickAtMarkers,
  rendered,
  searchAndChoose,
  selectedCardId,
  shownCount,
  toggleFacet,
  waitForMapIdle,
  waitForMoveEnd,
  mapState,
  settle,
  isolatedMarkers,
  markerScreenProblems,
} from './driver.ts';
import { ports, projects } from './geodata.ts';

let atlas: AtlasPage | null = null;
afterEach(async () => {
  expect(atlas?.offOrigin ?? []).toEqual([]);
  await atlas?.close();
  atlas = null;
});

async function open(hashText = '', viewport?: { width: number; height: number }) {
  atlas = await openAtlas({ hash: hashText, viewport });
  await waitForMapIdle(atlas.page);
  return atlas.page;
}


describe('layers and filters', () => {
  it('switching each port type off removes exactly its markers from the screen, and back on restores them', async () => {
    const page = await open('#panel=filters');
    const all = await rendered(page);
    const total = all.ports.length + all.projects.length;
    expect(total).toBe(ports.length + projects.length);
    // Markers standing alone at this zoom, so each one's pixels are its own.
    const lone = await isolatedMarkers(page, [...all.ports, ...all.projects]);
    const typeOf = new Map([...ports, ...projects].map((p) => [p.id, p.port_type]));
    expect(await markerScreenProblems(page, { shown: lone }), 'all types').toEqual([]);
    for (const type of ['water', 'land', 'air', 'rail'] as const) {
      const ofType = lone.filter((id) => typeOf.get(id) === type);
      const others = lone.filter((id) => typeOf.get(id) !== type);
      expect(ofType.length, `lone ${type} markers`).toBeGreaterThanOrEqual(1);
      await toggleFacet(page, 'facet-types', type);
      await expect.poll(async () => (await hash(page)).includes('types=')).toBe(true);
      const without = await rendered(page);
      const shown = without.ports.length + without.projects.length;
      expect(shown, `hiding ${type}`).toBe(total - [...ports, ...projects].filter((p) => p.port_type === type).length);
      expect(await markerScreenProblems(page, { shown: others, hidden: ofType }), `hiding ${type}`).toEqual([]);
      await toggleFacet(page, 'facet-types', type);
      const back = await rendered(page);
      expect(back.ports.length + back.projects.length).toBe(total);
    }
    expect(await markerScreenProblems(page, { shown: lone }), 'all types back').toEqual([]);
  });

  it('a status filter changes the count and the projects on screen, and is kept in the link', async () => {
    const page = await open('#panel=filters');
    const before = await shownCount(page);
    const plannedCount = Number(
      await page.getByTestId('facet-status').locator('label', { has: page.locator('input[data-value="planned"]') }).locator('.facet-count').getAttribute('data-count'),
    );
    expect(plannedCount).toBe(projects.filter((p) => p.status === 'planned').length);
    const lone = await isolatedMarkers(page, [...ports, ...projects].map((p) => p.id));
    const planned = lone.filter((id) => projects.some((p) => p.id === id && p.status === 'planned'));
    const rest = lone.filter((id) => !planned.includes(id));
    expect(planned.length, 'lone planned projects').toBeGreaterThanOrEqual(2);
    expect(rest.filter((id) => id.startsWith('proj-')).length, 'lone projects of another status').toBeGreaterThanOrEqual(1);
    expect(await markerScreenProblems(page, { shown: lone })).toEqual([]);
    await toggleFacet(page, 'facet-status', 'planned');
    await expect.poll(() => shownCount(page)).toBe(before - plannedCount);
    expect(await hash(page)).toContain('status=approved,under-construction,accepted,open,suspended,cancelled');
    expect(await markerScreenProblems(page, { shown: rest, hidden: planned })).toEqual([]);
    await page.getByTestId('reset-filters').click();
    await expect.poll(() => shownCount(page)).toBe(before);
    expect(await markerScreenProblems(page, { shown: lone }), 'after reset').toEqual([]);
  });
});

describe('search and detail cards', () => {
  it('finds a port by its Chinese name, flies there and opens its card with sources', async () => {
    const page = await open();
    await searchAndChoose(page, '罗湖');
    await expect.poll(() => selectedCardId(page)).toBe('port-luohu');
    expect(await hash(page)).toContain('sel=port-luohu');
    await waitForMoveEnd(page);
    const view = await mapState(page);
    expect(view.center.lng).toBeCloseTo(114.11, 1);
    expect(view.center.lat).toBeCloseTo(22.53, 1);
    const luohu = ports.find((p) => p.id === 'port-luohu')!;
    expect(await page.getByTestId('card-sources').locator('li').count()).toBe(luohu.sources.length);
    expect(await page.getByTestId('card-sources').locator('a').first().getAttribute('rel')).toBe('noopener noreferrer');
    // An exact port names who published its coordinate; the copy it was read in is text, never a link.
    const cited = page.getByTestId('detail-card').locator('.field', { hasText: '坐标出处' });
    expect(await cited.locator('dd').textContent()).toMatch(/^维基百科（中文）《羅湖口岸》 · 22\.5311°N 114\.1134°E（阅于副本 54e1ad4b4888\.kfd\.me\/wiki\/罗湖口岸）$/);
    expect(await cited.locator('a').count()).toBe(0);
  });

  it('finds a port and a project by their English names and shows the plan’s exact wording and status date', async () => {
    const page = await open('#lang=en');
    const input = page.getByTestId('search-input');
    const options = page.getByTestId('search-results').locator('[role=option]');
    await searchAndChoose(page, 'Hengqin');
    await expect.poll(() => selectedCardId(page)).toBe('port-hengqin');
    expect(await page.getByTestId('detail-card').locator('h2').textContent()).toBe('Hengqin Port');
    // Two English words: the project whose English name starts with them comes first, and every result holds both.
    await input.fill('new hengqin');
    await expect.poll(() => options.first().getAttribute('data-id')).toBe('proj-c3-01');
    const names = await options.locator('.result-name').allTextContents();
    for (const name of names) expect(name).toMatch(/(?=.*\bnew)(?=.*hengqin)/i);
    await options.first().click();
    await expect.poll(() => selectedCardId(page)).toBe('proj-c3-01');
    expect(await hash(page)).toContain('sel=proj-c3-01');
    expect(await page.getByTestId('detail-card').locator('h2').textContent()).toBe('New Hengqin Port, Hengqin Guangdong–Macao In-Depth Cooperation Zone');
    expect(await page.getByTestId('plan-quote').textContent()).toBe('横琴粤澳深度合作区新横琴口岸');
    expect(await page.getByTestId('card-status').textContent()).toMatch(/as of \d{4}-\d{2}/);
  });

  it('keeps fresh results open when the search box is left and re-entered at once', async () => {
    // The page's timers run on Playwright's clock: the close timer's moment is reached by advancing it, not by waiting.
    atlas = await openAtlas({ clock: true });
    await waitForMapIdle(atlas.page);
    const page = atlas.page;
    const input = page.getByTestId('search-input');
    const results = page.getByTestId('search-results');
    await input.fill('广州');
    // Leaving starts a short close timer; typing again right away must cancel it. The clock stands still
    // from here, so the timer cannot run out before the typing, however slow this machine is.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await input.fill('深圳');
    await page.clock.runFor(2000);
    await settle(page);
    expect(await results.count()).toBe(1);
    expect(await results.locator('[role=option]').first().textContent()).toContain('深圳');
    // Leaving for good does close them once that timer has run: the step above was a real test of it.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.clock.runFor(2000);
    await expect.poll(() => results.count()).toBe(0);
  });

  it('keeps every marker of a crowded spot individually clickable', async () => {
    // Yangjiang's terminals share one port-area point in the data; they are fanned out on screen.
    const page = await open('#map=12.00/21.7080/111.8110&types=water');
    const ids = (await rendered(page)).projects.filter((id) => /^proj-c1-4[1-7]$/.test(id));
    expect(ids.sort()).toEqual(projects.filter((p) => /^proj-c1-4[1-7]$/.test(p.id) && p.port_type === 'water').map((p) => p.id).sort());
    // Icons load asynchronously after the map is idle; picking works once they are drawn.
    await expect.poll(async () => Object.entries(await pickAtMarkers(page, ids)).filter(([id, hit]) => id !== hit), { timeout: 15_000 }).toEqual([]);
  });
});

describe('shareable links', () => {
  it('restores a shared view exactly, and Back undoes a filter change', async () => {
    const link = '#map=8.00/22.6000/113.9000&lang=en&types=land,air&city=440300,440400&sel=port-gongbei&panel=filters';
    const page = await open(link);
    await expect.poll(() => selectedCardId(page)).toBe('port-gongbei');
    const first = await rendered(page);
    // Exactly the land and air ports of Shenzhen and Zhuhai, and the projects of those types there.
    const inLink = (p: { port_type: string; city: string }) => ['land', 'air'].includes(p.port_type) && ['440300', '440400'].includes(p.city);
    expect([...first.ports].sort()).toEqual(ports.filter(inLink).map((p) => p.id).sort());
    expect([...first.projects].sort()).toEqual(projects.filter(inLink).map((p) => p.id).sort());
    expect(await page.getByTestId('facet-types').locator('input[data-value="water"]').isChecked()).toBe(false);
    const view = await mapState(page);
    expect(view.zoom).toBeCloseTo(8, 1);
    expect(view.center.lng).toBeCloseTo(113.9, 3);
    expect(view.center.lat).toBeCloseTo(22.6, 3);
    // On screen: markers of the link's types and cities drawn, of other cities or types not.
    const lone = await isolatedMarkers(page, [...ports, ...projects].map((p) => p.id));
    const wanted = new Set([...ports, ...projects].filter(inLink).map((p) => p.id));
    const shown = lone.filter((id) => wanted.has(id));
    const otherCity = lone.filter((id) => !wanted.has(id) && [...ports, ...projects].some((p) => p.id === id && ['land', 'air'].includes(p.port_type)));
    expect(shown.length, 'lone markers of the link').toBeGreaterThanOrEqual(2);
    expect(otherCity.length, 'lone land or air markers of other cities').toBeGreaterThanOrEqual(2);
    expect(await markerScreenProblems(page, { shown, hidden: lone.filter((id) => !wanted.has(id)) })).toEqual([]);

    const air = shown.filter((id) => [...ports, ...projects].some((p) => p.id === id && p.port_type === 'air'));
    expect(air.length, 'lone air markers of the link').toBeGreaterThanOrEqual(1);
    await toggleFacet(page, 'facet-types', 'air');
    await expect.poll(() => hash(page)).toContain('types=land&');
    expect(await markerScreenProblems(page, { shown: shown.filter((id) => !air.includes(id)), hidden: air }), 'air switched off').toEqual([]);
    await page.goBack();
    await expect.poll(() => hash(page)).toContain('types=land,air');
    await expect.poll(async () => (await rendered(page)).ports.length).toBe(first.ports.length);
    expect(await markerScreenProblems(page, { shown }), 'after Back').toEqual([]);

    await page.reload();
    await waitForMapIdle(page);
    expect(await rendered(page)).toEqual(first);
    expect((await mapState(page)).center.lng).toBeCloseTo(113.9, 3);
  });

  it('drops only the bad parts of a malformed link and says what was ignored', async () => {
    const page = await open('#status=open,bogus&types=land&panel=nope&sel=port-does-not-exist');
    const notice = page.getByTestId('ignored-params');
    await expect.poll(() => notice.textContent()).toContain('status=bogus');
    expect(await notice.textContent()).toContain('panel=nope');
    await expect.poll(() => notice.textContent()).toContain('sel=port-does-not-exist');
    expect(await hash(page)).toContain('status=open');
    // The status filter is for projects: every land port is drawn.
    expect((await rendered(page)).ports.length).toBe(ports.filter((p) => p.port_type === 'land').length);
    expect(await selectedCardId(page)).toBeNull();
  });
});

describe('list twin', () => {
  it('lists exactly what the map shows, sorts, and selects a row with the keyboard', async () => {
    const page = await open('#panel=list&types=air');
    const drawn = await rendered(page);
    const rowIds = await page.getByTestId('feature-list').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect([...rowIds].sort()).toEqual([...drawn.ports, ...drawn.projects].sort());
    const nameHeader = page.locator('th', { has: page.locator('button[data-sort="name"]') });
    const rowsNow = () =>
      page.getByTestId('feature-list').locator('tbody tr').evaluateAll((rows) => rows.map((r) => ({ id: r.getAttribute('data-id')!, name: r.querySelector('td')!.textContent!.trim() })));
    // Names in the collation order of the interface language (zh-CN: by pinyin): no name after the next one.
    const firstOutOfOrder = (names: string[]) =>
      page.evaluate((names) => {
        const collator = new Intl.Collator('zh-CN', { numeric: true });
        return names.findIndex((name, i) => i > 0 && collator.compare(names[i - 1], name) > 0);
      }, names);
    await page.locator('th button[data-sort="name"]').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rowsNow();
    const sorted = ascending.map((r) => r.id);
    expect(sorted).not.toEqual(rowIds);
    expect([...sorted].sort()).toEqual([...rowIds].sort());
    expect(await firstOutOfOrder(ascending.map((r) => r.name))).toBe(-1);
    await page.locator('th button[data-sort="name"]').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect((await rowsNow()).map((r) => r.id)).toEqual([...sorted].reverse());
    await page.locator('th button[data-sort="name"]').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const row = page.getByTestId('feature-list').locator('tbody tr').first();
    await row.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedCardId(page)).toBe(sorted[1]);
  });
});

describe('language and phone', () => {
  it('switches the interface, the card and the legend to English instantly', async () => {
    const page = await open('#sel=port-luohu');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('detail-card').locator('h2').textContent()).toBe('Luohu Port');
    expect(await page.getByTestId('panel-filters').textContent()).toBe('Filters');
    expect(await page.getByTestId('legend').textContent()).toContain('Ports of entry');
  });

  it('fits a 360 px phone: no sideways scroll, panels as a bottom sheet', async () => {
    const page = await open('#panel=filters', { width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await page.getByTestId('side-panel').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(355);
    expect(Math.round(box!.y + box!.height)).toBeGreaterThanOrEqual(738);
    await page.screenshot({ path: '.tmp/screenshots/e2e-phone-filters.png' });
    await page.getByTestId('panel-list').click();
    // On a phone the list keeps name, city and status, and the name gets at least half the width.
    await page.getByTestId('feature-list').locator('tbody tr').first().waitFor();
    const headers = await page.getByTestId('feature-list').locator('th:visible button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-sort')));
    expect(headers).toEqual(['name', 'city', 'status']);
    const nameCell = (await page.getByTestId('feature-list').locator('tbody tr td').first().boundingBox())!;
    expect(nameCell.width).toBeGreaterThan(170);
    await page.getByTestId('feature-list').locator('tbody tr').first().click();
    await expect.poll(() => selectedCardId(page)).not.toBeNull();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: '.tmp/screenshots/e2e-phone-card.png' });
  });
});

describe('legend, cities and online basemaps', () => {
  it('keeps the legend to what is visible', async () => {
    const page = await open('#types=air,land&layers=ports');
    const types = await page.getByTestId('legend-ports').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-type')));
    expect(types).toEqual(['land', 'air']);
    expect(await page.getByTestId('legend-projects').count()).toBe(0);
    expect(await page.getByTestId('legend-routes').count()).toBe(0);
  });

  it('draws finer city and Hong Kong outlines once zoomed in, fetched only then', async () => {
    const page = await open();
    // Vertices of Shenzhen and Hong Kong as the map's basemap source holds them now.
    const vertices = () =>
      page.evaluate(async () => {
        type Collection = { features: { properties: { adcode?: string; code?: string }; geometry: unknown }[] };
        const source = window.__atlas!.map!.getSource('basemap') as unknown as { getData(): Promise<Collection> };
        const { features } = await source.getData();
        const count = (match: (p: { adcode?: string; code?: string }) => boolean) => JSON.stringify(features.find((f) => match(f.properties))!.geometry).split('],[').length;
        return [count((p) => p.adcode === '440300'), count((p) => p.code === 'HK')];
      });
    const [shenzhen, hongKong] = await vertices();
    expect(atlas!.requests.some((url) => url.includes('/detail-'))).toBe(false);
    await page.evaluate(() => window.__atlas!.map!.jumpTo({ center: [114.05, 22.52], zoom: 10 }));
    await expect.poll(() => atlas!.requests.some((url) => url.includes('/detail-'))).toBe(true);
    await expect.poll(async () => (await vertices())[0]).toBeGreaterThan(2 * shenzhen);
    expect((await vertices())[1]).toBeGreaterThan(2 * hongKong);
  });

  it('says so when a city has no port of entry', async () => {
    const page = await open('#sel=441600');
    await expect.poll(() => selectedCardId(page)).toBe('441600');
    expect(await page.getByTestId('no-port-note').textContent()).toContain('河源');
  });

  it('lists the plan’s 13 single-window platforms in About, fetched only when it opens', async () => {
    const page = await open('');
    expect(atlas!.requests.some((url) => url.includes('/platforms-'))).toBe(false);
    await page.evaluate(() => (location.hash = '#panel=about'));
    const items = page.getByTestId('platforms').locator('li[data-id]');
    await expect.poll(() => items.count()).toBe(13);
    expect(await items.first().textContent()).toContain('广东省跨境贸易大数据平台');
  });

  it('fetches online tiles only after the user switches an online basemap on', async () => {
    const page = await open('#panel=filters');
    expect(atlas!.offOrigin).toEqual([]);
    await page.getByTestId('basemap-chooser').locator('input[value="osm"]').check();
    await expect.poll(() => atlas!.offOrigin.some((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(await hash(page)).toContain('basemap=osm');
    // The credit line names the tiles' source beside the offline basemap's.
    const credits = page.getByTestId('map-credits');
    await expect.poll(() => credits.textContent()).toContain('© OpenStreetMap contributors');
    // 天地图 needs a key: credited once one is saved, with the map drawn from it.
    await page.getByTestId('basemap-chooser').locator('input[value="tianditu"]').check();
    await expect.poll(() => credits.textContent()).not.toContain('OpenStreetMap');
    expect(await credits.textContent()).not.toContain('天地图');
    const key = page.getByTestId('basemap-chooser').locator('.key-input input');
    await key.fill('test-key');
    await key.blur();
    await expect.poll(() => credits.textContent()).toContain('天地图 © 国家地理信息公共服务平台');
    await expect.poll(() => atlas!.offOrigin.some((url) => url.includes('tianditu.gov.cn'))).toBe(true);
    // The harness blocked those requests; the check below is only about the default view.
    atlas!.offOrigin.length = 0;
  });
});
