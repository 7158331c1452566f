import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type AtlasPage, openAtlas } from './harness.ts';
import { colourDistance, hash, isolatedMarkers, lonePortMarkerColours, mapState, markerScreenProblems, pngColours, rendered, settle, waitForMapIdle, waitForMoveEnd } from './driver.ts';
import { projects, railRoutes, seaRoutes, tour, type TourStep } from './geodata.ts';
import { FIT_MAX_ZOOM, FLY_PADDING } from '../../src/map/fly-padding.ts';

let atlas: AtlasPage | null = null;
afterEach(async () => {
  expect(atlas?.offOrigin ?? []).toEqual([]);
  await atlas?.close();
  atlas = null;
});

const projector = { width: 1920, height: 1080 };

/**
 * How far the camera is from where a tour step puts it: px between the map's centre and the step's
 * centre (for bounds, the centre and zoom that fit them as the app frames them in presentation mode),
 * and the difference of zoom.
 */
function cameraOffTarget(page: Page, camera: TourStep['camera'], presenting = true): Promise<{ px: number; zoom: number; moving: boolean }> {
  return page.evaluate(
    ({ camera, padding, maxZoom }) => {
      const map = window.__atlas!.map!;
      const target = camera.bounds ? map.cameraForBounds(camera.bounds, { padding, maxZoom })! : { center: camera.center!, zoom: camera.zoom! };
      const at = map.project(target.center as [number, number]);
      const { clientWidth, clientHeight } = map.getContainer();
      return { px: Math.hypot(at.x - clientWidth / 2, at.y - clientHeight / 2), zoom: Math.abs(map.getZoom() - target.zoom!), moving: map.isMoving() };
    },
    { camera, padding: presenting ? FLY_PADDING.present : FLY_PADDING.normal, maxZoom: FIT_MAX_ZOOM },
  );
}

async function open(hashText = '', options: { reducedMotion?: boolean; clock?: boolean } = {}) {
  atlas = await openAtlas({ hash: hashText, viewport: projector, ...options });
  await waitForMapIdle(atlas.page);
  return atlas.page;
}

