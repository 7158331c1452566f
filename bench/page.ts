/**
 * What runs inside the page. Every function here is serialised by playwright, so each one is
 * self-contained and reaches the app only through window.__atlas (src/test-hook.ts).
 */

/** Written by instrumentAtlas (the atlas) or by the peer pages themselves (bench/peers/view.ts). */
export interface BenchState {
  /** performance.now() (ms since navigation start) when the map (or chart) object appeared. */
  mapAt: number | null;
  /** performance.now() of the first complete view, names, borders and rivers included: see instrumentAtlas and the peers. */
  idleAt: number | null;
  /** The atlas only: performance.now() of the first idle map with markers and routes drawn (names, borders and rivers may still come). */
  overlaysAt?: number | null;
  /** The atlas only: map 'idle' events so far, and whether window.__atlas has appeared at all. */
  idles?: number;
  hook?: boolean;
  /** The map's centre now ([lng, lat]): a drag checks the map moved. */
  centre?: () => [number, number];
}

interface MapSlice {
  on(type: string, listener: () => void): void;
  getCenter(): { toArray(): [number, number] };
  off(type: string, listener: () => void): void;
  getCanvas(): HTMLCanvasElement;
  getLayer(id: string): unknown;
}

/** The slice of window.__atlas the bench reads; declared locally so it never conflicts with the tests' own. */
export interface AtlasSlice {
  map: MapSlice | null;
  /** True once the markers and routes are on the map with their data. */
  complete?: () => boolean;
  /** True once the whole default view is on the map: names, dashed borders, rivers, the world where shown; nothing deferred loading. */
  settled?: () => boolean;
  /** Ids currently shown per layer: 'ports', 'projects', 'sea-routes', 'rail-routes'. */
  rendered?: () => Record<string, string[] | undefined>;
  /** Counts each change of what is shown that the app has applied to the map, and when (performance.now()). */
  applied?: { count: number; at: number };
  /** What each overlay layer shows, as a mask over its entries (a marker per state a feature takes through time). */
  shown?: Record<string, { mask: Float32Array }> | null;
}

export interface BenchWindow {
  __bench?: BenchState;
  __atlas?: AtlasSlice;
}

/**
 * Init script for the atlas: catches window.__atlas the moment the app creates it and its map the
 * moment it is set. The first map 'idle' at which the hook says the whole default view is there
 * (markers, routes, names, dashed borders, rivers; __atlas.settled()) is the atlas's first complete
 * view; the first at which markers and routes are (__atlas.complete()) is noted beside it.
 */
export function instrumentAtlas(): void {
  const w = window as unknown as BenchWindow;
  const bench: BenchState = { mapAt: null, idleAt: null, overlaysAt: null, idles: 0, hook: false };
  w.__bench = bench;
  let stored: AtlasSlice | undefined;
  const complete = () => typeof stored?.complete === 'function' && stored.complete();
  const settled = () => typeof stored?.settled === 'function' && stored.settled();
  const watch = (map: MapSlice | null | undefined) => {
    if (!map || bench.mapAt !== null) return;
    bench.mapAt = performance.now();
    bench.centre = () => map.getCenter().toArray();
    map.on('idle', () => {
      bench.idles = (bench.idles ?? 0) + 1;
      if (bench.overlaysAt === null && complete()) bench.overlaysAt = performance.now();
      if (bench.idleAt === null && settled()) bench.idleAt = performance.now();
    });
  };
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => stored,
    set(value: AtlasSlice) {
      bench.hook = true;
      stored = new Proxy(value, {
        set(target, key, next) {
          const done = Reflect.set(target, key, next);
          if (key === 'map') watch(next as MapSlice | null);
          return done;
        },
      });
      watch(value.map);
    },
  });
}

/** Where the map's canvas sits: CSS px of the page above and below it (the peers copy these). */
export function mapFrame(): { top: number; bottom: number; width: number; height: number } {
  const canvas = (window as unknown as BenchWindow).__atlas?.map?.getCanvas();
  if (!canvas) throw new Error('window.__atlas.map is missing: the bench reads the map\'s place from it');
  const box = canvas.getBoundingClientRect();
  return { top: Math.round(box.top), bottom: Math.round(innerHeight - box.bottom), width: Math.round(box.width), height: Math.round(box.height) };
}

/** The map's centre now ([lng, lat]) as the page reports it (__bench.centre). */
export function mapCentreLngLat(): [number, number] {
  const centre = (window as unknown as BenchWindow).__bench?.centre;
  if (typeof centre !== 'function') throw new Error('the page reports no map centre (window.__bench.centre)');
  return centre();
}

export interface FilterChange {
  /** Hash write → the end of the first map 'render' after the app applied the change (the budgeted figure). */
  ms: number;
  /** Hash write → the first animation frame after that render: adds the wait for the display's next frame. */
  frameMs: number;
  /**
   * Until the GPU has finished that frame (a 1-pixel readPixels on the map's canvas, taken after
   * `frameMs`). With software WebGL (SwiftShader) the drawing itself runs after the JS returns.
   */
  gpuMs: number;
  /** Projects shown before and after the change (window.__atlas.rendered().projects). */
  before: number;
  after: number;
}

