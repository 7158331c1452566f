/**
 * `npm run shell`: index.html's static frame, rendered again from the app's components
 * (src/app-shell.tsx). Loaded through Vite, which resolves the app's asset imports as the build does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'index.html');
const vite = await createServer({ root, logLevel: 'warn', appType: 'custom', server: { middlewareMode: true, hmr: false, watch: null } });
try {
  const shell = (await vite.ssrLoadModule('/src/app-shell.tsx')) as { appShellMarkup(): string; withShell(html: string, markup: string): string };
  const before = readFileSync(file, 'utf8');
  const after = shell.withShell(before, shell.appShellMarkup());
  if (after === before) console.log('index.html: the static frame is up to date');
  else {
    writeFileSync(file, after);
    console.log('index.html: static frame written');
  }
} finally {
  await vite.close();
}
