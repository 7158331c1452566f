import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasPerTest } from './harness.ts';
import { colourDistance, hash, hexRgb, isolatedMarkers, markerPixelsAt, markerScreenProblems, rendered, selectedCardId, settle, waitForMapIdle } from './driver.ts';
import { PORT_TYPE_SYMBOLS } from '../../src/layers/symbols.ts';
import { ports, projects } from './geodata.ts';

const { open, close } = atlasPerTest();


const LIANTANG = 'port-liantang';
const WEST_KOWLOON = 'port-west-kowloon-station';
const EAST_STATION = 'port-guangzhou-east-station';

/** The list's rows: id → the status it carries for the day shown. */
function listStatuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('tr[data-id]')].map((row) => [row.getAttribute('data-id'), row.getAttribute('data-status')])),
  );
}

/** Where a port is, from the geodata. */
const placeOf = (id: string) => ports.find((p) => p.id === id)!;

/**
 * What is wrong on screen with one port's marker, seen close up (zoom 12, centred on it, standing alone):
 * hidden, or shown with the icon `key` (markerKey: `kind:type:precision:status:f:u`, f = faded as closed).
 */
async function centreOn(page: Page, id: string): Promise<void> {
  const coordinates = await page.evaluate((id) => window.__atlas!.data!.index.ports.get(id)!.geometry.coordinates as [number, number], placeOf(id).id);
  // Into the middle of the widest stretch of map no panel or card covers.
  await page.evaluate((center) => {
    const map = window.__atlas!.map!;
    const box = map.getContainer().getBoundingClientRect();
    const y = box.top + box.height / 2;
    let best = { from: 0, to: 0 };
    let from: number | null = null;
    for (let x = box.left; x <= box.right; x += 8) {
      const open = document.elementFromPoint(x, y)?.tagName === 'CANVAS';
      if (open && from === null) from = x;
      if ((!open || x + 8 > box.right) && from !== null) {
        if (x - from > best.to - best.from) best = { from, to: x };
        from = null;
      }
    }
    map.easeTo({ center, zoom: 12, duration: 0, offset: [(best.from + best.to) / 2 - box.left - box.width / 2, 0] });
  }, coordinates);
  await waitForMapIdle(page);
  expect(await isolatedMarkers(page, [id]), `${id} stands alone at zoom 12`).toEqual([id]);
}

async function portOnScreen(page: Page, id: string, key: string | null): Promise<string[]> {
  await centreOn(page, id);
  return markerScreenProblems(page, key ? { shown: { [id]: key } } : { hidden: [id] });
}

const shownDate = (page: Page) => page.getByTestId('timeline-date').textContent();

