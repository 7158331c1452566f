import type { AtlasData, RailRouteFeature, SeaRouteFeature } from '../../data/atlas.ts';
import { BORDER_CROSSING_LABELS, RAIL_SERVICE_LABELS, SEA_REGION_LABELS, nameOf } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import { portStyle } from '../../layers/marker-icons.ts';
import { MarkerIcon } from '../MarkerIcon.tsx';
import { SourceList } from '../SourceList.tsx';
import { Fields, Section } from './Fields.tsx';
import { RelatedList } from './RelatedList.tsx';

function OriginPort({ data, portId, lang, onSelect }: { data: AtlasData; portId: string; lang: Lang; onSelect: (id: string) => void }) {
  const port = data.index.ports.get(portId);
  if (!port) return null;
  return (
    <RelatedList
      onSelect={onSelect}
      items={[{ id: portId, label: nameOf(port.properties, lang), icon: <MarkerIcon style={portStyle(port)} size={18} /> }]}
    />
  );
}

const km = (n: number, lang: Lang) => `${Math.round(n).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} km`;

export function SeaRouteCard({ route, data, lang, onSelect }: { route: SeaRouteFeature; data: AtlasData; lang: Lang; onSelect: (id: string) => void }) {
  const r = route.properties;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const note = lang === 'zh' ? r.note_zh : r.note_en || r.note_zh;
  return (
    <>
      <Fields
        rows={[
          [t('cardFrom'), r.from_terminal_zh],
          [t('cardTo'), lang === 'zh' ? r.to_port_name_zh : r.to_port_name_en],
          [t('cardCountry'), `${lang === 'zh' ? r.to_country_zh : r.to_country} · ${SEA_REGION_LABELS[r.to_region][lang]}`],
          [t('cardService'), r.service_hint],
          [t('cardLength'), km(r.length_km, lang)],
        ]}
      />
      <p className="card-note">{t('cardRouteNote')}</p>
      {note && <p className="card-note">{note}</p>}
      <Section title={t('cardPort')}>
        <OriginPort data={data} portId={r.from_port} lang={lang} onSelect={onSelect} />
      </Section>
      <Section title={t('cardSources')}>
        <SourceList sources={r.sources} lang={lang} testId="card-sources" />
      </Section>
    </>
  );
}

export function RailRouteCard({ route, data, lang, onSelect }: { route: RailRouteFeature; data: AtlasData; lang: Lang; onSelect: (id: string) => void }) {
  const r = route.properties;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const note = lang === 'zh' ? r.note_zh : r.note_en || r.note_zh;
  return (
    <>
      <Fields
        rows={[
          [t('cardService'), RAIL_SERVICE_LABELS[r.service][lang]],
          [t('cardTo'), `${lang === 'zh' ? r.destination_name_zh : r.destination_name_en} (${r.destination_country})`],
          [t('cardBorder'), BORDER_CROSSING_LABELS[r.border_crossing][lang]],
          [t('cardFirstRun'), r.first_run ?? t('cardUnknown')],
          [t('cardVia'), r.via_zh.join(' → ')],
          [t('cardLength'), km(r.length_km, lang)],
        ]}
      />
      <p className="card-note">{t('cardRailNote')}</p>
      {note && <p className="card-note">{note}</p>}
      <Section title={t('cardPort')}>
        <OriginPort data={data} portId={r.origin} lang={lang} onSelect={onSelect} />
      </Section>
      <Section title={t('cardSources')}>
        <SourceList sources={r.sources} lang={lang} testId="card-sources" />
      </Section>
    </>
  );
}
