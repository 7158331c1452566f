/**
 * Peer 2: the atlas's whole default view in ECharts 6 (Canvas 2D): the cities and the areas around
 * them as one registered map (roam on, so a drag pans it) with the city and area names, the rivers,
 * sea and rail routes as polyline lines series, ports and projects as scatter series coloured by port
 * type. The borders are drawn solid (ECharts' geo has no dashed region borders) and the world is left
 * out (ECharts draws the registered map only). Animation is off, so the first 'finished' event after
 * the option is set is the first complete view. Only the modules the view needs are registered.
 */
import '@fontsource/noto-sans-sc/400.css';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { applyFrame, BASEMAP_COLOURS, benchState, fetchJson as json, FIRST_VIEW, FONT_FAMILY, GEODATA, PORT_TYPE_COLOURS, ROUTE_COLOURS, UNKNOWN_TYPE_COLOUR } from '../view.ts';

echarts.use([GeoComponent, ScatterChart, LinesChart, CanvasRenderer]);

const bench = benchState();
applyFrame();

type Marker = FeatureCollection<Point, { port_type: string }>;
type Routes = FeatureCollection<LineString>;

const colour = (type: string) => PORT_TYPE_COLOURS[type as keyof typeof PORT_TYPE_COLOURS] ?? UNKNOWN_TYPE_COLOUR;

function markers(name: string, collection: Marker, size: number) {
  return {
    type: 'scatter' as const,
    name,
    coordinateSystem: 'geo',
    symbolSize: size,
    itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
    data: collection.features.map((f) => ({ value: f.geometry.coordinates, itemStyle: { color: colour(f.properties.port_type) } })),
  };
}

function routes(name: string, collection: Routes, color: string, width: number) {
  return {
    type: 'lines' as const,
    name,
    coordinateSystem: 'geo',
    polyline: true,
    lineStyle: { color, width, opacity: 1 },
    data: collection.features.map((f) => ({ coords: f.geometry.coordinates })),
  };
}

const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
bench.mapAt = performance.now();

type Areas = FeatureCollection<Geometry, { name_zh: string; kind?: string; label?: [number, number]; cp?: [number, number]; name?: string }>;
const [cities, context, rivers, ports, projects, seaRoutes, railRoutes] = await Promise.all([
  json<Areas>(GEODATA.cities),
  json<Areas>(GEODATA.context),
  json<Routes>(GEODATA.rivers),
  json<Marker>(GEODATA.ports),
  json<Marker>(GEODATA.projects),
  json<Routes>(GEODATA.seaRoutes),
  json<Routes>(GEODATA.railRoutes),
]);
// One name per area at its label point (ECharts reads `cp`), and the names' glyphs loaded before the first draw.
const areas = [...context.features, ...cities.features].map((f) => ({ ...f, properties: { ...f.properties, name: f.properties.name_zh, cp: f.properties.label } }));
await document.fonts.load(`400 16px "${FONT_FAMILY}"`, areas.map((f) => f.properties.name).join(''));
echarts.registerMap('guangdong', { type: 'FeatureCollection', features: areas } as unknown as Parameters<typeof echarts.registerMap>[1]);
const areaColour = (kind: string | undefined) => (kind === 'sar' ? [BASEMAP_COLOURS.sar, BASEMAP_COLOURS.sarLine] : [BASEMAP_COLOURS.province, BASEMAP_COLOURS.provinceLine]);

chart.on('finished', () => {
  bench.idleAt ??= performance.now();
});
bench.centre = () => chart.convertFromPixel({ geoIndex: 0 }, [chart.getWidth() / 2, chart.getHeight() / 2]) as [number, number];
const [[west, south], [east, north]] = FIRST_VIEW.bounds;
// Fitted as MapLibre fits the bounds: padded on the two sides that limit it, centred on the others
// (with all four sides set ECharts would stretch the map to the box).
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const aspect = ((east - west) * Math.PI) / 180 / (mercatorY(north) - mercatorY(south));
const pad = FIRST_VIEW.padding;
const wide = (chart.getWidth() - 2 * pad) / (chart.getHeight() - 2 * pad) > aspect;
chart.setOption({
  animation: false,
  backgroundColor: BASEMAP_COLOURS.sea,
  geo: {
    map: 'guangdong',
    roam: true,
    // Web Mercator's vertical stretch at Guangdong's latitude (≈ 1 / cos 23°), as MapLibre draws it.
    aspectScale: 0.92,
    boundingCoords: [
      [west, north],
      [east, south],
    ],
    ...(wide ? { top: pad, bottom: pad, left: 'center' } : { left: pad, right: pad, top: 'middle' }),
    silent: true,
    label: { show: true, fontFamily: FONT_FAMILY, fontSize: 11, color: BASEMAP_COLOURS.label, textBorderColor: BASEMAP_COLOURS.labelHalo, textBorderWidth: 1.5 },
    itemStyle: { areaColor: BASEMAP_COLOURS.cityFill, borderColor: BASEMAP_COLOURS.cityLine, borderWidth: 0.8 },
    regions: context.features.map((f) => {
      const [fill, border] = areaColour(f.properties.kind);
      return { name: f.properties.name_zh, itemStyle: { areaColor: fill, borderColor: border, borderWidth: f.properties.kind === 'sar' ? 1.4 : 0.8 }, label: { color: f.properties.kind === 'sar' ? BASEMAP_COLOURS.sarLine : BASEMAP_COLOURS.minorLabel } };
    }),
  },
  series: [
    routes('rivers', rivers, BASEMAP_COLOURS.river, 1.1),
    routes('sea routes', seaRoutes, ROUTE_COLOURS.sea, 1.5),
    routes('rail routes', railRoutes, ROUTE_COLOURS.rail, 1.8),
    markers('projects', projects, 8),
    markers('ports', ports, 11),
  ],
});
