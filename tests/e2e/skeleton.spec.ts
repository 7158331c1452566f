import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasPage, openAtlas } from './harness.ts';
import { labelLanguageField, mapState, provinceViewProblems, renderedLabels, switchLanguage, waitForMapIdle } from './driver.ts';

let atlas: AtlasPage | null = null;
afterEach(async () => {
  await atlas?.close();
  atlas = null;
});

describe('the offline map of Guangdong', () => {
  it('opens on the whole province, draws sea, land and markers where they belong, labels all 21 cities, with no request off the origin', async () => {
    atlas = await openAtlas();
    await waitForMapIdle(atlas.page);
    const state = await mapState(atlas.page);
    const [west, south, east, north] = state.bounds;
    expect(west).toBeLessThan(109.7);
    expect(east).toBeGreaterThan(117.2);
    expect(south).toBeLessThan(20.3);
    expect(north).toBeGreaterThan(25.4);
    // Drawn means: the sea and the land in their theme colours, and each port that stands alone on screen
    // in its type's colour where its marker belongs.
    expect(await provinceViewProblems(atlas.page)).toEqual([]);
    const labels = await renderedLabels(atlas.page, 'city-labels', 'adcode');
    expect(labels).toHaveLength(21);
    expect(atlas.offOrigin).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it('draws its own text from the font cut to the app\'s characters, and a character it never shows from the full font', async () => {
    atlas = await openAtlas();
    await waitForMapIdle(atlas.page);
    const fonts = () => atlas!.requests.filter((url) => url.endsWith('.woff2')).map((url) => url.split('/').pop()!);
    // Labels, panels and legend: only the subset faces (scripts/lib/font-subset-plugin.ts), none of the ~30 KB slices.
    expect(fonts().length).toBeGreaterThan(5);
    expect(fonts().filter((name) => !name.startsWith('noto-sans-sc-subset-'))).toEqual([]);
    // 龘 appears nowhere in the app: typed into the search box, it still gets Noto Sans SC, from its full slice.
    await atlas.page.getByTestId('search-input').fill('龘');
    await expect.poll(() => fonts().some((name) => /^noto-sans-sc-\d+-400-normal-/.test(name))).toBe(true);
    // Requested is not yet loaded: wait until the browser has the face ready to draw it.
    await expect.poll(() => atlas!.page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '龘'))).toBe(true);
  });

  it('switches the labels to English and back without reloading, and keeps the language in the link', async () => {
    atlas = await openAtlas();
    await waitForMapIdle(atlas.page);
    await atlas.page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await switchLanguage(atlas.page);
    await expect.poll(() => labelLanguageField(atlas!.page, 'city-labels')).toEqual(['get', 'name_en']);
    expect(await atlas.page.evaluate(() => location.hash)).toContain('lang=en');
    await expect.poll(() => atlas!.page.locator('html').getAttribute('lang')).toBe('en');
    await switchLanguage(atlas.page);
    await expect.poll(() => labelLanguageField(atlas!.page, 'city-labels')).toEqual(['get', 'name_zh']);
    expect(await atlas.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(atlas.offOrigin).toEqual([]);
  });

  it('opens an English link with a map view as given', async () => {
    atlas = await openAtlas({ hash: '#map=9.00/22.5000/113.9000&lang=en' });
    await waitForMapIdle(atlas.page);
    const state = await mapState(atlas.page);
    expect(state.zoom).toBeCloseTo(9, 1);
    expect(state.center.lat).toBeCloseTo(22.5, 2);
    expect(await labelLanguageField(atlas.page, 'city-labels')).toEqual(['get', 'name_en']);
  });

  it('ignores a malformed link parameter with a notice and still shows the map', async () => {
    atlas = await openAtlas({ hash: '#lang=fr&map=banana&zoom=3' });
    await waitForMapIdle(atlas.page);
    const notice = atlas.page.getByTestId('ignored-params');
    await expect.poll(() => notice.textContent()).toContain('lang=fr');
    expect(await notice.textContent()).toContain('map=banana');
    expect(await renderedLabels(atlas.page, 'city-labels', 'adcode')).toHaveLength(21);
  });

  it('names the geodata file that failed to load instead of showing a blank page', async () => {
    atlas = await openAtlas({ corrupt: { urlPart: '/cities-', body: '<!doctype html><html>' } });
    const error = atlas.page.getByTestId('load-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('cities.geojson');
  });
});
