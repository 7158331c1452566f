import type { AtlasData, PortFeature } from '../../data/atlas.ts';
import { UNKNOWN } from '../../data/record-dates.ts';
import { CLASS_LABELS, PORT_STATUS_LABELS, PORT_SUBTYPE_LABELS, PORT_TYPE_LABELS, PRECISION_LABELS, nameOf } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import { projectStyle } from '../../layers/marker-icons.ts';
import { MarkerIcon } from '../MarkerIcon.tsx';
import { SourceList } from '../SourceList.tsx';
import { citedLocationText } from './cited-location.ts';
import { Fields, Section } from './Fields.tsx';
import { RelatedList } from './RelatedList.tsx';
import type { Crossing } from '../../data/crossings.ts';
import type { OpenAnswer } from '../../selectors/open-at.ts';
import { CrossingSection } from './CrossingSection.tsx';

/** What the card knows of the port as a crossing (crossings.json), once loaded. */
export interface CrossingInfo {
  crossing: Crossing;
  checked: string;
  open: OpenAnswer | null;
  time: string | null;
}

export function PortCard({ port, data, lang, onSelect, crossing }: { port: PortFeature; data: AtlasData; lang: Lang; onSelect: (id: string) => void; crossing?: CrossingInfo | null }) {
  const p = port.properties;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const city = data.index.cities.get(p.city)?.properties;
  const projects = data.index.projectsOfPort.get(p.id) ?? [];
  const routes = [...(data.index.seaRoutesOfPort.get(p.id) ?? []), ...(data.index.railRoutesOfPort.get(p.id) ?? [])];
  const statusText = `${PORT_STATUS_LABELS[p.status][lang]}${p.status_as_of ? `（${t('cardAsOf')} ${p.status_as_of}）` : ''}`;
  return (
    <>
      <Fields
        rows={[
          [t('type'), `${PORT_TYPE_LABELS[p.port_type][lang]} · ${PORT_SUBTYPE_LABELS[p.subtype][lang]}`],
          [t('cardClass'), p.class ? CLASS_LABELS[p.class][lang] : CLASS_LABELS.unknown[lang]],
          [t('cardCity'), city ? `${nameOf(city, lang)}${p.zone ? ` · ${p.zone}` : ''}` : p.city],
          [t('cardCounterpart'), p.counterpart ? t(p.counterpart === 'HK' ? 'counterpartHK' : 'counterpartMO') : null],
          [t('cardStatus'), statusText],
          [t('cardOpened'), p.opened === UNKNOWN ? t('cardUnknown') : p.opened],
          [t('cardClosed'), p.closed === UNKNOWN ? t('cardUnknown') : p.closed],
          [t('cardLocation'), PRECISION_LABELS[p.precision][lang]],
          [t('cardLocationBasis'), p.location_source],
          [t('cardLocationCited'), citedLocationText(p.location_cited, lang)],
          [t('cardChecked'), p.checked],
        ]}
      />
      {crossing && <CrossingSection {...crossing} lang={lang} />}
      {(lang === 'zh' ? p.note_zh : p.note_en || p.note_zh) && (
        <p className="card-note">{lang === 'zh' ? p.note_zh : p.note_en || p.note_zh}</p>
      )}
      {projects.length > 0 && (
        <Section title={`${t('cardProjects')} (${projects.length})`}>
          <RelatedList
            onSelect={onSelect}
            items={projects.map((f) => ({ id: f.properties.id, label: nameOf(f.properties, lang), icon: <MarkerIcon style={projectStyle(f)} size={18} /> }))}
          />
        </Section>
      )}
      {routes.length > 0 && (
        <Section title={`${t('cardRoutes')} (${routes.length})`}>
          <RelatedList
            onSelect={onSelect}
            items={routes.map((f) => {
              const r = f.properties as { id: string; to_port_name_zh?: string; to_port_name_en?: string; destination_name_zh?: string; destination_name_en?: string };
              const zh = r.to_port_name_zh ?? r.destination_name_zh ?? r.id;
              const en = r.to_port_name_en ?? r.destination_name_en ?? zh;
              return { id: r.id, label: `→ ${lang === 'zh' ? zh : en}` };
            })}
          />
        </Section>
      )}
      {p.status_sources.length > 0 && (
        <Section title={t('cardStatusSources')}>
          <SourceList sources={p.status_sources} lang={lang} />
        </Section>
      )}
      <Section title={t('cardSources')}>
        <SourceList sources={p.sources} lang={lang} testId="card-sources" />
      </Section>
    </>
  );
}
