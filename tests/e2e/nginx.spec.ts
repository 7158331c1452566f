import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/security-headers.ts';
import { type NginxServer, startNginx } from '../../scripts/lib/nginx-server.ts';
import { renderedLabels, waitForMapIdle } from './driver.ts';
import { projects } from './geodata.ts';
import { type AtlasPage, openAtlas } from './harness.ts';

// deploy/nginx.conf, run by Debian's nginx on the built app (scripts/lib/nginx-server.ts: only root,
// port and where nginx keeps its pid, logs and temporary files are changed).
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

let nginx: NginxServer | null = null;
let baseUrl = '';
let atlas: AtlasPage | null = null;

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP GET: the body as sent (compressed or not), so the test sees exactly what nginx chose. */
function fetchRaw(path: string, acceptEncoding?: string): Promise<Fetched> {
  return new Promise((done, fail) => {
    const request = get(`${baseUrl}${path.replace(/^\//, '')}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', fail);
  });
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html.gz'))) throw new Error('dist/ has no precompressed files: run `npm run build` first.');
  nginx = await startNginx(DIST, 'The deployment test');
  baseUrl = nginx.url;
}, 30_000);

afterEach(async () => {
  await atlas?.close();
  atlas = null;
});

afterAll(async () => {
  await nginx?.close();
});

function entryScript(): string {
  const match = /<script type="module" crossorigin src="\.\/(assets\/index-[^"]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'));
  if (!match) throw new Error('dist/index.html names no entry script');
  return match[1];
}

describe('deploy/nginx.conf with Debian\'s nginx', () => {
  it('sends the production Content-Security-Policy and the security headers with every response', async () => {
    for (const path of ['/', '/index.html', `/${entryScript()}`, '/sw.js', '/manifest.webmanifest', '/icon-192.png', '/no-such-file']) {
      const response = await fetchRaw(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
    expect((await fetchRaw('/no-such-file')).status).toBe(404);
  });

  it('caches hashed assets for a year, and never the page, the service worker or the manifest without asking', async () => {
    const cache = async (path: string) => (await fetchRaw(path)).headers['cache-control'];
    expect(await cache(`/${entryScript()}`)).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) expect(await cache(path), path).toBe('no-cache');
    expect(await cache('/icon-512.png')).toBe('public, max-age=86400');
    expect((await fetchRaw('/manifest.webmanifest')).headers['content-type']).toMatch(/^application\/manifest\+json/);
    const geodata = (await fetchRaw('/sw.js')).body.toString().match(/assets\/cities-[^"]+\.geojson/)![0];
    expect((await fetchRaw(`/${geodata}`)).headers['content-type']).toMatch(/^application\/geo\+json/);
  });

  it('serves the build\'s precompressed brotli and gzip files, and the plain file to a client that takes neither', async () => {
    const path = entryScript();
    const plain = readFileSync(join(DIST, path));
    const brotli = await fetchRaw(`/${path}`, 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.body.equals(readFileSync(join(DIST, `${path}.br`)))).toBe(true);
    expect(brotliDecompressSync(brotli.body).equals(plain)).toBe(true);
    const gzip = await fetchRaw(`/${path}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain)).toBe(true);
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    const identity = await fetchRaw(`/${path}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
  });

  it('runs the atlas through it: map, labels and markers drawn, no error, no CSP violation, nothing off the origin', { timeout: 90_000 }, async () => {
    atlas = await openAtlas({ baseUrl });
    const encodings = new Map<string, string>();
    atlas.page.on('response', async (response) => encodings.set(response.url(), (await response.allHeaders())['content-encoding'] ?? 'identity'));
    await atlas.page.reload();
    await waitForMapIdle(atlas.page);
    expect(await renderedLabels(atlas.page, 'city-labels', 'adcode')).toHaveLength(21);
    expect(await atlas.page.evaluate(() => window.__atlas!.rendered().projects.length)).toBe(projects.length);
    expect(atlas.errors).toEqual([]);
    expect(atlas.offOrigin).toEqual([]);
    expect(await atlas.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    // The browser got the big files compressed (brotli where it asks for it, gzip otherwise).
    expect(['br', 'gzip']).toContain(encodings.get(`${baseUrl}${entryScript()}`));
  });
});