describe('the atlas at a date', () => {
  it('at 2015-01-01 leaves out Liantang and West Kowloon, and draws the Guangzhou East through-train port open', async () => {
    const page = await open('#asof=2015-01-01&panel=list');
    expect(await shownDate(page)).toContain('2015-01-01');
    const drawn = await rendered(page);
    expect(drawn.ports).not.toContain(LIANTANG);
    expect(drawn.ports).not.toContain(WEST_KOWLOON);
    expect(drawn.ports).toContain(EAST_STATION);
    await page.locator(`tr[data-id="${EAST_STATION}"]`).waitFor();
    const rows = await listStatuses(page);
    expect(rows[LIANTANG]).toBeUndefined();
    expect(rows[WEST_KOWLOON]).toBeUndefined();
    expect(rows[EAST_STATION]).toBe('open');
    // On screen: the two later ports are not drawn, the through-train port is, at full strength.
    expect(await portOnScreen(page, LIANTANG, null)).toEqual([]);
    expect(await portOnScreen(page, WEST_KOWLOON, null)).toEqual([]);
    expect(await portOnScreen(page, EAST_STATION, 'port:rail:exact:::')).toEqual([]);
    // Ports whose opening day no source gives are shown, and say so in the list and the legend.
    const undated = await page.locator('tr[data-date-unknown]').count();
    expect(undated).toBeGreaterThan(0);
    await page.getByTestId('panel-legend').click();
    await expect.poll(() => page.getByTestId('legend-date-unknown').textContent()).toContain('开放日期不详');
  });

  it('at 2024-08-01 draws the Guangzhou East through-train port closed, and says so on its card', async () => {
    const page = await open(`#asof=2024-08-01&panel=list&sel=${EAST_STATION}`);
    await page.locator(`tr[data-id="${EAST_STATION}"]`).waitFor();
    expect((await listStatuses(page))[EAST_STATION]).toBe('closed');
    expect(await page.getByTestId('card-as-of').getAttribute('data-status')).toBe('closed');
    // Selected, the marker is drawn once more on top (name-focus): with that day's faded icon, not the open one.
    await centreOn(page, EAST_STATION);
    const [selected] = await markerPixelsAt(page, [EAST_STATION]);
    const centre = selected.got[Math.floor(selected.got.length / 2)];
    expect(colourDistance(centre, hexRgb(PORT_TYPE_SYMBOLS.rail.colour)), `selected ${EAST_STATION} shows ${centre}`).toBeGreaterThan(30);
    expect(colourDistance(centre, selected.background[Math.floor(selected.got.length / 2)])).toBeGreaterThan(30);
    // Not selected, it is the faded marker alone.
    await page.evaluate(() => (location.hash = '#asof=2024-08-01&panel=list'));
    await expect.poll(() => selectedCardId(page)).toBeNull();
    expect(await portOnScreen(page, EAST_STATION, 'port:rail:exact::f:')).toEqual([]);
    expect((await rendered(page)).ports).toContain(LIANTANG);
    expect(await portOnScreen(page, LIANTANG, 'port:land:exact:::')).toEqual([]);
  });

  it('at the plan’s start (2021-12-31) has no project open but Qingmao, recorded as opened before the plan was issued', async () => {
    const page = await open('#asof=2021-12-31&panel=list&layers=projects');
    await page.locator('tr[data-id^="proj-"]').first().waitFor();
    const rows = await listStatuses(page);
    expect(Object.keys(rows)).toHaveLength(108);
    const opened = Object.entries(rows).filter(([, status]) => status === 'open').map(([id]) => id);
    expect(opened).toEqual(['proj-c3-06']);
    const history = await page.evaluate(() => window.__atlas!.data!.index.projects.get('proj-c3-06')!.properties.status_history);
    expect(history.find((entry) => entry.status === 'open')?.note_en).toMatch(/before the plan was issued/);
    // Today, projects that opened during the plan period are open.
    await page.getByTestId('timeline-today').click();
    await expect.poll(async () => Object.values(await listStatuses(page)).filter((s) => s === 'open').length).toBe(projects.filter((p) => p.status === 'open').length);
  });

  it('draws routes the record cannot date faintly, the whole sea layer at once, and keeps a selected lane at full strength', async () => {
    const lane = 'sea-nansha-port-klang';
    const page = await open(`#asof=2015-01-01&sel=${lane}`);
    const routes = () =>
      page.evaluate(async () => {
        const map = window.__atlas!.map!;
        const state = (id: string) => map.getFeatureState({ source: 'rail-routes', id });
        const highlight = (await (map.getSource('route-selection') as import('maplibre-gl').GeoJSONSource).getData()) as GeoJSON.FeatureCollection;
        return {
          sea: map.getPaintProperty('sea-routes', 'line-opacity'),
          rail: map.getPaintProperty('rail-routes', 'line-opacity'),
          // Before 2015 only one service had run; those with no first run on record are shown faint, one by one.
          railDated: Boolean(state('rail-dongguan-shilong-russia-yuexinou').undated),
          railUndated: Boolean(state('rail-guangzhou-dalang-ulaanbaatar').undated),
          seaStateUndated: Boolean(map.getFeatureState({ source: 'sea-routes', id: 'sea-nansha-durban' }).undated),
          highlighted: map.getLayoutProperty('route-selection', 'visibility') === 'visible' ? highlight.features.length : 0,
        };
      });
    expect(await routes()).toEqual({ sea: 0.22, rail: 0.6, railDated: false, railUndated: true, seaStateUndated: false, highlighted: 1 });
    await page.evaluate((id) => (location.hash = `#sel=${id}`), lane);
    await expect.poll(async () => (await routes()).sea).toBe(0.6);
    expect(await routes()).toMatchObject({ rail: 0.6, railUndated: false, highlighted: 1 });
    // A lane the filters hide is not highlighted either.
    await page.evaluate((id) => (location.hash = `#sel=${id}&layers=ports,projects,rail`), lane);
    await expect.poll(async () => (await routes()).highlighted).toBe(0);
  });

  it('drops a malformed date, or one after today, with a notice naming it, and shows today', async () => {
    const page = await open('#asof=2021-02-30&lang=en');
    await expect.poll(() => page.getByTestId('ignored-params').textContent()).toContain('asof=2021-02-30');
    expect(await shownDate(page)).toContain('today');
    expect(await hash(page)).not.toContain('asof');
    await page.evaluate(() => (location.hash = '#asof=2999-01-01&lang=en'));
    await expect.poll(() => page.getByTestId('ignored-params').textContent()).toContain('asof=2999-01-01');
  });
});

