/**
 * `npm run build:single`: the whole atlas as ONE self-contained HTML file,
 * dist-single/guangdong-port-atlas.html, that opens by double-click (file://) with no server and no
 * network. All JavaScript (one chunk, no dynamic imports, maplibre's worker included), CSS, the geodata and a
 * Noto Sans SC subset of every character the app can show are inlined; see scripts/lib/single-file-*.ts.
 *
 * The normal build (`npm run build`, dist/) is not touched and does not change: this builds the same
 * sources with its own Vite config, in memory.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { atlasCharacters, subsetNotoSansSc } from './lib/single-file-font.ts';
import { assemblePage, inlineHeadLinks, singleFilePlugin, type InlinedFile } from './lib/single-file-inline.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist-single');
const outFile = join(outDir, 'guangdong-port-atlas.html');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

// The font subset (harfbuzz WebAssembly on this thread) overlaps with Vite's bundling (mostly rolldown's native threads).
const codePoints = atlasCharacters(root);
const fontJob = subsetNotoSansSc(codePoints);

const inlined: InlinedFile[] = [];
const result = await build({
  configFile: false,
  root,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [react(), singleFilePlugin(root, inlined)],
  // One file registers no service worker (src/pwa/register-service-worker.ts): there is no sw.js beside it.
  define: { 'import.meta.env.VITE_ATLAS_SINGLE_FILE': JSON.stringify('1') },
  build: {
    target: 'es2022',
    write: false,
    // Anything still referenced as a file (an image in CSS, say) becomes a data: URL.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 100_000,
    // One chunk: a dynamic import() would fetch a sibling file.
    rolldownOptions: {
      output: { codeSplitting: false },
      // The font subset's WebAssembly shares the JavaScript thread and would be reported as a slow plugin.
      checks: { pluginTimings: false },
    },
  },
});

const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
const files = outputs.flatMap((o) => o.output);
const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk');
const assets = files.filter((f): f is Rolldown.OutputAsset => f.type === 'asset');
const html = assets.find((a) => a.fileName === 'index.html');
const css = assets.filter((a) => a.fileName.endsWith('.css'));
const unexpected = [...chunks.slice(1), ...assets.filter((a) => a !== html && !css.includes(a))];
if (chunks.length !== 1 || !chunks[0].isEntry || !html || css.length !== 1 || unexpected.length > 0) {
  throw new Error(
    `the one-file build expects one entry chunk, one stylesheet and index.html; Vite emitted: ${files.map((f) => f.fileName).join(', ')}`,
  );
}

const font = await fontJob;
const page = assemblePage({
  html: inlineHeadLinks(String(html.source), readFileSync(join(root, 'public/favicon.svg'), 'utf8')),
  script: { fileName: chunks[0].fileName, code: chunks[0].code },
  style: { fileName: css[0].fileName, code: String(css[0].source) },
  fontCss: font.css,
});

mkdirSync(outDir, { recursive: true });
const staging = `${outFile}.${process.pid}.tmp`;
writeFileSync(staging, page);
renameSync(staging, outFile);

const missing = font.missing.filter((cp) => cp > 0x7e && !(cp >= 0x3000 && cp <= 0x303f));
console.log(`build:single: ${outFile} (${kb(statSync(outFile).size)}) in ${seconds()} s`);
console.log(`  script ${kb(chunks[0].code.length)} (incl. geodata ${kb(inlined.filter((f) => f.name.startsWith('geodata')).reduce((s, f) => s + f.bytes, 0))}), css ${kb(String(css[0].source).length)}`);
console.log(`  font: Noto Sans SC 400+700, ${codePoints.length} characters, ${font.faces} faces, ${kb(font.bytes)} woff2`);
if (missing.length > 0) {
  console.log(`  note: Noto Sans SC lacks ${missing.map((cp) => `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase()})`).join(', ')}; the browser draws these with a fallback font`);
}
