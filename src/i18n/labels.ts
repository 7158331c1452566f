import type {
  BorderCrossing,
  PlanColumn,
  PortStatus,
  PortSubtype,
  PortType,
  Precision,
  ProjectAction,
  ProjectStatus,
  RailService,
  RegionKey,
  SeaRegion,
} from '../data/enums.ts';
import type { ClassFilter, LayerKey } from '../state/hash-state.ts';
import type { Lang } from './strings.ts';

/** A label in both languages. Every enumeration has an exhaustive Record of these. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const PORT_TYPE_LABELS: Record<PortType, Bilingual> = {
  water: { zh: '水运口岸', en: 'Water' },
  land: { zh: '陆路口岸', en: 'Land' },
  air: { zh: '航空口岸', en: 'Air' },
  rail: { zh: '铁路口岸', en: 'Rail' },
};

export const PORT_SUBTYPE_LABELS: Record<PortSubtype, Bilingual> = {
  'sea-cargo': { zh: '海港（货运）', en: 'Seaport, cargo' },
  'sea-passenger': { zh: '海港（客运）', en: 'Seaport, passenger' },
  'sea-mixed': { zh: '海港（客货）', en: 'Seaport, cargo and passenger' },
  'river-cargo': { zh: '河港（货运）', en: 'River port, cargo' },
  'river-passenger': { zh: '河港（客运）', en: 'River port, passenger' },
  'river-mixed': { zh: '河港（客货）', en: 'River port, cargo and passenger' },
  road: { zh: '公路口岸', en: 'Road crossing' },
  'boundary-bridge': { zh: '跨境大桥口岸', en: 'Boundary bridge crossing' },
  pedestrian: { zh: '旅检（人行）口岸', en: 'Pedestrian crossing' },
  'rail-through-train': { zh: '铁路旅客口岸', en: 'Cross-boundary passenger rail' },
  'rail-freight': { zh: '中欧班列站点（货运）', en: 'China–Europe rail freight terminal' },
  airport: { zh: '机场', en: 'Airport' },
  heliport: { zh: '跨境直升机起降点', en: 'Cross-boundary heliport' },
  cruise: { zh: '邮轮码头', en: 'Cruise terminal' },
  yacht: { zh: '游艇码头', en: 'Yacht marina' },
  other: { zh: '其他', en: 'Other' },
};

export const PORT_STATUS_LABELS: Record<PortStatus, Bilingual> = {
  open: { zh: '开放', en: 'Open' },
  suspended: { zh: '暂停', en: 'Suspended' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, Bilingual> = {
  planned: { zh: '规划列示', en: 'Listed in the plan' },
  approved: { zh: '已获批', en: 'Approved' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  accepted: { zh: '已通过验收', en: 'Passed acceptance' },
  open: { zh: '已开放', en: 'Open' },
  suspended: { zh: '暂停', en: 'Suspended' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const PROJECT_ACTION_LABELS: Record<ProjectAction, Bilingual> = {
  new: { zh: '新开/新建', en: 'New' },
  expand: { zh: '扩大开放/扩建', en: 'Expand' },
  rebuild: { zh: '重建/改造', en: 'Rebuild' },
  relocate: { zh: '迁建/搬迁', en: 'Relocate' },
  upgrade: { zh: '升级', en: 'Upgrade' },
  integrate: { zh: '整合', en: 'Integrate' },
};

export const COLUMN_LABELS: Record<PlanColumn, Bilingual> = {
  1: { zh: '专栏1 水运货运', en: 'Column 1 · water cargo' },
  2: { zh: '专栏2 水运客运', en: 'Column 2 · water passenger' },
  3: { zh: '专栏3 陆路', en: 'Column 3 · land' },
  4: { zh: '专栏4 航空', en: 'Column 4 · air' },
  5: { zh: '专栏5 二类口岸', en: 'Column 5 · class II ports' },
};

export const REGION_LABELS: Record<RegionKey, Bilingual> = {
  'pearl-river-delta': { zh: '珠三角核心区', en: 'Pearl River Delta core' },
  'east-wing': { zh: '沿海经济带东翼', en: 'Coastal belt, east wing' },
  'west-wing': { zh: '沿海经济带西翼', en: 'Coastal belt, west wing' },
  north: { zh: '北部生态发展区', en: 'Northern ecological area' },
};

export const PRECISION_LABELS: Record<Precision, Bilingual> = {
  exact: { zh: '精确位置', en: 'Exact location' },
  area: { zh: '港区/片区位置', en: 'Port area' },
  city: { zh: '仅知所在城市', en: 'City only' },
};

export const CLASS_LABELS: Record<ClassFilter, Bilingual> = {
  I: { zh: '一类口岸', en: 'Class I' },
  II: { zh: '二类口岸', en: 'Class II' },
  unknown: { zh: '类别不详', en: 'Class unknown' },
};

export const LAYER_LABELS: Record<LayerKey, Bilingual> = {
  ports: { zh: '现有口岸', en: 'Ports of entry' },
  projects: { zh: '规划项目', en: 'Plan projects' },
  sea: { zh: '国际集装箱航线', en: 'Container shipping lines' },
  rail: { zh: '中欧班列', en: 'China–Europe rail' },
};

export const SEA_REGION_LABELS: Record<SeaRegion, Bilingual> = {
  'east-asia': { zh: '东北亚', en: 'Northeast Asia' },
  'southeast-asia': { zh: '东南亚', en: 'Southeast Asia' },
  'south-asia': { zh: '南亚', en: 'South Asia' },
  'middle-east': { zh: '中东', en: 'Middle East' },
  europe: { zh: '欧洲', en: 'Europe' },
  mediterranean: { zh: '地中海', en: 'Mediterranean' },
  africa: { zh: '非洲', en: 'Africa' },
  'north-america': { zh: '北美', en: 'North America' },
  'latin-america': { zh: '拉丁美洲', en: 'Latin America' },
  oceania: { zh: '大洋洲', en: 'Oceania' },
};

export const RAIL_SERVICE_LABELS: Record<RailService, Bilingual> = {
  'china-europe': { zh: '中欧班列', en: 'China–Europe' },
  'china-central-asia': { zh: '中亚班列', en: 'China–Central Asia' },
  'china-asia': { zh: '亚洲班列', en: 'China–Asia' },
};

export const BORDER_CROSSING_LABELS: Record<BorderCrossing, Bilingual> = {
  manzhouli: { zh: '满洲里', en: 'Manzhouli' },
  erenhot: { zh: '二连浩特', en: 'Erenhot' },
  alashankou: { zh: '阿拉山口', en: 'Alashankou' },
  khorgos: { zh: '霍尔果斯', en: 'Khorgos' },
  irkeshtam: { zh: '伊尔克什坦', en: 'Irkeshtam' },
  mohan: { zh: '磨憨', en: 'Mohan' },
  unknown: { zh: '未知', en: 'Unknown' },
};

export function pick(label: Bilingual, lang: Lang): string {
  return label[lang];
}

/** A data record's name in the UI language (English names fall back to Chinese if missing). */
export function nameOf(record: { name_zh: string; name_en?: string | null }, lang: Lang): string {
  return lang === 'en' && record.name_en ? record.name_en : record.name_zh;
}
