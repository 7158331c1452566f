import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasCharacters, parseUnicodeRange, unicodeRange } from '../../scripts/lib/single-file-font.ts';
import { assemblePage, escapeInlineScript } from '../../scripts/lib/single-file-inline.ts';

const root = resolve(import.meta.dirname, '../..');

describe('one-file build: font subset characters', () => {
  it('folds code points into unicode-range and reads them back', () => {
    const cps = [0x4e2d, 0x41, 0x42, 0x43, 0x5e7f, 0x5e7e];
    const range = unicodeRange(cps);
    expect(range).toBe('U+41-43,U+4e2d,U+5e7e-5e7f');
    const covers = parseUnicodeRange(range);
    expect(cps.every(covers)).toBe(true);
    expect([0x40, 0x44, 0x4e2c, 0x5e80].some(covers)).toBe(false);
    expect(parseUnicodeRange('U+30??')(0x30ab)).toBe(true);
  });

  it('includes every character of the city names and the interface strings', () => {
    const chars = new Set(atlasCharacters(root));
    const cities = JSON.parse(readFileSync(resolve(root, 'geodata/cities.geojson'), 'utf8')) as {
      features: { properties: { name_zh: string; name_en: string } }[];
    };
    const text = cities.features.map((f) => f.properties.name_zh + f.properties.name_en).join('') + '广东口岸地图正在加载地图数据…';
    expect([...text].filter((ch) => !chars.has(ch.codePointAt(0)!))).toEqual([]);
    expect(chars.has(0x0a)).toBe(false);
  });
});

describe('one-file build: page assembly', () => {
  it('escapes what would end or confuse an inline script, without changing what the code means', () => {
    const code = 'const a = "</script><!-- x"; const b = /<\\/SCRIPT>/i.test(a); const c = `</script>`;';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    const run = (source: string) => new Function(`${source}; return [a, b, c];`)() as unknown[];
    expect(run(escaped)).toEqual(run(code));
  });

  it('inlines the entry script and the stylesheet, keeping $-sequences in the code intact', () => {
    const html =
      '<html><head><script type="module" crossorigin src="./assets/index-abc.js"></script>\n' +
      '<link rel="stylesheet" crossorigin href="./assets/index-def.css"></head><body></body></html>';
    const page = assemblePage({
      html,
      script: { fileName: 'assets/index-abc.js', code: 'const s = "$& $1 $$";' },
      style: { fileName: 'assets/index-def.css', code: 'body{margin:0}' },
      fontCss: '@font-face{font-family:x;src:url(data:font/woff2;base64,AA==)}',
    });
    expect(page).toContain('<script type="module">\nconst s = "$& $1 $$";\n</script>');
    expect(page).toContain('<style>\nbody{margin:0}\n</style>');
    expect(page.indexOf('@font-face')).toBeLessThan(page.indexOf('body{margin:0}'));
    expect(page).not.toMatch(/src="\.\/|href="\.\//);
  });

  it('refuses a page that would still load another file', () => {
    const html =
      '<script type="module" src="./assets/a.js"></script><link rel="stylesheet" href="./assets/a.css">' +
      '<script src="./assets/extra.js"></script>';
    expect(() =>
      assemblePage({ html, script: { fileName: 'assets/a.js', code: '' }, style: { fileName: 'assets/a.css', code: '' }, fontCss: '' }),
    ).toThrow(/extra\.js/);
  });
});
