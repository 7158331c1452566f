/**
 * Writes a .gz and a .br beside every compressible file of `npm run build`, so a web server sends them
 * as they are (nginx `gzip_static` / `brotli_static`, see deploy/nginx.conf) instead of compressing on
 * each request, and at high levels, which would be too slow to do per request. A file that
 * would not shrink by at least a tenth gets none: the server then sends it plain.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|geojson|svg|webmanifest|txt)$/;
// Quality 10 is 2.5 % larger than the maximum (11) for this app's files and takes half the time
// (≈ 6 s against 12 s of CPU for the whole build); 9 would be 15 % larger.
const BROTLI_QUALITY = 10;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function precompress(dir: string): Promise<{ files: number; bytes: number; gzip: number; brotli: number }> {
  const totals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  const targets = filesUnder(dir).filter((path) => COMPRESSIBLE.test(path));
  await Promise.all(
    targets.map(async (path) => {
      const plain = readFileSync(path);
      const [gz, br] = await Promise.all([
        gzipAsync(plain, { level: 9 }),
        brotliAsync(plain, {
          params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
        }),
      ]);
      if (gz.length > plain.length * 0.9) return;
      writeFileSync(`${path}.gz`, gz);
      writeFileSync(`${path}.br`, br);
      totals.files += 1;
      totals.bytes += plain.length;
      totals.gzip += gz.length;
      totals.brotli += br.length;
    }),
  );
  return totals;
}

export function precompressed(root: string): Plugin {
  let outDir = join(root, 'dist');
  let logger: Logger | null = null;
  return {
    name: 'atlas-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    async closeBundle() {
      const started = performance.now();
      const t = await precompress(outDir);
      const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
      logger?.info(
        `precompressed ${t.files} files, ${kb(t.bytes)} → gzip ${kb(t.gzip)}, brotli ${kb(t.brotli)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    },
  };
}
