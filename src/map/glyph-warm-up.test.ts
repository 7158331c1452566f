import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { GLYPHS_PER_TASK, warmGlyphs } from './glyph-warm-up.ts';
import { trackMap } from './map-steps.ts';

/** A map with a glyph manager that records each request, and a `remove` it can fire. */
function fakeMap() {
  const requests: number[][] = [];
  const handlers = new Map<string, () => void>();
  const map = {
    style: { glyphManager: { getGlyphs: async (glyphs: Record<string, number[]>) => void requests.push(glyphs['Noto Sans SC']!) } },
    once: (event: string, handler: () => void) => handlers.set(event, handler),
  } as unknown as MapLibreMap;
  trackMap(map);
  return { map, requests, remove: () => handlers.get('remove')?.() };
}

describe('warmGlyphs', () => {
  it('asks for every distinct character once, a few per task, spaces left out', async () => {
    const { map, requests } = fakeMap();
    const text = '广州市深圳市珠海市汕头市佛山市韶关市河源市梅州市惠州市汕尾市东莞市中山市江门市阳江市湛江市茂名市肇庆市清远市潮州市揭阳市云浮市 广西 湖南 江西 福建 香港 澳门 Hong Kong Macao Guangxi Hunan Jiangxi Fujian';
    await warmGlyphs(map, 'Noto Sans SC', text);
    const asked = requests.flat();
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.map((cp) => String.fromCodePoint(cp)).sort()).toEqual([...new Set(text.replace(/\s/g, ''))].sort());
    expect(requests.length).toBe(Math.ceil(asked.length / GLYPHS_PER_TASK));
    for (const chunk of requests) expect(chunk.length).toBeLessThanOrEqual(GLYPHS_PER_TASK);
    expect(GLYPHS_PER_TASK).toBeLessThanOrEqual(12);
  });

  it('stops when the map is removed and does nothing without a glyph manager', async () => {
    const { map, requests, remove } = fakeMap();
    const warming = warmGlyphs(map, 'Noto Sans SC', '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海风雨雷电春夏秋冬东南西北');
    remove();
    await warming;
    expect(requests.length).toBe(1);
    await expect(warmGlyphs({} as MapLibreMap, 'Noto Sans SC', '广州')).resolves.toBeUndefined();
  });
});
