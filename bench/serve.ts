import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, 'dist');
const REFERENCE = resolve(import.meta.dirname, 'reference');
const REFERENCE_OUT = resolve(import.meta.dirname, '.out');

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

/** The bare MapLibre reference page, built into bench/.out with the same target, then served the same way. */
export async function serveReference(): Promise<Served> {
  const config = {
    root: REFERENCE,
    configFile: false as const,
    base: './',
    logLevel: 'warn' as const,
    build: { outDir: REFERENCE_OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  };
  await build(config);
  return served(await preview({ ...config, preview: { host: '127.0.0.1', port: 4418, strictPort: false } }));
}
