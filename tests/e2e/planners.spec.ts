import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasPage, openAtlas } from './harness.ts';
import { PORT_TYPES } from '../../src/data/enums.ts';
import { PORT_TYPE_SYMBOLS } from '../../src/layers/symbols.ts';
import { LIGHT_THEME } from '../../src/map/theme.ts';
import { colourDistance, hash, hexRgb, lngLatScreenPoint, mapState, rendered, screenPixels, shownCount, waitForMapIdle, waitForMoveEnd } from './driver.ts';

let atlas: AtlasPage | null = null;
afterEach(async () => {
  expect(atlas?.offOrigin ?? []).toEqual([]);
  await atlas?.close();
  atlas = null;
});

async function open(hashText: string) {
  atlas = await openAtlas({ hash: hashText });
  await waitForMapIdle(atlas.page);
  return atlas.page;
}

/** City adcode of every project the map draws right now. */
function drawnProjectCities(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    return window.__atlas!.drawn('projects').map((d) => String(d.properties.city));
  });
}

describe('statistics panel', () => {
  it('filters the map and the link when a city bar is clicked, and its table equals the map', async () => {
    const page = await open('#panel=stats&status=planned');
    await page.getByTestId('city-bars').locator('[data-key="441300"]').click();
    await expect.poll(() => hash(page)).toContain('city=441300');
    const cities = await drawnProjectCities(page);
    expect(cities.length).toBeGreaterThan(0);
    expect(new Set(cities)).toEqual(new Set(['441300']));
    const count = Number(await page.getByTestId('stats-table').locator('tr[data-city="441300"] td[data-count]').getAttribute('data-count'));
    expect(count).toBe(cities.length);
    // Clicking the same bar again lifts the city filter.
    await page.getByTestId('city-bars').locator('[data-key="441300"]').click();
    await expect.poll(() => hash(page)).not.toContain('city=');
  });

  it('counts per city in the table equal the projects drawn, for every city', async () => {
    const page = await open('#panel=stats&types=water&column=1,5');
    const cities = await drawnProjectCities(page);
    const rows = await page.getByTestId('stats-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-city'), Number(tr.querySelector('td[data-count]')!.getAttribute('data-count'))] as const),
    );
    expect(rows).toHaveLength(21);
    for (const [city, count] of rows) expect(count, city!).toBe(cities.filter((c) => c === city).length);
    expect(await page.getByTestId('finding').textContent()).toMatch(/\d+\/\d+|of \d+/);
  });

  it('highlights the city on the map while its bar is hovered', async () => {
    const page = await open('#panel=stats');
    await page.getByTestId('city-bars').locator('[data-key="440300"]').hover();
    await expect
      .poll(() => page.evaluate(() => window.__atlas!.map!.getFeatureState({ source: 'basemap', id: '440300' }).highlight))
      .toBe(true);
  });
});

