import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, 'dist');
const PEERS = resolve(import.meta.dirname, 'peers');
const PEERS_OUT = resolve(import.meta.dirname, '.out');

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

/** The app as built by `npm run build`, served by vite preview exactly as the browser tests do. */
export async function serveApp(): Promise<Served> {
  return served(await preview({ root: ROOT, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4417, strictPort: false } }));
}

/**
 * The peer pages, built by Vite into bench/.out (the same es2022 target as the app, geodata copied
 * as hashed assets as the app's are), then served the same way: ${url}maplibre/ and ${url}echarts/.
 */
export async function servePeers(): Promise<Served & { pages: Record<PeerPage, string> }> {
  const config = {
    root: PEERS,
    configFile: false as const,
    base: '/',
    logLevel: 'warn' as const,
    build: {
      outDir: PEERS_OUT,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: Object.fromEntries(PEER_PAGES.map((name) => [name, resolve(PEERS, name, 'index.html')])) },
    },
  };
  await build(config);
  const server = served(await preview({ ...config, preview: { host: '127.0.0.1', port: 4418, strictPort: false } }));
  const pages = Object.fromEntries(PEER_PAGES.map((name) => [name, new URL(`${name}/`, server.url).href])) as Record<PeerPage, string>;
  return { ...server, pages };
}
