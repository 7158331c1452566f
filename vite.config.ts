/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react()],
  // Relative asset paths: the built folder works from any sub-path, an intranet share or a USB stick.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
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