describe('the timeline', () => {
  it('steps to the next and previous dated event, each a history entry Back undoes', async () => {
    const page = await open('#asof=2015-01-01');
    await page.getByTestId('timeline-next').click();
    await expect.poll(() => hash(page)).not.toContain('asof=2015-01-01');
    const next = (await hash(page)).match(/asof=([\d-]+)/)![1];
    expect(next > '2015-01-01').toBe(true);
    await page.getByTestId('timeline-previous').click();
    await expect.poll(() => hash(page)).not.toContain(`asof=${next}`);
    expect((await hash(page)).match(/asof=([\d-]+)/)![1] < '2015-01-01').toBe(true);
    await page.goBack();
    await expect.poll(() => hash(page)).toContain(`asof=${next}`);
    await page.goBack();
    await expect.poll(() => hash(page)).toContain('asof=2015-01-01');
    expect(await shownDate(page)).toContain('2015-01-01');
  });

  it('moves by month with the keyboard and the map follows', async () => {
    const page = await open('#asof=2018-08-31&layers=ports');
    expect((await rendered(page)).ports).not.toContain(WEST_KOWLOON);
    expect(await portOnScreen(page, WEST_KOWLOON, null)).toEqual([]);
    await page.getByTestId('timeline-slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hash(page)).toContain('asof=2018-09-30');
    await expect.poll(async () => (await rendered(page)).ports).toContain(WEST_KOWLOON);
    expect(await portOnScreen(page, WEST_KOWLOON, 'port:rail:exact:::')).toEqual([]);
  });

  it('plays through the dated events, stepping without animation under reduced motion, and pauses', async () => {
    // The page's timers run on Playwright's clock: "stays put" is checked after advancing it, not after sleeping.
    const page = await open('#asof=1950-01-31', { reducedMotion: true, clock: true });
    const play = page.getByTestId('timeline-play');
    await play.click();
    await expect.poll(() => hash(page)).toContain('asof=1950-07-01');
    const first = await hash(page);
    await expect.poll(() => hash(page), { timeout: 10_000 }).not.toBe(first);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="timeline-date"]')!).animationName)).toBe('none');
    // The clock stops before the pause, so no step can slip in between: what moves after it, pausing let move.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 10));
    await play.click();
    await settle(page);
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = await hash(page);
    const pausedDate = await shownDate(page);
    const pausedPorts = (await rendered(page)).ports;
    await page.clock.runFor(10_000);
    await settle(page);
    expect(await hash(page)).toBe(paused);
    expect(await shownDate(page)).toBe(pausedDate);
    expect((await rendered(page)).ports).toEqual(pausedPorts);
    // Back returns to where play began: play made one history entry, not one per step.
    await page.goBack();
    await expect.poll(() => hash(page)).toContain('asof=1950-01-31');
    expect(paused).not.toContain('1950-01-31');
  });
});

