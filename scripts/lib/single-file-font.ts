/**
 * The Noto Sans SC subset for the one-file build: every character the app can show, cut out of the
 * @fontsource/noto-sans-sc slices (OFL-1.1, which allows subsetting) with harfbuzz's hb-subset
 * (subset-font, WebAssembly, offline), and inlined as data: URLs in @font-face rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

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

/** Parses a CSS unicode-range value (`U+4e00-4e05,U+4e07,U+30??`) into a predicate. */
export function parseUnicodeRange(value: string): (cp: number) => boolean {
  const ranges = value.split(',').map((part) => {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) throw new Error(`bad unicode-range part "${part}"`);
    if (m[1].includes('?')) return [parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)];
    return [parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)];
  });
  return (cp) => ranges.some(([from, to]) => cp >= from && cp <= to);
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

export interface FontSubset {
  /** @font-face rules with the subsets inlined as data: URLs. */
  css: string;
  /** Woff2 bytes over all faces. */
  bytes: number;
  faces: number;
  /** Requested characters that no Noto Sans SC slice has (they fall back to another font). */
  missing: number[];
}

/**
 * Subsets every slice of each weight that holds one of `codePoints` to just those, keeping the slice's
 * split: each character goes to the slice the browser would pick (the last declared that covers it),
 * and each face's unicode-range lists exactly the characters it holds.
 */
export async function subsetNotoSansSc(codePoints: readonly number[]): Promise<FontSubset> {
  const rules: string[] = [];
  let bytes = 0;
  let missing: number[] = [];
  for (const weight of FONT_WEIGHTS) {
    const faces = fontsourceFaces(weight);
    const assigned = new Map<SourceFace, number[]>();
    const unassigned: number[] = [];
    for (const cp of codePoints) {
      const face = faces.findLast((f) => f.covers(cp));
      if (face) assigned.set(face, [...(assigned.get(face) ?? []), cp]);
      else unassigned.push(cp);
    }
    missing = unassigned;
    const subsets = await Promise.all(
      [...assigned].map(async ([face, cps]) => {
        const woff2 = await subsetFont(readFileSync(face.file), String.fromCodePoint(...cps), {
          targetFormat: 'woff2',
          // OFL-1.1 asks each copy to carry the copyright and licence: keep those name-table entries (copyright, licence, licence URL).
          preserveNameIds: [0, 13, 14],
        });
        return { cps, woff2 };
      }),
    );
    for (const { cps, woff2 } of subsets) {
      bytes += woff2.byteLength;
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2');unicode-range:${unicodeRange(cps)}}`,
      );
    }
  }
  const notice =
    `/* ${FONT_FAMILY} (from @fontsource/noto-sans-sc), subset to the characters this app shows. Copyright Google Inc. and ` +
    'Adobe (each subset keeps the copyright and licence URL of its name table); licensed under the SIL Open Font ' +
    'License, Version 1.1 (https://openfontlicense.org). */';
  return { css: [notice, ...rules].join('\n'), bytes, faces: rules.length, missing };
}
