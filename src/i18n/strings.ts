export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  appTitle: '广东口岸地图',
  appSubtitle: '口岸与“十四五”口岸发展规划',
  loading: '正在加载地图数据…',
  loadFailed: '地图数据加载失败',
  loadFailedHint: '以下数据文件无法读取，请检查部署是否完整后刷新页面：',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  dismiss: '关闭',
  ignoredParams: '链接中的以下参数无法识别，已忽略：',
  sar: '特别行政区',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appTitle: 'Guangdong Port Atlas',
  appSubtitle: 'Ports of entry and the 14th Five-Year Port Plan',
  loading: 'Loading map data…',
  loadFailed: 'Map data failed to load',
  loadFailedHint: 'These data files could not be read. Check the deployment is complete, then reload:',
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  dismiss: 'Dismiss',
  ignoredParams: 'These link parameters were not understood and were ignored:',
  sar: 'Special Administrative Region',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh, en };

export function translate(lang: Lang, key: StringKey): string {
  return STRINGS[lang][key];
}
