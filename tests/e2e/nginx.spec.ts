import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/security-headers.ts';
import { renderedLabels, waitForMapIdle } from './driver.ts';
import { projects } from './geodata.ts';
import { type AtlasPage, openAtlas } from './harness.ts';

// deploy/nginx.conf, run by Debian's nginx on the built app. Only root, port and where nginx keeps its
// pid, logs and temporary files are changed; everything else is the file as shipped.
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

let nginx: ChildProcess | null = null;
let prefix = '';
let baseUrl = '';
let atlas: AtlasPage | null = null;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/** deploy/nginx.conf with this run's root, port and paths; each replaced line must be there as shipped. */
function testConfig(port: number): string {
  const shipped = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const replacements: [string, string][] = [
    // Debian's modules-enabled files name the module relative to nginx's prefix, which -p moves.
    ['include /etc/nginx/modules-enabled/*.conf;', `load_module ${BROTLI_MODULE};\nerror_log ${prefix}/error.log;`],
    ['pid /run/nginx-guangdong-port-atlas.pid;', `pid ${prefix}/nginx.pid;`],
    ['listen 8080;', `listen 127.0.0.1:${port};`],
    ['root /srv/guangdong-port-atlas;', `root ${DIST};`],
    [
      'http {',
      `http {\n  access_log off;\n` +
        ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`).join('\n'),
    ],
  ];
  return replacements.reduce((text, [line, replacement]) => {
    if (!text.includes(line)) throw new Error(`deploy/nginx.conf no longer has the line "${line}" that this test replaces`);
    return text.replace(line, replacement);
  }, shipped);
}

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
  if (!existsSync(NGINX)) {
    throw new Error(
      `The deployment test runs deploy/nginx.conf with Debian's nginx at ${NGINX}, and it is missing.\n` +
        'Install it with: apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static   (or set NGINX_PATH).\n' +
        '.ci/run does this on a fresh machine. The test is never skipped.',
    );
  }
  if (!existsSync(BROTLI_MODULE)) {
    throw new Error(
      `deploy/nginx.conf serves the build's .br files with brotli_static, whose module ${BROTLI_MODULE} is missing.\n` +
        'Install it with: apt-get install -y libnginx-mod-http-brotli-static   (.ci/run does). Without it, a deployment\n' +
        'deletes the brotli_static line (see the top of deploy/nginx.conf) and serves gzip only.',
    );
  }
  if (!existsSync(join(DIST, 'index.html.gz'))) throw new Error('dist/ has no precompressed files: run `npm run build` first.');
  prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  writeFileSync(join(prefix, 'nginx.conf'), testConfig(port));
  baseUrl = `http://127.0.0.1:${port}/`;
  const output: string[] = [];
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout!.on('data', (chunk: Buffer) => output.push(String(chunk)));
  nginx.stderr!.on('data', (chunk: Buffer) => output.push(String(chunk)));
  const exited = new Promise<never>((_, fail) =>
    nginx!.once('exit', (code) => fail(new Error(`nginx exited (${code}) at start:\n${output.join('')}${readLog()}`))),
  );
  // Ready when it answers; or it stopped, and says why.
  const answering = (async () => {
    for (;;) {
      try {
        return await fetchRaw('/');
      } catch {
        await new Promise((next) => setTimeout(next, 100));
      }
    }
  })();
  await Promise.race([answering, exited]);
}, 30_000);

function readLog(): string {
  const log = join(prefix, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

afterEach(async () => {
  await atlas?.close();
  atlas = null;
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const stopped = new Promise((done) => nginx!.once('exit', done));
    nginx.kill('SIGQUIT');
    await stopped;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
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
