import { useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlas.ts';
import { PORT_TYPES } from '../data/enums.ts';
import { exportPng, downloadBlob, type LegendLine } from '../export/export-png.ts';
import { EXPORT_SIZES, type ExportSize } from '../export/sizes.ts';
import { LAYER_LABELS, PORT_TYPE_LABELS } from '../i18n/labels.ts';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { markerUrl } from '../layers/marker-icons.ts';
import { ROUTE_COLOURS } from '../layers/symbols.ts';
import { filterSummary } from '../selectors/export.ts';
import type { Visible } from '../selectors/filters.ts';
import type { HashState } from '../state/hash-state.ts';
import { timeText } from '../i18n/time-strings.ts';
import { isDateUnknown } from '../selectors/at-date.ts';

interface Props {
  map: MapLibreMap;
  data: AtlasData;
  visible: Visible;
  state: HashState;
  title: string | null;
  onClose: () => void;
}

function legendLines(visible: Visible, lang: Lang): LegendLine[] {
  const lines: LegendLine[] = [];
  for (const type of PORT_TYPES) {
    if (visible.ports.some((f) => f.properties.port_type === type))
      lines.push({ icon: markerUrl({ kind: 'port', type, precision: 'exact' }), text: `${PORT_TYPE_LABELS[type][lang]} · ${LAYER_LABELS.ports[lang]}` });
    if (visible.projects.some((f) => f.properties.port_type === type))
      lines.push({ icon: markerUrl({ kind: 'project', type, precision: 'exact', status: 'planned' }), text: `${PORT_TYPE_LABELS[type][lang]} · ${LAYER_LABELS.projects[lang]}` });
  }
  if (visible.ports.some(isDateUnknown)) lines.push({ icon: markerUrl({ kind: 'port', type: 'water', precision: 'exact', undated: true }), text: timeText(lang, 'dateUnknownPort') });
  if (visible.sea.length) lines.push({ colour: ROUTE_COLOURS.sea, text: LAYER_LABELS.sea[lang] });
  if (visible.rail.length) lines.push({ colour: ROUTE_COLOURS.rail, text: LAYER_LABELS.rail[lang] });
  return lines;
}

/** Saves the current view as a PNG for a slide or a print, with everything a reader needs on it. */
export default function ExportMenu({ map, visible, state, title, onClose }: Props) {
  const lang = state.lang;
  const [busy, setBusy] = useState<ExportSize | null>(null);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const run = async (size: ExportSize) => {
    setBusy(size);
    try {
      const date = new Date().toISOString().slice(0, 10);
      const blob = await exportPng(map, size, {
        title: title ?? t('appTitle'),
        subtitle: title ? `${t('appTitle')} · ${t('appSubtitle')}` : t('appSubtitle'),
        legend: legendLines(visible, lang),
        filters: `${t('filters')}: ${filterSummary(state)}`,
        sources: `${t('cardSources')}: ${t('exportSources')}`,
        // Stamped with the day the map shows when it is not today, beside the day it was made.
        date: state.asof ? `${timeText(lang, 'asOf', { date: state.asof })} · ${date}` : date,
        north: lang === 'zh' ? '北' : 'N',
      });
      const { width, height } = EXPORT_SIZES[size];
      downloadBlob(blob, `guangdong-port-atlas-${width}x${height}-${state.asof ? `asof-${state.asof}-` : ''}${date}.png`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-menu" role="dialog" aria-label={t('exportImage')} data-testid="export-menu">
      <header>
        <span>{t('exportImage')}</span>
        <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={onClose}>
          ×
        </button>
      </header>
      {(Object.keys(EXPORT_SIZES) as ExportSize[]).map((size) => (
        <button key={size} type="button" data-size={size} disabled={busy !== null} onClick={() => void run(size)}>
          {lang === 'zh' ? EXPORT_SIZES[size].label_zh : EXPORT_SIZES[size].label_en}
          {busy === size ? ' …' : ''}
        </button>
      ))}
      <button type="button" className="link-button" onClick={() => window.print()}>
        {t('print')}
      </button>
    </div>
  );
}
