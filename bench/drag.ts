import { mapCentre, settleFrames, startFrameCounter, stopFrameCounter } from './page.ts';
import type { BenchPage } from './browser.ts';
import { round } from './stats.ts';

/** A scripted pan: 90 mouse steps 33 ms apart over 300 px (about 3 s), as a hand drags the map. */
export const DRAG = { steps: 90, stepMs: 33, distancePx: 300 };

export interface DragResult {
  frames: number;
  seconds: number;
  fps: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Frames per second while dragging: a requestAnimationFrame counter runs in the page while the mouse
 * goes down at the map's centre, moves DRAG.distancePx to the left (and a little up) in DRAG.steps
 * steps DRAG.stepMs apart, and comes up; frames ÷ seconds. It starts from a quiet page.
 *
 * The steps go out on the clock, each without waiting for the page to have handled the one before,
 * as a hand does not wait for the frame: Chromium then hands the page the latest position once per
 * frame. Waiting for each step made a drag on a 3 fps page last 30 s instead of 3.
 */
export async function measureDrag(bench: BenchPage): Promise<DragResult> {
  const { page } = bench;
  await page.evaluate(settleFrames, { calm: 5, maxMs: 25, timeoutMs: 5_000 });
  const centre = await page.evaluate(mapCentre);
  await page.mouse.move(centre.x, centre.y);
  await page.evaluate(startFrameCounter);
  await page.mouse.down();
  const steps: Promise<void>[] = [];
  for (let i = 1; i <= DRAG.steps; i++) {
    const done = i / DRAG.steps;
    steps.push(page.mouse.move(centre.x - DRAG.distancePx * done, centre.y - (DRAG.distancePx / 4) * done));
    await sleep(DRAG.stepMs);
  }
  await Promise.all(steps);
  await page.mouse.up();
  const { frames, ms } = await page.evaluate(stopFrameCounter);
  return { frames, seconds: round(ms / 1000, 2), fps: round(frames / (ms / 1000)) };
}
