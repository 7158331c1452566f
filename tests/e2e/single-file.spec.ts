import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseUnicodeRange } from '../../scripts/lib/single-file-font.ts';
import { provinceViewProblems, rendered, renderedLabels, waitForMapIdle } from './driver.ts';
import { ports, projects } from './geodata.ts';
import { openSingleFile, type SingleFilePage } from './single-file-harness.ts';

// The one-file build, dist-single/guangdong-port-atlas.html, made by `npm run build:single` (npm test runs
// it before the browser tests). Opened from file:// with every request that is not data:, blob: or the
// file itself blocked and counted.


interface FontReport {
  rules: { src: string; weight: string; range: string }[];
  faces: { family: string; weight: string; range: string; status: string }[];
  labelText: string;
  pageText: string;
}

function fontReport(atlas: SingleFilePage): Promise<FontReport> {
  return atlas.page.evaluate(() => {
    const rules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
      .map((rule) => ({
        src: rule.style.getPropertyValue('src'),
        weight: rule.style.getPropertyValue('font-weight'),
        range: rule.style.getPropertyValue('unicode-range'),
      }));
    const faces = [...document.fonts].map((f) => ({ family: f.family, weight: f.weight, range: f.unicodeRange, status: f.status }));
    const labels = window.__atlas!.map!.queryRenderedFeatures({ layers: ['city-labels', 'context-labels'] });
    const labelText = labels.map((f) => `${f.properties.name_zh}${f.properties.name_en}`).join('');
    return { rules, faces, labelText, pageText: document.body.innerText };
  });
}

/** The characters of `text` that no Noto Sans SC face passing `accept` covers. */
function uncovered(report: FontReport, text: string, accept: (face: FontReport['faces'][number]) => boolean): string[] {
  const faces = report.faces
    .filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC' && accept(f))
    .map((f) => parseUnicodeRange(f.range));
  return [...new Set(text.replace(/\s/g, ''))].filter((ch) => !faces.some((covers) => covers(ch.codePointAt(0)!)));
}

describe('the one-file offline build, opened from file://', () => {
  // One page for the read-only checks: on this two-core machine each load of the map takes seconds.
  let atlas: SingleFilePage;
  beforeAll(async () => {
    atlas = await openSingleFile();
    await waitForMapIdle(atlas.page);
  });
  afterAll(() => atlas?.close());

  it('draws the province with all 21 city labels and the ports, and sends no request at all', async () => {
    expect(await provinceViewProblems(atlas.page)).toEqual([]);
    expect(await renderedLabels(atlas.page, 'city-labels', 'adcode')).toHaveLength(21);
    const drawn = await rendered(atlas.page);
    expect(drawn.ports?.length ?? 0).toBe(ports.length);
    expect(drawn.projects?.length ?? 0).toBe(projects.length);
    expect(atlas.network).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it('draws every label and all visible interface text in its own inlined Noto Sans SC subset', async () => {
    const report = await fontReport(atlas);
    expect(report.rules.length).toBeGreaterThan(0);
    for (const rule of report.rules) {
      expect(rule.src.startsWith('url("data:font/woff2;base64,'), `@font-face src ${rule.src.slice(0, 60)}…`).toBe(true);
      expect(rule.range, 'each face lists the characters it holds').not.toBe('');
    }
    expect(new Set(report.rules.map((r) => r.weight))).toEqual(new Set(['400', '700']));
    // MapLibre draws labels once, from the faces loaded before the map: each label character must be in one.
    expect(report.labelText).toMatch(/广州市/);
    expect(uncovered(report, report.labelText, (f) => f.weight === '400' && f.status === 'loaded')).toEqual([]);
    expect(report.pageText).toMatch(/广东口岸地图/);
    expect(uncovered(report, report.pageText, (f) => f.status !== 'error')).toEqual([]);
    expect(atlas.network).toEqual([]);
  });
});

describe('the request count of the file:// harness', () => {
  let probe: SingleFilePage | null = null;
  afterEach(async () => {
    await probe?.close();
    probe = null;
  });

  it('counts a request to a file beside the page or to the network, so the zero above means something', async () => {
    probe = await openSingleFile();
    await probe.page.evaluate(() => {
      // Loopback and a discard port: even unblocked, nothing would leave the machine.
      for (const src of ['./sibling-probe.png', 'http://127.0.0.1:9/probe.png']) {
        const image = new Image();
        image.src = src;
        document.body.append(image);
      }
    });
    await expect.poll(() => probe!.network.length).toBe(2);
    expect(probe.network.some((url) => url.startsWith('file://') && url.endsWith('/dist-single/sibling-probe.png'))).toBe(true);
    expect(probe.network).toContain('http://127.0.0.1:9/probe.png');
  });
});
