/**
 * Peer 2: the atlas's first view in ECharts 6 (Canvas 2D): the cities as a geo component (roam on,
 * so a drag pans it), ports and projects as scatter series coloured by port type, sea and rail
 * routes as polyline lines series. Animation is off, so the first 'finished' event is the first
 * complete view. Only the modules the view needs are registered (echarts/core).
 */
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { BASEMAP_COLOURS, benchState, FIRST_VIEW, GEODATA, PORT_TYPE_COLOURS, ROUTE_COLOURS, UNKNOWN_TYPE_COLOUR } from '../view.ts';

echarts.use([GeoComponent, ScatterChart, LinesChart, CanvasRenderer]);

const bench = benchState();

type Marker = FeatureCollection<Point, { port_type: string }>;
type Routes = FeatureCollection<LineString>;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

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

const [cities, ports, projects, seaRoutes, railRoutes] = await Promise.all([
  json<Parameters<typeof echarts.registerMap>[1]>(GEODATA.cities),
  json<Marker>(GEODATA.ports),
  json<Marker>(GEODATA.projects),
  json<Routes>(GEODATA.seaRoutes),
  json<Routes>(GEODATA.railRoutes),
]);
echarts.registerMap('guangdong', cities);

chart.on('finished', () => {
  bench.idleAt ??= performance.now();
});
const [[west, south], [east, north]] = FIRST_VIEW.bounds;
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
    // Top and bottom only: with all four sides set ECharts would stretch the map to the box. The
    // width then follows from the aspect, centred, as MapLibre fits these bounds in a wide viewport.
    top: FIRST_VIEW.padding,
    bottom: FIRST_VIEW.padding,
    left: 'center',
    silent: true,
    itemStyle: { areaColor: BASEMAP_COLOURS.cityFill, borderColor: BASEMAP_COLOURS.cityLine, borderWidth: 0.8 },
  },
  series: [
    routes('sea routes', seaRoutes, ROUTE_COLOURS.sea, 1.5),
    routes('rail routes', railRoutes, ROUTE_COLOURS.rail, 1.8),
    markers('projects', projects, 8),
    markers('ports', ports, 11),
  ],
});
