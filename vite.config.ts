/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fontSubset } from './scripts/lib/font-subset-plugin.ts';

/**
 * The Content-Security-Policy the built app runs under (vite preview sends it; README shows it for
 * deployment). No 'unsafe-eval' and no inline script or style; the two online basemaps are the only
 * outside hosts, and they are contacted only when a user switches one on.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org https://*.tianditu.gov.cn",
  "connect-src 'self' data: blob: https://tile.openstreetmap.org https://*.tianditu.gov.cn",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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
  plugins: [react(), woff2Only(), fontSubset(import.meta.dirname)],
  // Relative asset paths: the built folder works from any sub-path, an intranet share or a USB stick.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Font files stay files: the browser fetches only the faces a page's text needs, and a face
    // inlined into the stylesheet would be downloaded by everyone, needed or not.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  server: { port: 5173 },
  preview: {
    port: 4173,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    // Unit tests only; the browser tests have their own config in tests/e2e/.
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
