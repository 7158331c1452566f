/**
 * The HTTP headers the built app is served with: `npm run preview` sends them (vite.config.ts), and
 * deploy/nginx.conf carries the same values (tests/unit/deploy.test.ts and the nginx browser test
 * hold the two together).
 */

/**
 * No 'unsafe-eval' and no inline script or style; the two online basemaps are the only outside hosts,
 * and they are contacted only when a user switches one on. `frame-ancestors` says which sites may show
 * the atlas in an iframe: none by default; see `contentSecurityPolicy` for an embedding site.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[] = ["'none'"]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob: https://tile.openstreetmap.org https://*.tianditu.gov.cn",
    "connect-src 'self' data: blob: https://tile.openstreetmap.org https://*.tianditu.gov.cn",
    "font-src 'self' data:",
    // blob: for maplibre-gl 5's own worker; 'self' covers the service worker (dist/sw.js).
    "worker-src 'self' blob:",
    // The web app manifest.
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Powers the atlas never uses stay off, for it and anything that might get injected into it. geolocation=(self):
  // the crossing guide asks for the reader's location on a click, for this origin only (issue #23).
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()',
};