/**
 * One filter change as a user makes it: the URL hash gains or loses `status=…` (or, for a move of the
 * timeline, `asof=…` changes between two days, `base` being the other; the app listens to hashchange). Done when window.__atlas.applied.count has gone up
 * with a different set of markers shown, and the map has rendered after applied.at; timed from the hash
 * write to the end of that render.
 */
export function changeStatusFilter(arg: { param: string; base?: string; add: boolean; timeoutMs: number }): Promise<FilterChange> {
  const w = window as unknown as BenchWindow;
  const atlas = w.__atlas;
  const map = atlas?.map;
  if (!map || typeof atlas.rendered !== 'function' || atlas.applied === undefined) {
    const missing = !atlas ? 'window.__atlas' : !map ? 'window.__atlas.map' : typeof atlas.rendered !== 'function' ? 'window.__atlas.rendered()' : 'window.__atlas.applied';
    return Promise.reject(new Error(`${missing} is missing: the bench times filter changes through the app's test hook (src/test-hook.ts)`));
  }
  const rendered = atlas.rendered.bind(atlas);
  // Read afresh each time: the app may replace the object rather than change it.
  const applied = () => atlas.applied ?? { count: 0, at: 0 };
  const projectsShown = () => rendered().projects?.length ?? -1;
  const key = arg.param.split('=')[0];
  // A date moves markers between their states without changing how many are shown: compare which entries are lit.
  const digest = () =>
    Object.values(atlas.shown ?? {}).reduce((sum, layer) => layer.mask.reduce((s, value, i) => s + value * (i + 1), sum), 0);
  const signature = key === 'status' ? projectsShown : digest;

  const params = location.hash.replace(/^#/, '').split('&').filter((p) => p !== '' && !p.startsWith(`${key}=`));
  if (arg.add) params.push(arg.param);
  else if (arg.base) params.push(arg.base);
  const before = projectsShown();
  const signatureBefore = signature();
  const countBefore = applied().count;
  return new Promise((resolve, reject) => {
    const renders: number[] = [];
    let appliedAt: number | null = null;
    let after = before;
    let finished = false;
    const onRender = () => {
      renders.push(performance.now());
      check();
    };
    const stop = () => {
      finished = true;
      clearTimeout(timer);
      map.off('render', onRender);
    };
    const finish = (renderAt: number) => {
      stop();
      requestAnimationFrame(() => {
        const frameMs = performance.now() - t0;
        const gl = map.getCanvas().getContext('webgl2');
        gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        resolve({ ms: renderAt - t0, frameMs, gpuMs: gl ? performance.now() - t0 : Number.NaN, before, after });
      });
    };
    function check() {
      if (finished) return;
      if (appliedAt === null) {
        const now = applied();
        if (now.count === countBefore) return;
        if (signature() === signatureBefore) return;
        appliedAt = now.at;
        after = projectsShown();
      }
      const renderAt = renders.find((at) => at >= appliedAt!);
      if (renderAt !== undefined) finish(renderAt);
    }
    // Polled once a frame as well: the app may apply the change without a render following at once.
    const poll = () => {
      check();
      if (!finished) requestAnimationFrame(poll);
    };
    const timer = setTimeout(() => {
      stop();
      const state = appliedAt === null ? `applied.count stayed ${applied().count} or what is shown stayed the same` : 'no map render followed';
      reject(new Error(`filter change #${params.join('&')} not drawn within ${arg.timeoutMs} ms (${state})`));
    }, arg.timeoutMs);
    map.on('render', onRender);
    const t0 = performance.now();
    location.hash = params.join('&');
    requestAnimationFrame(poll);
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

/** The centre of the map's canvas (the atlas's map, else the page's largest canvas), in viewport px. */
export function mapCentre(): { x: number; y: number } {
  const atlasCanvas = (window as unknown as BenchWindow).__atlas?.map?.getCanvas();
  const canvases = atlasCanvas ? [atlasCanvas] : [...document.querySelectorAll('canvas')];
  const area = (c: HTMLCanvasElement) => c.getBoundingClientRect().width * c.getBoundingClientRect().height;
  const canvas = canvases.sort((a, b) => area(b) - area(a))[0];
  if (!canvas) throw new Error('no canvas on the page to drag');
  const box = canvas.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

interface FrameCounter {
  frames: number;
  startedAt: number;
  running: boolean;
}

/** Counts animation frames from now on; rAF fires only when the page produces a frame. */
export function startFrameCounter(): void {
  const counter: FrameCounter = { frames: 0, startedAt: performance.now(), running: true };
  (window as unknown as { __frames?: FrameCounter }).__frames = counter;
  const tick = () => {
    if (!counter.running) return;
    counter.frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrameCounter(): { frames: number; ms: number } {
  const counter = (window as unknown as { __frames?: FrameCounter }).__frames;
  if (!counter) throw new Error('stopFrameCounter before startFrameCounter');
  counter.running = false;
  return { frames: counter.frames, ms: performance.now() - counter.startedAt };
}
