import { mapCentre, mapCentreLngLat, settleFrames, startFrameCounter, stopFrameCounter } from './page.ts';
import type { BenchPage, Screen } from './browser.ts';
import { round } from './stats.ts';

/** A scripted pan: 90 steps 33 ms apart over 300 px (about 3 s), as a hand drags the map; on a phone, over half the map's width at most. */
export const DRAG = { steps: 90, stepMs: 33, distancePx: 300 };

export interface DragResult {
  frames: number;
  seconds: number;
  fps: number;
  /** How far the map's centre moved ([lng, lat] degrees): a drag that moved nothing fails. */
  moved: [number, number];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Frames per second while dragging: a requestAnimationFrame counter runs in the page while the
 * pointer (the mouse; a finger on the phone, as touch events through CDP) goes down at the map's
 * centre, moves to the left (and a little up) in DRAG.steps steps DRAG.stepMs apart, and comes up;
 * frames ÷ seconds. It starts from a quiet page, after the whole default view is drawn, and checks
 * that the map's centre moved.
 *
 * The steps go out on the clock, each without waiting for the page to have handled the one before,
 * as a hand does not wait for the frame: Chromium then hands the page the latest position once per
 * frame. Waiting for each step made a drag on a 3 fps page last 30 s instead of 3.
 */
export async function measureDrag(bench: BenchPage, screen: Screen): Promise<DragResult> {
  const { page } = bench;
  await page.evaluate(settleFrames, { calm: 5, maxMs: 25, timeoutMs: 5_000 });
  const centre = await page.evaluate(mapCentre);
  const distance = Math.min(DRAG.distancePx, screen.width / 2);
  const before = await page.evaluate(mapCentreLngLat);
  const point = (i: number) => {
    const done = i / DRAG.steps;
    return { x: Math.round(centre.x - distance * done), y: Math.round(centre.y - (distance / 4) * done) };
  };
  const steps: Promise<unknown>[] = [];
  if (screen.hasTouch) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ ...at, id: 1 }] : [] });
    await page.evaluate(startFrameCounter);
    await touch('touchStart', point(0));
    for (let i = 1; i <= DRAG.steps; i++) {
      steps.push(touch('touchMove', point(i)));
      await sleep(DRAG.stepMs);
    }
    await Promise.all(steps);
    await touch('touchEnd');
    await cdp.detach();
  } else {
    await page.mouse.move(centre.x, centre.y);
    await page.evaluate(startFrameCounter);
    await page.mouse.down();
    for (let i = 1; i <= DRAG.steps; i++) {
      const { x, y } = point(i);
      steps.push(page.mouse.move(x, y));
      await sleep(DRAG.stepMs);
    }
    await Promise.all(steps);
    await page.mouse.up();
  }
  const { frames, ms } = await page.evaluate(stopFrameCounter);
  const after = await page.evaluate(mapCentreLngLat);
  const moved: [number, number] = [round(after[0] - before[0], 3), round(after[1] - before[1], 3)];
  // 300 px at the first view's zoom is about two degrees of longitude; a hundredth means it did not move.
  if (Math.abs(moved[0]) < 0.01 && Math.abs(moved[1]) < 0.01) {
    throw new Error(`${page.url()}: the ${screen.hasTouch ? 'touch' : 'mouse'} drag did not move the map (centre ${before.join(', ')} → ${after.join(', ')})`);
  }
  return { frames, seconds: round(ms / 1000, 2), fps: round(frames / (ms / 1000)), moved };
}
