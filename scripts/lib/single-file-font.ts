/**
 * The Noto Sans SC subset for the one-file build: every character the app can show, cut out of the
 * @fontsource/noto-sans-sc slices (OFL-1.1, which allows subsetting) with harfbuzz's hb-subset
 * (subset-font, WebAssembly, offline), and inlined as data: URLs in @font-face rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { parseUnicodeRange } from '../../src/ui/unicode-range.ts';

export { parseUnicodeRange };

export const FONT_FAMILY = 'Noto Sans SC';
export const FONT_WEIGHTS = [400, 700] as const;

/** Always included, whatever the sources say: ASCII, Latin-1, common punctuation, arrows, CJK punctuation, full-width forms. */
const BASE_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2190, 0x2193],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
];
/** Characters that formatting may produce without appearing literally in the sources (dates, large numbers). */
const FORMATTED = '年月日时分秒万亿';

function addText(chars: Set<number>, text: string): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xe000) && cp !== 0xfeff) chars.add(cp);
  }
}

function addStrings(chars: Set<number>, value: unknown): void {
  if (typeof value === 'string') addText(chars, value);
  else if (Array.isArray(value)) for (const v of value) addStrings(chars, v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) addStrings(chars, v);
}

function walk(dir: string, accept: (name: string) => boolean, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, accept, found);
    else if (accept(entry.name)) found.push(path);
  }
  return found;
}

/**
 * Every character the app can put on screen: all string values in the shipped geodata (names, notes,
 * sources), all characters of the app's sources (UI strings in src/i18n and elsewhere) and index.html,
 * plus a fixed base set. Code points, sorted.
 */
export function atlasCharacters(root: string): number[] {
  const chars = new Set<number>();
  for (const [from, to] of BASE_RANGES) for (let cp = from; cp <= to; cp++) chars.add(cp);
  addText(chars, FORMATTED);
  for (const name of readdirSync(join(root, 'geodata'))) {
    if (/\.(geo)?json$/.test(name)) addStrings(chars, JSON.parse(readFileSync(join(root, 'geodata', name), 'utf8')));
  }
  for (const file of walk(join(root, 'src'), (name) => /\.(tsx?|css)$/.test(name) && !/\.test\.tsx?$/.test(name))) {
    addText(chars, readFileSync(file, 'utf8'));
  }
  addText(chars, readFileSync(join(root, 'index.html'), 'utf8'));
  return [...chars].sort((a, b) => a - b);
}

/** `U+20-7e,U+4e2d`: consecutive code points folded into ranges. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const hex = (n: number) => n.toString(16);
    parts.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i])}`);
  }
  return parts.join(',');
}

interface SourceFace {
  file: string;
  covers: (cp: number) => boolean;
}

/** The @font-face slices of one weight in @fontsource/noto-sans-sc, in declaration order. */
function fontsourceFaces(weight: number): SourceFace[] {
  const require = createRequire(import.meta.url);
  const cssPath = require.resolve(`@fontsource/noto-sans-sc/${weight}.css`);
  const css = readFileSync(cssPath, 'utf8');
  const faces: SourceFace[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const file = /url\((\.\/files\/[^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) throw new Error(`${cssPath}: an @font-face without a woff2 file or unicode-range`);
    faces.push({ file: join(dirname(cssPath), file), covers: parseUnicodeRange(range) });
  }
  if (faces.length === 0) throw new Error(`${cssPath}: no @font-face rules found`);
  return faces;
}

/** One subset face: the characters of one @fontsource slice that the app shows, in one weight. */
export interface SubsetFace {
  weight: number;
  codePoints: number[];
  woff2: Buffer;
}

/**
 * Subsets every slice of each weight that holds one of `codePoints` to just those, keeping the slice's
 * split: each character goes to the slice the browser would pick (the last declared that covers it).
 * Also returns the requested characters that no slice has (they fall back to another font).
 */
export async function subsetFaces(codePoints: readonly number[]): Promise<{ faces: SubsetFace[]; missing: number[] }> {
  const faces: SubsetFace[] = [];
  let missing: number[] = [];
  for (const weight of FONT_WEIGHTS) {
    const slices = fontsourceFaces(weight);
    const assigned = new Map<SourceFace, number[]>();
    const unassigned: number[] = [];
    for (const cp of codePoints) {
      const slice = slices.findLast((f) => f.covers(cp));
      if (slice) assigned.set(slice, [...(assigned.get(slice) ?? []), cp]);
      else unassigned.push(cp);
    }
    missing = unassigned;
    const subsets = await Promise.all(
      [...assigned].map(async ([slice, cps]) => {
        const woff2 = await subsetFont(readFileSync(slice.file), String.fromCodePoint(...cps), {
          targetFormat: 'woff2',
          // OFL-1.1 asks each copy to carry the copyright and licence: keep those name-table entries (copyright, licence, licence URL).
          preserveNameIds: [0, 13, 14],
        });
        return { weight, codePoints: cps, woff2 };
      }),
    );
    faces.push(...subsets);
  }
  return { faces, missing };
}

/** The licence notice that goes with the subset faces in a stylesheet. */
export const SUBSET_NOTICE =
  `/* ${FONT_FAMILY} (from @fontsource/noto-sans-sc), subset to the characters this app shows. Copyright Google Inc. and ` +
  'Adobe (each subset keeps the copyright and licence URL of its name table); licensed under the SIL Open Font ' +
  'License, Version 1.1 (https://openfontlicense.org). */';

/** One @font-face rule for a subset face whose file is at `url`. */
export function subsetFaceRule(face: SubsetFace, url: string): string {
  return (
    `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:${face.weight};` +
    `src:url(${url}) format('woff2');unicode-range:${unicodeRange(face.codePoints)}}`
  );
}

export interface FontSubset {
  /** @font-face rules with the subsets inlined as data: URLs. */
  css: string;
  /** Woff2 bytes over all faces. */
  bytes: number;
  faces: number;
  /** Requested characters that no Noto Sans SC slice has (they fall back to another font). */
  missing: number[];
}

/** The subset faces as @font-face rules with data: URLs, for the one-file build. */
export async function subsetNotoSansSc(codePoints: readonly number[]): Promise<FontSubset> {
  const { faces, missing } = await subsetFaces(codePoints);
  const rules = faces.map((face) => subsetFaceRule(face, `data:font/woff2;base64,${face.woff2.toString('base64')}`));
  const bytes = faces.reduce((sum, face) => sum + face.woff2.byteLength, 0);
  return { css: [SUBSET_NOTICE, ...rules].join('\n'), bytes, faces: rules.length, missing };
}
