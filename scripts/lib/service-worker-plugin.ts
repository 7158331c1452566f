/**
 * Writes dist/sw.js for the normal build (`npm run build`): src/pwa/service-worker.template.js with the
 * build's file list and a version that changes whenever any of those files changes, so a browser sees
 * a new worker exactly when there is something new to fetch. Not part of `npm run dev` or the one-file
 * build, which register no worker.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the worker leaves out of its cache: the ~200 full font slices (the faces cut to the app's
 * characters are kept; a slice loads only for a character the app never shows, typed into the search),
 * and the social preview, which only link previews fetch.
 */
export function precached(fileName: string): boolean {
  if (/\.map$/.test(fileName) || fileName === SERVICE_WORKER_FILE) return false;
  if (/(^|\/)noto-sans-sc-\d+-\d+-normal-[^/]*\.woff2$/.test(fileName)) return false;
  return !/(^|\/)social-preview\.png$/.test(fileName);
}

function filesUnder(dir: string, root = dir): string[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

export function serviceWorker(root: string): Plugin {
  let publicDir = join(root, 'public');
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const files: string[] = [];
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (!precached(fileName)) continue;
        files.push(fileName);
        hash.update(fileName).update(output.type === 'chunk' ? output.code : output.source);
      }
      for (const fileName of filesUnder(publicDir).sort()) {
        if (!precached(fileName) || fileName === 'robots.txt') continue;
        files.push(fileName);
        hash.update(fileName).update(readFileSync(join(publicDir, fileName)));
      }
      if (!files.includes('index.html')) throw new Error('service worker: the build has no index.html to cache');
      const template = readFileSync(join(root, 'src/pwa/service-worker.template.js'), 'utf8');
      const source = template
        .replace("'__ATLAS_VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace('__ATLAS_PRECACHE__', JSON.stringify(files.map((f) => `./${f}`)));
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source });
    },
  };
}
