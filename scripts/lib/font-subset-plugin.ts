/**
 * Build-time font subsetting for the normal build (`npm run build`). @fontsource splits Noto Sans SC
 * into ~100 slices per weight of ~30 KB each, and the first view's text touches 23 of them: ~690 KB of
 * fonts for a few hundred characters. This plugin appends, to each @fontsource stylesheet, faces cut
 * down to the characters the app can show (the same subset as the one-file build). Declared after the
 * slices, they are what the browser picks for those characters; any other character (typed into the
 * search box, say) still loads its full @fontsource slice.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { atlasCharacters, SUBSET_NOTICE, subsetFaceRule, subsetFaces } from './single-file-font.ts';

const STYLESHEET = /@fontsource\/noto-sans-sc\/(\d+)\.css$/;

export function fontSubset(root: string): Plugin {
  const dir = join(root, 'node_modules/.cache/atlas-font-subset');
  let faces: Awaited<ReturnType<typeof subsetFaces>>['faces'] = [];
  return {
    name: 'atlas-font-subset',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      ({ faces } = await subsetFaces(atlasCharacters(root)));
      mkdirSync(dir, { recursive: true });
      faces.forEach((face, i) => writeFileSync(join(dir, `noto-sans-sc-subset-${face.weight}-${i}.woff2`), face.woff2));
    },
    transform(code, id) {
      const path = id.split('?')[0];
      const weight = Number(STYLESHEET.exec(path)?.[1]);
      if (!weight) return null;
      const rules = faces.flatMap((face, i) => {
        if (face.weight !== weight) return [];
        // Relative to the stylesheet, so Vite resolves the file and emits it as a hashed asset.
        const file = relative(dirname(path), join(dir, `noto-sans-sc-subset-${face.weight}-${i}.woff2`)).split('\\').join('/');
        return [subsetFaceRule(face, file)];
      });
      if (rules.length === 0) throw new Error(`${path}: no subset faces of weight ${weight} to add`);
      return { code: [code, SUBSET_NOTICE, ...rules].join('\n'), map: null };
    },
  };
}
