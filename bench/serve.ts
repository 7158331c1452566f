import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { startNginx } from '../scripts/lib/nginx-server.ts';
import { precompressed } from '../scripts/lib/precompress-plugin.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, 'dist');
const PEERS = resolve(import.meta.dirname, 'peers');
export const PEERS_OUT = resolve(import.meta.dirname, '.out', 'peers');
/** The atlas built again with source maps, for the CPU profile only (never dist/). */
export const ATLAS_WITH_MAPS = resolve(import.meta.dirname, '.out', 'atlas-maps');

/** The peer pages under bench/peers, each in its own folder with an index.html. */
export const PEER_PAGES = ['maplibre', 'echarts'] as const;
export type PeerPage = (typeof PEER_PAGES)[number];

export interface Served {
  url: string;
  close(): Promise<void>;
}

function served(server: PreviewServer): Served {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { url, close: () => new Promise<void>((done) => server.httpServer.close(() => done())) };
}

/** The app as built by `npm run build`, served by vite preview exactly as the browser tests do (sizes, filter, heap). */
export async function serveApp(): Promise<Served> {
  return served(await preview({ root: ROOT, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4417, strictPort: false } }));
}

/** A built folder served by deploy/nginx.conf as in production: precompressed files, cache headers, the CSP. */
export async function serveNginx(root: string): Promise<Served> {
  if (!existsSync(resolve(root, 'index.html')) && !existsSync(resolve(root, 'maplibre', 'index.html'))) throw new Error(`${root} holds no built page to serve`);
  const server = await startNginx(root, 'The bench');
  return { url: server.url, close: server.close };
}

/**
 * The peer pages, built by Vite into bench/.out/peers (the same es2022 target as the app, geodata
 * copied as hashed assets as the app's are, precompressed as the app's build is, with hidden source
 * maps for the CPU profile); served through nginx they are at ${url}maplibre/ and ${url}echarts/.
 */
export async function buildPeers(): Promise<void> {
  await build({
    root: PEERS,
    configFile: false,
    base: '/',
    logLevel: 'warn',
    plugins: [precompressed(ROOT)],
    build: {
      outDir: PEERS_OUT,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: 'hidden',
      chunkSizeWarningLimit: 5000,
      assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
      rolldownOptions: {
        input: Object.fromEntries(PEER_PAGES.map((name) => [name, resolve(PEERS, name, 'index.html')])),
        // The precompression after the bundle is slow by design; rolldown would print a timing report for it.
        checks: { bundlerTimings: false },
      },
    },
  });
}

export function peerPages(url: string): Record<PeerPage, string> {
  return Object.fromEntries(PEER_PAGES.map((name) => [name, new URL(`${name}/`, url).href])) as Record<PeerPage, string>;
}

/** The app built again with hidden source maps into bench/.out/atlas-maps (vite.config.ts reads ATLAS_SOURCEMAP). */
export async function buildAtlasWithMaps(): Promise<void> {
  process.env.ATLAS_SOURCEMAP = '1';
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: ATLAS_WITH_MAPS, emptyOutDir: true, rolldownOptions: { checks: { bundlerTimings: false } } } });
  } finally {
    delete process.env.ATLAS_SOURCEMAP;
  }
}
