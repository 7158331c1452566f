/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS } from './deploy/security-headers.ts';
import { fontSubset } from './scripts/lib/font-subset-plugin.ts';
import { precompressed } from './scripts/lib/precompress-plugin.ts';
import { serviceWorker } from './scripts/lib/service-worker-plugin.ts';

// The headers the built app is served with, also in deploy/nginx.conf; re-exported for older imports.
export { CONTENT_SECURITY_POLICY } from './deploy/security-headers.ts';

/**
 * @fontsource lists a WOFF fallback beside each of its ~200 WOFF2 faces. Every browser that can run
 * the map reads WOFF2, so the fallbacks only made the first-load stylesheet heavier (some were even
 * inlined into it as data: URLs).
 */
function woff2Only(): Plugin {
  return {
    name: 'atlas-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/noto-sans-sc\/[^/]+\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), woff2Only(), fontSubset(import.meta.dirname), serviceWorker(import.meta.dirname), precompressed(import.meta.dirname)],
  // Relative asset paths: the built folder works from any sub-path, an intranet share or a USB stick.
  base: './',
  build: {
    target: 'es2022',
    // Source maps only for the bench's CPU profile (bench/profile.ts builds into bench/.out with
    // ATLAS_SOURCEMAP=1): 'hidden' writes the .map files without pointing the scripts at them.
    sourcemap: process.env.ATLAS_SOURCEMAP === '1' ? 'hidden' : false,
    chunkSizeWarningLimit: 1200,
    // One stylesheet, linked from index.html: the app's code is imported after the static frame is
    // painted (src/boot.ts), and its styles must not arrive with it, after the frame.
    cssCodeSplit: false,
    // Font files stay files: the browser fetches only the faces a page's text needs, and a face
    // inlined into the stylesheet would be downloaded by everyone, needed or not.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  server: { port: 5173 },
  preview: {
    port: 4173,
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    // Unit tests only; the browser tests have their own config in tests/e2e/.
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
