import type { RasterSourceSpecification } from 'maplibre-gl';
import type { BasemapKey } from '../state/hash-state.ts';

export const ONLINE_LAYER_ID = 'online-basemap';
/** The online raster goes over the offline land fills but under borders and labels. */
export const ONLINE_BEFORE_LAYER = 'city-line';

export interface OnlineBasemap {
  source: RasterSourceSpecification;
  attribution: string;
}

/**
 * Online basemaps are opt-in: the default view makes no request off the page's origin. Both are
 * WGS-84-compatible Web Mercator tiles (天地图 vec_w is CGCS2000), so our coordinates line up;
 * GCJ-02 basemaps (AMap, Tencent) are deliberately not offered.
 */
export function onlineBasemap(key: BasemapKey, tiandituKey: string | null): OnlineBasemap | null {
  switch (key) {
    case 'offline':
      return null;
    case 'osm':
      return {
        source: { type: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19 },
        attribution: '© OpenStreetMap contributors',
      };
    case 'tianditu':
      if (!tiandituKey) return null;
      return {
        source: {
          type: 'raster',
          tiles: [0, 1, 2, 3, 4, 5, 6, 7].map(
            (n) =>
              `https://t${n}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(tiandituKey)}`,
          ),
          tileSize: 256,
          maxzoom: 18,
        },
        attribution: '天地图 © 国家地理信息公共服务平台',
      };
  }
}

const KEY_ITEM = 'atlas.tiandituKey';
const keyListeners = new Set<() => void>();

/** A key set at build time (VITE_TIANDITU_KEY) or typed in by the user for this browser session. */
export function tiandituKey(): string | null {
  const fromBuild = import.meta.env.VITE_TIANDITU_KEY as string | undefined;
  return fromBuild || sessionStorage.getItem(KEY_ITEM) || null;
}

/** Keeps the user's key for this session and tells those who draw or credit the basemap. */
export function saveTiandituKey(key: string): void {
  sessionStorage.setItem(KEY_ITEM, key);
  for (const listener of keyListeners) listener();
}

/** For useSyncExternalStore with tiandituKey: the credits change when a key is saved. */
export function onTiandituKey(listener: () => void): () => void {
  keyListeners.add(listener);
  return () => keyListeners.delete(listener);
}
