/**
 * What runs inside the page. Every function here is serialised by playwright, so each one is
 * self-contained and reaches the app only through window.__atlas (src/test-hook.ts).
 */

/** Written by the instrumentation below (app) or by bench/reference/main.ts (bare page). */
export interface BenchState {
  /** performance.now() (ms since navigation start) when the map object appeared. */
  mapAt: number | null;
  /** performance.now() of the first map 'idle' with deck layers set (the app) or of the first 'idle' (bare). */
  idleAt: number | null;
  /** How often the app has handed deck.gl a new layer list, and when it last did. */
  layerSets: number;
  layersAt: number;
  /** deck.gl frames drawn (counted only once hookDeckRenders ran), and when the last one ended. */
  deckRenders: number;
  deckRenderAt: number;
  onLayers: (() => void) | null;
}

/** The slice of window.__atlas the bench reads; declared locally so it never conflicts with the tests' own. */
export interface AtlasSlice {
  map: { on(type: string, listener: () => void): void } | null;
  deck: { setProps(props: Record<string, unknown>): void; getCanvas(): HTMLCanvasElement | null } | null;
  layers: { id: string; props: { data: unknown } }[];
}

export interface BenchWindow {
  __bench?: BenchState;
  __atlas?: AtlasSlice;
}

/**
 * Init script for the app: wraps window.__atlas in a Proxy the moment the app creates it, so the
 * bench learns exactly when the map appears, when it first goes idle with layers, and when layers change.
 */
export function instrumentAtlas(): void {
  const w = window as unknown as BenchWindow;
  const bench: BenchState = { mapAt: null, idleAt: null, layerSets: 0, layersAt: 0, deckRenders: 0, deckRenderAt: 0, onLayers: null };
  w.__bench = bench;
  let stored: AtlasSlice | undefined;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => stored,
    set(value: AtlasSlice) {
      stored = new Proxy(value, {
        set(target, key, next) {
          (target as unknown as Record<string | symbol, unknown>)[key] = next;
          if (key === 'layers') {
            bench.layerSets += 1;
            bench.layersAt = performance.now();
            bench.onLayers?.();
          }
          if (key === 'map' && next && bench.mapAt === null) {
            bench.mapAt = performance.now();
            const map = next as NonNullable<AtlasSlice['map']>;
            map.on('idle', () => {
              if (bench.idleAt === null && (stored?.layers.length ?? 0) > 0) bench.idleAt = performance.now();
            });
          }
          return true;
        },
      });
    },
  });
}

/** Counts deck.gl's drawn frames from now on (deck props are merged, so the app's later setLayers keeps it). */
export function hookDeckRenders(): void {
  const w = window as unknown as BenchWindow;
  const bench = w.__bench!;
  w.__atlas!.deck!.setProps({
    onAfterRender: () => {
      bench.deckRenders += 1;
      bench.deckRenderAt = performance.now();
    },
  });
}

export interface FilterChange {
  /** Hash write → deck.gl has finished drawing the changed layers (its onAfterRender). */
  ms: number;
  /** Hash write → the first animation frame after that draw: adds the wait for the display's next frame. */
  frameMs: number;
  /**
   * Until the GPU has finished deck.gl's frame (a 1-pixel readPixels on deck's canvas, taken after
   * `ms`). With software WebGL (SwiftShader) the drawing itself runs after the JS returns.
   */
  gpuMs: number;
  before: number;
  after: number;
}

/**
 * One filter change as a user makes it: the URL hash gains or loses `status=…` (the app listens to
 * hashchange). Timed from the hash write to the moment deck.gl has drawn the new projects layer
 * (the budgeted figure), and to the first animation frame after it (what the display adds).
 */
export function changeStatusFilter(arg: { status: string; add: boolean; timeoutMs: number }): Promise<FilterChange> {
  const w = window as unknown as BenchWindow;
  const bench = w.__bench!;
  const atlas = w.__atlas!;
  const projectsShown = () => {
    // A marker layer keeps every feature as data; those with a size above 0 are drawn (src/layers/point-layers.ts).
    const data = atlas.layers.find((l) => l.id === 'projects')?.props.data as (unknown[] & { attributes?: { getSize?: Float32Array } }) | undefined;
    if (!Array.isArray(data)) return -1;
    const sizes = data.attributes?.getSize;
    return sizes ? sizes.reduce((n, size) => (size > 0 ? n + 1 : n), 0) : data.length;
  };
  const params = location.hash.replace(/^#/, '').split('&').filter((p) => p !== '' && !p.startsWith('status='));
  if (arg.add) params.push(`status=${arg.status}`);
  const before = projectsShown();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      bench.onLayers = null;
      reject(new Error(`no new projects layer within ${arg.timeoutMs} ms of setting #${params.join('&')}`));
    }, arg.timeoutMs);
    const t0 = performance.now();
    const waitForDeckFrame = (layersAt: number) => {
      requestAnimationFrame(() => {
        if (bench.deckRenderAt < layersAt) return waitForDeckFrame(layersAt);
        const frameMs = performance.now() - t0;
        clearTimeout(timer);
        const gl = atlas.deck?.getCanvas()?.getContext('webgl2');
        gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        resolve({ ms: bench.deckRenderAt - t0, frameMs, gpuMs: gl ? performance.now() - t0 : Number.NaN, before, after: projectsShown() });
      });
    };
    bench.onLayers = () => {
      if (projectsShown() === before) return;
      bench.onLayers = null;
      waitForDeckFrame(bench.layersAt);
    };
    location.hash = params.join('&');
  });
}

/**
 * Resolves once frames come at a steady pace again (`calm` intervals in a row under `maxMs`), or
 * after `timeoutMs`. With software WebGL the frame after a redraw can take hundreds of ms to reach
 * the screen; starting the next change before that would time the backlog, not the change.
 */
export function settleFrames(arg: { calm: number; maxMs: number; timeoutMs: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let calm = 0;
    const tick = (now: number) => {
      calm = now - last < arg.maxMs ? calm + 1 : 0;
      last = now;
      if (calm >= arg.calm) return resolve(true);
      if (now - start > arg.timeoutMs) return resolve(false);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