describe('the plan period, month by month', () => {
  it('plays from the plan’s start through its months', async () => {
    const page = await open('', { reducedMotion: true });
    await page.getByTestId('timeline-play-plan').click();
    await expect.poll(() => hash(page)).toContain('asof=2021-12-31');
    await expect.poll(() => hash(page), { timeout: 10_000 }).toContain('asof=2022-01-31');
    await page.getByTestId('timeline-play-plan').click();
    expect(await page.getByTestId('timeline-play-plan').getAttribute('aria-pressed')).toBe('false');
  });
});

describe('plan progress', () => {
  it('counts the projects by status per column, region and city as the data say, with a sentence', async () => {
    const page = await open('#asof=2025-12-31&panel=progress&lang=en');
    await page.getByTestId('progress-table').waitFor();
    const expected = await page.evaluate(() => {
      const data = window.__atlas!.data!;
      const statusOn = (history: { status: string; date: string }[], day: string) => {
        let status = 'planned';
        for (const entry of history) if (entry.date.localeCompare(day.slice(0, entry.date.length)) <= 0) status = entry.status;
        return status;
      };
      const counts: Record<string, number> = {};
      for (const f of data.projects.features) {
        const p = f.properties;
        const status = statusOn(p.status_history, '2025-12-31');
        for (const key of [`column:${p.column}`, `region:${data.index.regionOfCity.get(p.city)}`, `city:${p.city}`, 'all']) {
          counts[`${key}:${status}`] = (counts[`${key}:${status}`] ?? 0) + 1;
        }
      }
      return counts;
    });
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('tr[data-column], tr[data-region], tr[data-city]')].flatMap((row) => {
        const group = ['column', 'region', 'city'].find((g) => row.hasAttribute(`data-${g}`))!;
        const key = `${group}:${row.getAttribute(`data-${group}`)}`;
        return [...row.querySelectorAll('td[data-status]')].map((cell) => [`${key}:${cell.getAttribute('data-status')}`, Number(cell.textContent)] as const);
      }),
    );
    expect(await page.locator('tr[data-column]').count()).toBe(5);
    expect(cells.length).toBeGreaterThan(0);
    for (const [key, count] of cells) expect(count, key).toBe(expected[key] ?? 0);
    expect(await page.locator('tr[data-region]').count()).toBe(4);
    const sentence = await page.getByTestId('progress-sentence').textContent();
    expect(sentence).toBe(
      `By 2025-12-31, ${expected['all:open'] ?? 0} of 108 projects are open and ${expected['all:under-construction'] ?? 0} under construction; ${expected['all:planned']} have no reported progress.`,
    );
    const download = page.waitForEvent('download');
    await page.getByTestId('progress-csv').click();
    expect((await download).suggestedFilename()).toBe('guangdong-plan-progress-2025-12-31.csv');
  });
});

describe('accessibility of the time views (axe-core)', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  it.each([
    ['progress panel at a past date', '#asof=2021-12-31&panel=progress', 'progress-table'],
    ['list and a card at a past date', '#asof=2015-01-01&panel=list&sel=port-yantian', 'card-as-of'],
  ])('finds no serious or critical problem in the %s', async (_name, hashText, testId) => {
    const page = await open(hashText, { bypassCsp: true });
    await page.getByTestId(testId).waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
  });
});

describe('screenshots of the timeline', () => {
  it('desktop, phone and presentation mode', { timeout: 120_000 }, async () => {
    for (const [name, hashText, viewport] of [
      ['time-desktop', '#asof=2015-01-01', { width: 1280, height: 800 }],
      ['time-phone', '#asof=2015-01-01', { width: 360, height: 740 }],
      ['time-present', '#asof=2021-12-31&present=1', { width: 1280, height: 800 }],
    ] as const) {
      const page = await open(hashText, { viewport });
      const box = await page.getByTestId('timeline').boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
      await page.screenshot({ path: `.tmp/screenshots/${name}.png` });
      await close();
    }
  });
});