describe('choropleth, clusters and density', () => {
  it('colours each city by the class its count falls in, as the legend says', async () => {
    const page = await open('#panel=stats&choro=projects');
    const legend = page.getByTestId('choropleth-legend').first();
    await legend.waitFor();
    const classes = await legend.locator('li').evaluateAll((items) =>
      items.map((li) => ({
        min: Number(li.getAttribute('data-min')),
        max: Number(li.getAttribute('data-max')),
        cities: Number(li.getAttribute('data-cities')),
        colour: (li.querySelector('.swatch') as HTMLElement).style.background,
      })),
    );
    expect(classes.reduce((n, c) => n + c.cities, 0)).toBe(21);
    const fill = (await page.evaluate(() => window.__atlas!.map!.getPaintProperty('choropleth-fill', 'fill-color'))) as unknown[];
    const colourOf = new Map<string, string>();
    for (let i = 2; i < fill.length - 1; i += 2) colourOf.set(String(fill[i]), String(fill[i + 1]));
    const rows = await page.getByTestId('stats-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-city')!, Number(tr.querySelector('td[data-count]')!.getAttribute('data-count'))] as const),
    );
    const toRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const [city, count] of rows) {
      const expected = classes.find((c) => count >= c.min && count <= c.max)!;
      expect(toRgb(colourOf.get(city)!), city).toBe(expected.colour);
    }
    expect(await page.evaluate(() => window.__atlas!.map!.getLayoutProperty('choropleth-fill', 'visibility'))).toBe('visible');
    await expect.poll(() => page.evaluate(() => window.__atlas!.map!.getLayoutProperty('region-line', 'visibility'))).toBe('visible');
    await page.screenshot({ path: '.tmp/screenshots/e2e-choropleth.png' });
  });

  it('groups markers into clusters that split by type and zoom in on click', async () => {
    const page = await open('#display=clusters');
    type Shown = { id: string; size: number; position: [number, number]; countByType: Record<string, number>; memberTypes: string[] };
    const clusters: Shown[] = await page.evaluate(() => {
      const atlas = window.__atlas!;
      const layer = (atlas.layers as unknown as { id: string; props: { data: { id: string; members: string[]; position: [number, number]; countByType: Record<string, number> }[] } }[]).find((l) => l.id === 'clusters')!;
      const typeOf = (id: string) => (atlas.data!.index.ports.get(id) ?? atlas.data!.index.projects.get(id))!.properties.port_type;
      return layer.props.data.map((c) => ({ id: c.id, size: c.members.length, position: c.position, countByType: c.countByType, memberTypes: c.members.map(typeOf) }));
    });
    expect(clusters.length).toBeGreaterThan(5);
    // Each cluster counts its members by their own port type.
    for (const c of clusters) {
      for (const type of PORT_TYPES) expect(c.countByType[type], `${c.id} ${type}`).toBe(c.memberTypes.filter((t) => t === type).length);
    }
    // And the donut on screen shows it: in a mixed cluster standing apart from the others, the middle of each
    // slice of 40° or more is in that type's colour (geometry of src/layers/cluster-donut.ts: ring 15–26 of 64).
    const box = (await page.getByTestId('map').boundingBox())!;
    const iconPx = (c: Shown) => Math.min(64, 26 + Math.sqrt(c.size) * 5);
    const probesNow = async () => {
      const centres = await Promise.all(clusters.map((c) => lngLatScreenPoint(page, c.position)));
      const probes: { cluster: string; type: string; point: { x: number; y: number } }[] = [];
      clusters.forEach((c, i) => {
        const centre = centres[i];
        const inside = centre.x > box.x + 40 && centre.x < box.x + box.width - 40 && centre.y > box.y + 40 && centre.y < box.y + box.height - 40;
        if (!inside || PORT_TYPES.filter((t) => c.countByType[t] > 0).length < 2) return;
        let angle = -Math.PI / 2;
        for (const type of PORT_TYPES.filter((t) => c.countByType[t] > 0)) {
          const sweep = (c.countByType[type] / c.size) * Math.PI * 2;
          const middle = angle + sweep / 2;
          angle += sweep;
          const point = { x: centre.x + Math.cos(middle) * 20.5 * (iconPx(c) / 64), y: centre.y + Math.sin(middle) * 20.5 * (iconPx(c) / 64) };
          // Only where no other cluster's icon may lie on top.
          const covered = centres.some((o, j) => j !== i && Math.hypot(o.x - point.x, o.y - point.y) < iconPx(clusters[j]) / 2 + 2);
          if (sweep >= (40 * Math.PI) / 180 && !covered) probes.push({ cluster: c.id, type, point });
        }
      });
      return probes;
    };
    const probed = await probesNow();
    expect(new Set(probed.map((p) => p.cluster)).size, 'mixed clusters with a slice in the open').toBeGreaterThanOrEqual(2);
    expect(new Set(probed.map((p) => p.type)).size).toBeGreaterThanOrEqual(2);
    // The donut icons load after the layer is set: wait until they are on screen.
    await expect
      .poll(async () => {
        const probes = await probesNow();
        const colours = await screenPixels(page, probes.map((p) => p.point));
        const wrong = probes.filter((p, i) => colourDistance(colours[i], hexRgb(PORT_TYPE_SYMBOLS[p.type as keyof typeof PORT_TYPE_SYMBOLS].colour)) > 30);
        return wrong.map((p) => `${p.cluster} ${p.type}: ${colours[probes.indexOf(p)]}`);
      }, { timeout: 15_000 })
      .toEqual([]);

    const biggest = [...clusters].sort((a, b) => b.size - a.size)[0];
    const before = (await mapState(page)).zoom;
    const point = await page.evaluate((p) => window.__atlas!.map!.project(p), biggest.position);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await waitForMoveEnd(page);
    await expect.poll(async () => (await mapState(page)).zoom).toBeGreaterThan(before + 1);
    await page.screenshot({ path: '.tmp/screenshots/e2e-clusters.png' });
  });

  it('draws a density surface instead of markers, where the ports and projects are', async () => {
    const page = await open('#display=density&panel=filters');
    // The density layer's code loads on first use.
    await expect.poll(async () => Object.keys(await rendered(page))).toContain('density');
    const layers = await rendered(page);
    expect(layers.ports).toEqual([]);
    expect(layers.projects).toEqual([]);
    // Every visible port and project feeds the surface at its own position (no filter: all of them), none is drawn as a marker.
    const { fed, all } = await page.evaluate(() => {
      const atlas = window.__atlas!;
      const data = atlas.layers.find((l) => l.id === 'density')!.props.data as { position: number[] }[];
      return {
        fed: data.map((d) => d.position.join(',')).sort(),
        all: [...atlas.data!.ports.features, ...atlas.data!.projects.features].map((f) => f.geometry.coordinates.join(',')).sort(),
      };
    });
    expect(fed.length).toBe(await shownCount(page));
    expect(fed).toEqual(all);
    // On screen: the busiest spot (most points within the hexagon radius, 12 km) is coloured from the dark,
    // blue end of the ramp; a place 40 km from any port or project keeps the plain land colour.
    const points = fed.map((p) => p.split(',').map(Number) as [number, number]);
    const km = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * 111.32 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110.57);
    const busiest = points.map((p) => ({ p, n: points.filter((q) => km(p, q) < 12).length })).sort((a, b) => b.n - a.n)[0].p;
    const empty: [number, number] = [112.6, 24.6];
    expect(Math.min(...points.map((p) => km(p, empty)))).toBeGreaterThan(40);
    // Read where those places are at the moment of each screenshot: the surface may still be arriving.
    const colours = async () => screenPixels(page, [await lngLatScreenPoint(page, busiest), await lngLatScreenPoint(page, empty)]);
    await expect
      .poll(async () => {
        const [dense] = await colours();
        return dense[2] - dense[0];
      }, { timeout: 15_000, message: `blue over red at the busiest spot ${busiest}` })
      .toBeGreaterThan(40);
    const [, plain] = await colours();
    expect(colourDistance(plain, hexRgb(LIGHT_THEME.city)), `at ${empty}: ${plain}`).toBeLessThanOrEqual(8);
    expect(await page.getByTestId('legend-density').count()).toBe(1);
    await page.screenshot({ path: '.tmp/screenshots/e2e-density.png' });
  });
});

describe('export', () => {
  it('downloads CSV and GeoJSON of exactly the filtered set, with filters and date', async () => {
    const page = await open('#panel=stats&types=land,air&status=planned,open');
    const drawn = await rendered(page);
    const ids = [...drawn.ports, ...drawn.projects].sort();

    // Downloads from a remote browser are fetched to a local file with saveAs.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^guangdong-port-atlas-\d{4}-\d{2}-\d{2}\.csv$/);
    await csvDownload.saveAs(join(dir, 'export.csv'));
    const csv = readFileSync(join(dir, 'export.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toContain('types=land,air');
    expect(lines[1]).toContain('status=planned,open');
    expect(lines[0]).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(lines.slice(3).map((line) => line.split(',')[0]).sort()).toEqual(ids);

    const [geoDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
    await geoDownload.saveAs(join(dir, 'export.geojson'));
    const geojson = JSON.parse(readFileSync(join(dir, 'export.geojson'), 'utf8'));
    expect(geojson.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(ids);
    expect(geojson.atlas_export.filters).toContain('types=land,air');
  });
});
