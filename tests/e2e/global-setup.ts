import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// SwiftShader gives headless Chromium a software WebGL2, so maplibre and deck.gl really draw.
// The networking flags stop Chromium's own background requests, which this closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH} and it is missing.\n` +
        `Install it with: apt-get update && apt-get install -y chromium   (or set CHROMIUM_PATH).\n` +
        `.ci/run does this on a fresh machine. The browser tests are never skipped.`,
    );
  }
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('Browser tests run against the production build, and dist/ is missing: run `npm run build` first.');
  }
  const server = await preview({ root, logLevel: 'warn', preview: { port: 4317, strictPort: false, host: '127.0.0.1' } });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a local URL');
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('baseUrl', baseUrl);
  return async () => {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  };
}
