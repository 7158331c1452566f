import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../../deploy/security-headers.ts';
import { precached } from '../../scripts/lib/service-worker-plugin.ts';
import { inlineHeadLinks } from '../../scripts/lib/single-file-inline.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('deploy/nginx.conf', () => {
  it('sends exactly the headers `npm run preview` sends (deploy/security-headers.ts)', () => {
    const conf = readFileSync(resolve(ROOT, 'deploy/nginx.conf'), 'utf8');
    const sent = Object.fromEntries([...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1], m[2]]));
    expect(sent).toEqual(SECURITY_HEADERS);
    expect(conf).toMatch(/^\s*add_header Cache-Control \$atlas_cache_control always;/m);
  });

  it('lets a site embed the atlas only where frame-ancestors names it', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(contentSecurityPolicy(["'self'", 'https://news.example.cn'])).toMatch(/; frame-ancestors 'self' https:\/\/news\.example\.cn$/);
  });
});

describe('what the service worker caches', () => {
  it('takes the app, its data and the font faces cut to its characters, and leaves the full font slices', () => {
    for (const file of ['index.html', 'assets/index-BIO5Yef9.js', 'assets/cities-Dk63pT1L.geojson', 'assets/noto-sans-sc-subset-400-3-AbCd1234.woff2', 'manifest.webmanifest', 'icon-512.png']) {
      expect(precached(file), file).toBe(true);
    }
    for (const file of ['sw.js', 'assets/noto-sans-sc-100-400-normal-CX-7pUk_.woff2', 'social-preview.png', 'assets/index.js.map']) {
      expect(precached(file), file).toBe(false);
    }
  });
});

describe('the one-file build\'s head', () => {
  it('inlines the SVG favicon and drops the links to files that are not beside it', () => {
    const head = [
      '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
      '<link rel="icon" href="./favicon-32.png" type="image/png" sizes="32x32" />',
      '<link rel="apple-touch-icon" href="./apple-touch-icon.png" />',
      '<link rel="manifest" href="./manifest.webmanifest" />',
      '<meta property="og:image" content="social-preview.png" />',
    ].join('\n');
    const result = inlineHeadLinks(head, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(result).toMatch(/<link rel="icon" href="data:image\/svg\+xml;base64,[^"]+" type="image\/svg\+xml" \/>/);
    expect(result.match(/<link/g)).toHaveLength(1);
    expect(result).toContain('og:image');
  });
});

describe('source maps', () => {
  it('are left out of the production build; only the bench asks for them (ATLAS_SOURCEMAP=1, hidden)', async () => {
    const before = process.env.ATLAS_SOURCEMAP;
    try {
      delete process.env.ATLAS_SOURCEMAP;
      vi.resetModules();
      const plain = (await import('../../vite.config.ts')).default;
      expect(plain.build?.sourcemap).toBe(false);
      process.env.ATLAS_SOURCEMAP = '1';
      vi.resetModules();
      const bench = (await import('../../vite.config.ts')).default;
      expect(bench.build?.sourcemap).toBe('hidden');
    } finally {
      if (before === undefined) delete process.env.ATLAS_SOURCEMAP;
      else process.env.ATLAS_SOURCEMAP = before;
    }
  });
});
