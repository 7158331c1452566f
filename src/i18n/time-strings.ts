import type { Lang } from './strings.ts';

/** The words of the timeline and the plan's progress (zh first), kept apart from strings.ts as their own feature. */
const zh = {
  timeline: '时间轴',
  foldTimeline: '收起时间轴',
  asOf: '截至 {date}',
  today: '今天',
  toToday: '回到今天',
  play: '播放',
  playPlan: '规划期',
  playPlanHint: '逐月播放规划期（2021年12月—2025年12月）',
  pause: '暂停',
  previousEvent: '上一个有日期的事件',
  nextEvent: '下一个有日期的事件',
  sliderLabel: '显示日期（按月）',
  planStart: '规划印发',
  dateUnknown: '日期不详',
  dateUnknownPort: '开放日期不详：无法确定此时是否已开放',
  dateUnknownRoute: '首发日期不详（淡色线路）',
  notYetOpen: '此时尚未开放',
  notYetPlanned: '此时规划尚未印发',
  planNote: '规划于 {date} 印发，其项目自此起显示。',
  inService: '已开通',
  statusOn: '{date} 的状态',
  progressTable: '各专栏、区域、城市的项目状态（{date}）',
  progressColumn: '专栏{n}',
  progressTotal: '合计',
  progressGroup: '分组',
  progressSentence: '截至 {date}，108 个规划项目中 {open} 个已开放、{building} 个在建；{none} 个尚无进展报道。',
  progressSentenceGeneral: '截至 {date}，{total} 个规划项目中 {open} 个已开放、{building} 个在建；{none} 个尚无进展报道。',
  progressCsv: '下载 CSV',
  byColumn: '各专栏',
};

const en: Record<keyof typeof zh, string> = {
  timeline: 'Timeline',
  foldTimeline: 'Fold the timeline',
  asOf: 'As of {date}',
  today: 'today',
  toToday: 'Back to today',
  play: 'Play',
  playPlan: 'Plan period',
  playPlanHint: 'Play the plan period month by month (Dec 2021 – Dec 2025)',
  pause: 'Pause',
  previousEvent: 'Previous dated event',
  nextEvent: 'Next dated event',
  sliderLabel: 'Date shown (by month)',
  planStart: 'Plan issued',
  dateUnknown: 'date unknown',
  dateUnknownPort: 'Opening date unknown: whether it was open then cannot be said',
  dateUnknownRoute: 'First run unknown (faint line)',
  notYetOpen: 'Not yet open on this day',
  notYetPlanned: 'The plan had not been issued yet on this day',
  planNote: 'The plan was issued in {date}; its projects appear from then on.',
  inService: 'In service',
  statusOn: 'Status on {date}',
  progressTable: 'Project status by column, region and city ({date})',
  progressColumn: 'Column {n}',
  progressTotal: 'Total',
  progressGroup: 'Group',
  progressSentence: 'By {date}, {open} of 108 projects are open and {building} under construction; {none} have no reported progress.',
  progressSentenceGeneral: 'By {date}, {open} of {total} projects are open and {building} under construction; {none} have no reported progress.',
  progressCsv: 'Download CSV',
  byColumn: 'By column',
};

export type TimeStringKey = keyof typeof zh;

export function timeText(lang: Lang, key: TimeStringKey, values: Record<string, string | number> = {}): string {
  return (lang === 'zh' ? zh : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
