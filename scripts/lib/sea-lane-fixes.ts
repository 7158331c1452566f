/**
 * The hand-made corrections to the sea-lane network (sea-lanes.ts) and to single routes (build-routes.ts):
 * data, each entry with why it is there. geodata:check's sea-route-on-land rule says when one is needed.
 */
import type { Position } from 'geojson';

/** An edge of the network given by its two vertices exactly as in marnet, with why it is changed. */
export interface EdgeRef {
  name: string;
  from: Position;
  to: Position;
}

/** Network edges removed before routing. */
export const DROPPED_EDGES: readonly EdgeRef[] = [
  {
    name: 'spur from the South China Sea hub into the Pearl River Estuary: it runs over Lantau; the terminal fairways replace it',
    from: [114.1, 21.7],
    to: [113.6956, 22.6663],
  },
  { name: 'Bahamas: lane from the Windward Passage straight over Long Island and Cat Island', from: [-76.3617, 26.1507], to: [-73.8, 20] },
  { name: 'Bahamas: lane from the Windward Passage straight over Long Island', from: [-73.9, 20], to: [-75.2539, 23.2118] },
  { name: 'Bahamas: lane over Long Island and Eleuthera', from: [-75.2539, 23.2118], to: [-76.6769, 26.4098] },
  { name: 'Bahamas: lane from the Windward Passage straight over Long Island and Exuma', from: [-76.7809, 25.3577], to: [-73.8, 20] },
  { name: 'Torres Strait straight across Cape York to the Great Barrier Reef', from: [142.133, -10.55], to: [145.4, -14.7] },
  { name: 'Torres Strait straight across the tip of Cape York to the Coral Sea', from: [142.20559013399998, -10.581494752000026], to: [160, -20] },
];

/** Network vertices moved off land (every edge at the vertex moves with it). */
export const MOVED_VERTICES: readonly { name: string; from: Position; to: Position }[] = [
  { name: 'Paracel Islands: the lane ran between the Crescent and Amphitrite groups; take it east of them', from: [112.0495, 16.9609], to: [112.95, 16.2] },
  { name: 'Spratly area: keep the lane east of the shoal drawn at 109.4–110.0° E, 7.6–7.9° N', from: [109.9482, 7.9505], to: [110.15, 7.9] },
  { name: 'Baja California: the lane vertex sat on Isla Magdalena', from: [-112.4212, 25.0007], to: [-112.55, 24.75] },
  { name: 'Dardanelles: the vertex lay on the tip of the Gallipoli peninsula', from: [26.2, 40.1], to: [26.2, 40.04] },
  { name: 'Cherbourg: the vertex lay on the shore', from: [-1.621650058189603, 49.664749551404256], to: [-1.62, 49.72] },
  { name: 'Øresund: the vertex lay on the Swedish shore; put it mid-sound', from: [12.75, 55.9], to: [12.6, 55.8] },
];

/** Network edges that cut across land, each replaced by from → via → to. */
export const LANE_FIXES: readonly (EdgeRef & { via: Position[] })[] = [
  { name: 'Socotra: pass north of the island', from: [51, 13], to: [54.7085, 12.2395], via: [[53.3, 12.9], [54.6, 12.8]] },
  {
    name: 'Gulf of Suez: follow the middle of the gulf instead of cutting across the Sinai shore',
    from: [33.75, 27.9],
    to: [32.6, 29.7],
    via: [[33.4, 28.3], [33.01, 28.8], [32.72, 29.3]],
  },
  { name: 'Taiwan Strait: keep off the Fujian islands (Nanri, Pingtan)', from: [117, 23], to: [120, 25.7], via: [[119.95, 25.3]] },
  { name: 'Zhejiang coast: keep off the Taizhou and Zhoushan shore', from: [121.3, 27.8], to: [122.6776, 30.8345], via: [[121.75, 28], [122.3, 29.2]] },
  { name: 'Jeju: pass north of the island through the Jeju Strait', from: [122.9, 31.3], to: [127.6, 34.2], via: [[126.1, 33.8]] },
  { name: 'La Pérouse Strait: pass south of Cape Aniva, Sakhalin', from: [142, 45.8], to: [149.0927, 48.4904], via: [[143.5, 45.85]] },
  { name: 'Kuril Islands: cross south of Paramushir', from: [149.0927, 48.4904], to: [156.9, 50.7], via: [[155.3, 49.9]] },
  { name: 'Bering Sea: keep off the Koryak coast', from: [167.9, 59.6], to: [180, 62.1], via: [[170.3, 59.75]] },
  { name: 'Izu Peninsula: round its southern tip', from: [135.1, 33.2], to: [139.3, 35], via: [[138.8, 34.45]] },
  { name: 'New Caledonia: pass east of the south end of Grande Terre', from: [166, -21], to: [167.7, -23], via: [[167, -21.9]] },
  { name: 'Coromandel Peninsula: round Cape Colville', from: [175.2, -36.7], to: [176.9, -36.25], via: [[175.38, -36.38]] },
  { name: 'Qiongzhou Strait: keep between the Leizhou Peninsula and Hainan', from: [107.1, 20.25], to: [111.35, 20.4], via: [[109.9, 20.15], [110.6, 20.15]] },
  { name: 'Aegean: pass west of Chios', from: [27.2, 36.2], to: [25.5, 39.4], via: [[25.75, 38.2]] },
  { name: 'Aegean: pass south of Lesbos', from: [26.5, 38.9], to: [25.5, 39.4], via: [[25.9, 38.85]] },
  {
    name: 'Dardanelles: follow the strait into the Sea of Marmara',
    from: [26.2, 40.04],
    to: [28.9777077745878, 40.97156755117943],
    via: [[26.32, 40.124], [26.405, 40.185], [26.61, 40.33], [26.72, 40.41], [26.9, 40.47]],
  },
  { name: 'Western Sahara: keep off the coast near Cape Bojador', from: [-18, 21], to: [-13.554, 27.4027], via: [[-15.6, 25.6]] },
  { name: 'Strait of Gibraltar: round Cape Spartel', from: [-7.1, 34.4], to: [-5.75, 35.95], via: [[-6.2, 35.75]] },
  { name: 'Bahamas: pass north of Abaco', from: [-78.8, 26.3], to: [-74.4754, 28.2202], via: [[-77.9, 27]] },
  {
    name: 'Bahamas: Northeast and Northwest Providence Channels instead of across Abaco and Grand Bahama',
    from: [-80.1228, 30.3972],
    to: [-76.7809, 25.3577],
    via: [[-79.25, 26.2], [-77.75, 25.95]],
  },
];

