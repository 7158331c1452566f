import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PORT_TYPE_SYMBOLS } from '../../src/layers/symbols.ts';
import { colourDistance, hash, hexRgb, lngLatScreenPoint, markerScreenPoints, screenPixels, switchLanguage } from './driver.ts';
import { atlasPerTest } from './harness.ts';

const { open, current } = atlasPerTest();


const LUOHU = 'port-luohu';
const SHENZHEN_BAY = 'port-shenzhen-bay';
const HUANGGANG = 'port-huanggang';

/** The list rows' data-open, once the crossings have loaded and the rows carry it. */
async function openOfRows(page: Page, ids: string[]): Promise<string[]> {
  await page.locator(`tr[data-id="${ids[0]}"][data-open]`).waitFor();
  return Promise.all(ids.map((id) => page.locator(`tr[data-id="${id}"]`).getAttribute('data-open') as Promise<string>));
}

const setHash = (page: Page, text: string) => page.evaluate((text) => (location.hash = text), text);

describe('open= : which ports are open at a Beijing time', () => {
  it('罗湖 and 深圳湾 (06:30–24:00) are closed at 02:00 and open at 10:00; 皇岗 (24 hours) is open at 02:00', async () => {
    const page = await open('#open=02:00&panel=list');
    expect(await openOfRows(page, [LUOHU, SHENZHEN_BAY, HUANGGANG])).toEqual(['no', 'no', 'yes']);
    await expect.poll(() => page.locator(`tr[data-id="${LUOHU}"] .closed-note`).textContent()).toContain('此时关闭');
    await setHash(page, '#open=10:00&panel=list');
    await expect.poll(() => openOfRows(page, [LUOHU, SHENZHEN_BAY, HUANGGANG])).toEqual(['yes', 'yes', 'yes']);
    expect(await page.locator(`tr[data-id="${LUOHU}"] .closed-note`).count()).toBe(0);
    // The list's own control: any time clears open=, a chosen time sets it.
    await page.getByTestId('open-off').check();
    await expect.poll(() => page.locator('tr[data-open]').count()).toBe(0);
    expect(await hash(page)).not.toContain('open=');
    await page.getByTestId('open-chosen').check();
    await page.getByTestId('open-time').fill('02:00');
    await expect.poll(() => openOfRows(page, [LUOHU, HUANGGANG])).toEqual(['no', 'yes']);
    expect(await hash(page)).toContain('open=02:00');
  });

  it('draws a closed port faded on the map and the same port at full colour when open', async () => {
    const page = await open('#map=13.00/22.5200/113.9460&open=10:00');
    const land = hexRgb(PORT_TYPE_SYMBOLS.land.colour);
    const point = (await markerScreenPoints(page, [SHENZHEN_BAY]))[SHENZHEN_BAY]!;
    expect(point).not.toBeNull();
    const colourAt = async () => (await screenPixels(page, [point]))[0];
    await expect.poll(async () => colourDistance(await colourAt(), land)).toBeLessThan(30);
    await setHash(page, '#map=13.00/22.5200/113.9460&open=02:00');
    await expect.poll(async () => colourDistance(await colourAt(), land)).toBeGreaterThan(80);
    // The legend says what the faint markers mean, and stops saying it once no time is asked.
    await expect.poll(() => page.getByTestId('legend-faded').textContent()).toMatch(/^淡色口岸：北京时间 02:00 关闭（[1-9]\d*）$/);
    // Pointed at, it says why it is faint.
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.getByTestId('map-tooltip').textContent()).toContain('此时关闭');
    await setHash(page, '#map=13.00/22.5200/113.9460');
    await expect.poll(() => page.getByTestId('legend-faded').count()).toBe(0);
  });

  it('drops 25:00, 7pm and abc with the usual notice, and the rest of the link still applies', async () => {
    const page = await open('#lang=en&open=25:00&open=7pm&open=abc&panel=list');
    const notice = page.getByTestId('ignored-params');
    await expect.poll(() => notice.textContent()).toContain('open=25:00');
    expect(await notice.textContent()).toContain('open=7pm');
    expect(await notice.textContent()).toContain('open=abc');
    expect(await hash(page)).not.toContain('open=');
    expect(await page.locator('tr[data-open]').count()).toBe(0);
    expect(await page.getByTestId('panel-list').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('a crossing’s card', () => {
  it('shows the hours in Chinese and in English, says whether it is open at the time, and draws the other side', async () => {
    const page = await open(`#sel=${LUOHU}&open=02:00`);
    const card = page.getByTestId('detail-card');
    await expect.poll(() => card.getByTestId('card-hours').textContent()).toBe('06:30–24:00');
    expect(await card.getByTestId('crossing-fields').textContent()).toContain('旅客通关时间');
    expect(await card.getByTestId('card-open').textContent()).toContain('此时关闭');
    expect(await card.getByTestId('crossing-fields').textContent()).toContain('罗湖管制站');
    expect(await card.getByTestId('crossing-sources').locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('context-marker').waitFor();
    await switchLanguage(page);
    await expect.poll(() => card.getByTestId('crossing-fields').textContent()).toContain('Passenger hours');
    expect(await card.getByTestId('card-hours').textContent()).toBe('06:30–24:00');
    expect(await card.getByTestId('card-open').textContent()).toContain('Closed at this time');
    expect(await card.getByTestId('crossing-fields').textContent()).toContain('Lo Wu Control Point');
    await page.getByTestId('close-card').click();
    await expect.poll(() => page.getByTestId('context-marker').count()).toBe(0);
  });
});

describe('Which crossing?', () => {
  const results = (page: Page) => page.getByTestId('guide-results').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));

  it('loads crossings.json only when the guide opens, not with the first view', async () => {
    const page = await open('');
    expect(current()!.requests.some((url) => url.includes('/crossings-'))).toBe(false);
    await page.getByTestId('panel-guide').click();
    await expect.poll(() => results(page)).toContain(LUOHU);
    expect(current()!.requests.filter((url) => url.includes('/crossings-'))).toHaveLength(1);
  });

  it('lists the crossings for how one travels and when: by car, 罗湖 (on foot only) is not among them', async () => {
    const page = await open('#panel=guide');
    await expect.poll(() => results(page)).toContain(LUOHU);
    await page.getByTestId('guide-mode-car').check();
    await expect.poll(() => results(page)).not.toContain(LUOHU);
    expect(await results(page)).toEqual(expect.arrayContaining([SHENZHEN_BAY, HUANGGANG]));
    await page.getByTestId('guide-mode-walk').check();
    await expect.poll(() => results(page)).toContain(LUOHU);
    // At 02:00 on foot: the 24-hour crossings, not 罗湖 or 深圳湾.
    await page.getByTestId('open-chosen').check();
    await page.getByTestId('open-time').fill('02:00');
    await expect.poll(() => hash(page)).toContain('open=02:00');
    await expect.poll(() => results(page)).not.toContain(LUOHU);
    expect(await results(page)).not.toContain(SHENZHEN_BAY);
    expect(await results(page)).toContain(HUANGGANG);
  });

  it('puts the nearest first from a chosen city', async () => {
    const page = await open('#panel=guide');
    await expect.poll(() => results(page)).toContain(LUOHU);
    await page.getByTestId('guide-from-city').selectOption('440400');
    await expect.poll(async () => (await results(page))[0]).toMatch(/^port-(gongbei|hengqin|qingmao|hzmb-zhuhai|zhuhai-macao-cbia)$/);
  });

  it('takes a point clicked on the map as the starting place, without selecting anything', async () => {
    const page = await open('#panel=guide&map=10.00/22.3500/113.7000');
    await expect.poll(() => results(page)).toContain(LUOHU);
    await page.getByTestId('guide-pick').click();
    await page.getByTestId('guide-pick-hint').waitFor();
    const point = await lngLatScreenPoint(page, [113.58, 22.27]);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByTestId('guide-results').getAttribute('data-from')).toBe('map');
    expect((await results(page))[0]).toMatch(/^port-(gongbei|hengqin|qingmao|hzmb-zhuhai|zhuhai-macao-cbia|jiuzhou|wanzai)$/);
    expect(await page.getByTestId('detail-card').count()).toBe(0);
  });

  it('uses the browser’s location when granted (Permissions-Policy geolocation=(self))', async () => {
    const page = await open('#panel=guide', { geolocation: { latitude: 22.25, longitude: 113.55 } });
    await expect.poll(() => results(page)).toContain(LUOHU);
    await page.getByTestId('guide-locate').click();
    await expect.poll(() => page.getByTestId('guide-results').getAttribute('data-from')).toBe('here');
    expect((await results(page))[0]).toMatch(/^port-(gongbei|hengqin|qingmao|hzmb-zhuhai|zhuhai-macao-cbia)$/);
    expect(await page.getByTestId('guide-location-error').count()).toBe(0);
  });

  it('says so clearly when the location is refused, and the list stays usable', async () => {
    const page = await open('#panel=guide');
    await expect.poll(() => results(page)).toContain(LUOHU);
    await page.getByTestId('guide-locate').click();
    await expect.poll(() => page.getByTestId('guide-location-error').textContent()).toContain('无法获取您的位置');
    expect(await results(page)).toContain(LUOHU);
    await page.getByTestId('guide-mode-car').check();
    await expect.poll(() => results(page)).not.toContain(LUOHU);
  });
});