describe('presentation mode', () => {
  it('enters with the button, uses large type, and leaves with Esc', async () => {
    const page = await open();
    await page.getByTestId('present-enter').click();
    await expect.poll(() => hash(page)).toContain('present=1');
    expect(await page.evaluate(() => document.body.classList.contains('presenting'))).toBe(true);
    const bar = page.getByTestId('presentation-bar');
    await bar.waitFor();
    const size = await bar.locator('.tour-caption').first().evaluate((el) => parseFloat(getComputedStyle(el.querySelector('p') ?? el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    expect(await page.getByTestId('search-input').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => hash(page)).not.toContain('present=1');
    expect(await page.evaluate(() => document.body.classList.contains('presenting'))).toBe(false);
  });

  it('walks the whole tour with clicker keys, moving the camera and layers at each step', { timeout: 600_000 }, async () => {
    const page = await open('#present=1');
    await page.getByTestId('presentation-bar').waitFor();
    for (let n = 1; n <= tour.steps.length; n++) {
      const step = tour.steps[n - 1];
      // Each step starts from a camera elsewhere, so arriving proves the step moved it: the previous step's,
      // or, where that is the same view (the last steps share the province's bounds), 1.5 zoom levels closer.
      if ((await cameraOffTarget(page, step.camera)).zoom < 1) await page.evaluate(() => window.__atlas!.map!.jumpTo({ zoom: window.__atlas!.map!.getZoom() + 1.5 }));
      const away = await cameraOffTarget(page, step.camera);
      expect(away.px > 100 || away.zoom > 1, `step ${n} starts elsewhere (${JSON.stringify(away)})`).toBe(true);
      await page.keyboard.press(n === 1 ? 'Space' : 'ArrowRight');
      await expect.poll(() => hash(page)).toContain(`tour=${n}`);
      await expect
        .poll(async () => {
          const off = await cameraOffTarget(page, step.camera);
          return off.moving || off.px > 3 || off.zoom > 0.5 ? off : 'there';
        }, { timeout: 20_000, message: `step ${n} camera` })
        .toBe('there');
      expect(await page.getByTestId('tour-title').textContent()).toBe(step.title_zh);
      expect(await page.getByTestId('tour-caption').textContent()).not.toMatch(/[{}]/);
      await waitForMoveEnd(page);
      const wanted = new URLSearchParams(step.state).get('layers')!.split(',');
      await expect
        .poll(async () => {
          const layers = await rendered(page);
          return (
            (wanted.includes('projects') || (layers.projects ?? []).length === 0) &&
            (!wanted.includes('sea') || (layers['sea-routes'] ?? []).length === seaRoutes.length) &&
            (!wanted.includes('rail') || (layers['rail-routes'] ?? []).length === railRoutes.length)
          );
        }, { message: `step ${n} layers` })
        .toBe(true);
      // And the step's filters: every marker drawn is of its port types and, for a project, of its plan column.
      const params = new URLSearchParams(step.state);
      const types = params.get('types')?.split(',');
      const column = params.get('column');
      await expect
        .poll(async () => {
          const drawn = await page.evaluate(() =>
            [...window.__atlas!.drawn('ports'), ...window.__atlas!.drawn('projects')].map((f) => ({ id: String(f.properties.id), type: String(f.properties.port_type), column: String(f.properties.column) })),
          );
          const wrong = drawn.filter((f) => (types && !types.includes(f.type)) || (column && f.id.startsWith('proj-') && f.column !== column)).map((f) => f.id);
          const noProjects = wanted.includes('projects') && params.get('display') !== 'clusters' && !drawn.some((f) => f.id.startsWith('proj-'));
          return noProjects ? ['(no project drawn)', ...wrong] : wrong;
        }, { message: `step ${n} filters` })
        .toEqual([]);
      await page.screenshot({ path: `.tmp/screenshots/tour-step-${n}.png` });
    }
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hash(page)).toContain(`tour=${tour.steps.length - 1}`);
    await page.keyboard.press('Home');
    await expect.poll(() => hash(page)).toMatch(/tour=1(&|$)/);
    await page.keyboard.press('End');
    await expect.poll(() => hash(page)).toContain(`tour=${tour.steps.length}`);
    await page.keyboard.press('3');
    await expect.poll(() => hash(page)).toContain('tour=3');
    await page.locator('.tour-dots button[data-step="5"]').click();
    await expect.poll(() => hash(page)).toContain('tour=5');
  });

  it('opens a step from a tour= link with that step’s filters', async () => {
    const page = await open('#tour=3');
    await expect.poll(() => page.getByTestId('tour-title').textContent()).toBe(tour.steps[2].title_zh);
    await expect.poll(() => hash(page)).toContain('column=2');
    const state = new URLSearchParams(tour.steps[2].state);
    const inStep = projects.filter((p) => String(p.column) === state.get('column') && state.get('types')!.split(',').includes(p.port_type)).map((p) => p.id);
    expect([...(await rendered(page)).projects].sort()).toEqual([...inStep].sort());
    // And on screen, once the camera has arrived: the column's projects drawn, the others' not.
    await expect.poll(() => cameraOffTarget(page, tour.steps[2].camera, false).then((off) => !off.moving && off.px <= 3), { timeout: 20_000 }).toBe(true);
    await waitForMapIdle(page);
    const lone = await isolatedMarkers(page, projects.map((p) => p.id));
    const shown = lone.filter((id) => inStep.includes(id));
    const hidden = lone.filter((id) => !inStep.includes(id));
    expect(shown.length, 'lone projects of the step').toBeGreaterThanOrEqual(2);
    expect(hidden.length, 'lone projects of other columns').toBeGreaterThanOrEqual(2);
    expect(await markerScreenProblems(page, { shown, hidden })).toEqual([]);
  });
});

describe('moving routes', () => {
  const tripTime = (page: Page) =>
    page.evaluate(() => {
      const layer = (window.__atlas!.layers as unknown as { id: string; props: { currentTime: number } }[]).find((l) => l.id === 'trips');
      return layer ? layer.props.currentTime : null;
    });

  // The page's timers run on Playwright's clock: "stands still" is checked after advancing it two seconds
  // (60 steps of the animation's timer), not after sleeping.
  it('animates ships along the lanes, and pauses', async () => {
    const page = await open('#layers=sea&anim=1&present=1', { clock: true });
    await expect.poll(() => tripTime(page)).not.toBeNull();
    const first = await tripTime(page);
    await expect.poll(() => tripTime(page), { timeout: 20_000 }).not.toBe(first);
    const toggle = page.getByTestId('anim-toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    const paused = await tripTime(page);
    await page.clock.runFor(2000);
    await settle(page);
    expect(await tripTime(page)).toBe(paused);
    // Playing again moves on from there under the same clock, so the check above could have failed.
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await page.clock.runFor(2000);
    await expect.poll(() => tripTime(page)).not.toBe(paused);
  });

  it('stands still for users who prefer reduced motion', async () => {
    const page = await open('#layers=sea&anim=1', { reducedMotion: true, clock: true });
    await expect.poll(() => tripTime(page)).not.toBeNull();
    const first = await tripTime(page);
    await page.clock.runFor(2000);
    await settle(page);
    expect(await tripTime(page)).toBe(first);
  });
});

/** Width and height from a PNG's IHDR chunk, and its colours at the given image pixels (decoded in the page). */
async function inspectPng(page: Page, file: string, points: { x: number; y: number }[]) {
  const bytes = readFileSync(file);
  const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  return { ...size, colours: await pngColours(page, bytes, points) };
}

describe('image export', () => {
  it('saves slide and print PNGs at their sizes, with the markers where the map has them', { timeout: 120_000 }, async () => {
    const page = await open('#map=8.20/22.6000/113.8000&types=land,water');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-png-'));
    // Ports standing alone on screen, in their colours; the export keeps the centre and scales the view by
    // its width over the map's (src/export/export-png.ts), so each lands at a known pixel of the image.
    const box = (await page.getByTestId('map').boundingBox())!;
    const lone = (await lonePortMarkerColours(page)).filter((m) => colourDistance(m.got, m.expected) <= 24);
    await page.getByTestId('export-open').click();
    for (const [size, width, height] of [['slide', 1920, 1080], ['a4', 1754, 1240]] as const) {
      const scale = width / box.width;
      // Only the middle of the image: the title band, legend, north arrow and footer are drawn over the rest.
      const inMap = lone
        .map((m) => ({ ...m, at: { x: width / 2 + (m.point.x - box.x - box.width / 2) * scale, y: height / 2 + (m.point.y - box.y - box.height / 2) * scale } }))
        .filter(({ at }) => at.x > width * 0.3 && at.x < width * 0.7 && at.y > height * 0.25 && at.y < height * 0.7);
      expect(inMap.length, `${size}: lone markers in the middle of the image`).toBeGreaterThanOrEqual(2);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-menu').locator(`button[data-size="${size}"]`).click()]);
      const file = join(dir, `${size}.png`);
      await download.saveAs(file);
      const png = await inspectPng(page, file, inMap.map((m) => m.at));
      expect(png.width).toBe(width);
      expect(png.height).toBe(height);
      inMap.forEach((m, i) => expect(colourDistance(png.colours[i], m.expected), `${size}: ${m.id} shows ${png.colours[i]}`).toBeLessThanOrEqual(24));
      await page.screenshot({ path: `.tmp/screenshots/after-export-${size}.png` });
    }
    // The map is back at its own size and place afterwards.
    const view = await mapState(page);
    expect(view.zoom).toBeCloseTo(8.2, 1);
  });
});