/** Extra lanes added to the network (coordinates in order; each consecutive pair is an edge). */
export const EXTRA_LANES: readonly { name: string; coordinates: Position[] }[] = [
  { name: 'Taiwan Strait south entrance to the Luzon Strait (Shantou → Manila went round by the Pearl River hub)', coordinates: [[117, 23], [120, 19]] },
  { name: 'Colón straight to Kingston (the lanes from Colón cross the Jamaica lanes without meeting them)', coordinates: [[-80, 9.75], [-76.85, 17.6]] },
  { name: 'south-west Hainan straight on to the Vietnamese coast lane (routes round Hainan doubled back)', coordinates: [[109.2187, 18.017], [109, 16.1]] },
];

/** Hand-placed approaches to destination ports, from the open sea in towards the quay (matched by to_coordinates). */
export const PORT_APPROACHES: readonly { name: string; port: Position; via: Position[] }[] = [
  { name: 'Tokyo: up the Uraga Channel into Tokyo Bay', port: [139.765, 35.605], via: [[139.75, 34.95], [139.74, 35.2], [139.8, 35.45]] },
  { name: 'Yokohama: up the Uraga Channel into Tokyo Bay', port: [139.67, 35.435], via: [[139.75, 34.95], [139.74, 35.2], [139.7, 35.35]] },
  { name: 'Kingston: from the south, past Port Royal', port: [-76.825, 17.975], via: [[-76.85, 17.6], [-76.8, 17.8]] },
  {
    name: 'Seattle: Strait of Juan de Fuca, Admiralty Inlet, Puget Sound',
    port: [-122.355, 47.58],
    via: [[-124.75, 48.47], [-124, 48.41], [-123.4, 48.33], [-122.8, 48.2], [-122.6, 48], [-122.45, 47.75]],
  },
  {
    name: 'Vancouver: Strait of Juan de Fuca, Haro Strait, Strait of Georgia, First Narrows',
    port: [-123.08, 49.29],
    via: [[-124.75, 48.47], [-124, 48.41], [-123.3, 48.4], [-123.2, 48.75], [-123.45, 49.1], [-123.35, 49.22]],
  },
  { name: 'Southampton: Nab Channel, Spithead, Southampton Water', port: [-1.435, 50.905], via: [[-1, 50.45], [-0.95, 50.6], [-1.1, 50.76], [-1.3, 50.8]] },
  { name: 'Gdańsk: round the tip of the Hel Peninsula', port: [18.705, 54.395], via: [[18.85, 54.75], [18.85, 54.45]] },
  { name: 'Aliağa: between Lesbos and the Karaburun peninsula into Çandarlı Gulf', port: [26.955, 38.795], via: [[25.75, 38.2], [25.7, 38.7], [26.35, 38.78]] },
  { name: 'Mundra: into the Gulf of Kutch', port: [69.705, 22.74], via: [[68.75, 22.4]] },
  { name: 'Onne: up the Bonny River', port: [7.155, 4.71], via: [[7.16, 4.3]] },
  { name: 'Santana: the Amazon’s northern channel', port: [-51.175, -0.055], via: [[-49.6, 1.3], [-50.3, 0.75], [-50.53, 0.55], [-50.72, 0.3], [-50.89, 0.08]] },
  {
    name: 'Cat Lai (Ho Chi Minh City): Ganh Rai Bay and the Long Tau River',
    port: [106.79, 10.76],
    via: [[107.05, 10.25], [107, 10.5], [106.93, 10.6], [106.85, 10.66], [106.77, 10.69], [106.78, 10.73]],
  },
  { name: 'Savannah: up the Savannah River from Tybee Roads', port: [-81.14, 32.125], via: [[-80.7, 31.98], [-80.84, 32.03], [-81, 32.08]] },
];

/** Points a route must pass, where its source states the routing (keyed by route id). */
export const ROUTE_VIAS: Readonly<Record<string, { why: string; via: Position[] }>> = {
  'sea-nansha-valencia': { why: 'the source describes the Cape of Good Hope routing', via: [[18.3, -35]] },
  // Melbourne: the shortest lane goes round Cape Leeuwin; down the east coast through Bass Strait is about 1.5 %
  // longer. Draw the east-coast way, which the Sydney and Brisbane routes of the same services take.
  'sea-nansha-melbourne': { why: 'east-coast way, as the Sydney and Brisbane routes', via: [[150.1, -37.7]] },
  'sea-chiwan-melbourne': { why: 'east-coast way, as the Sydney and Brisbane routes', via: [[150.1, -37.7]] },
};
