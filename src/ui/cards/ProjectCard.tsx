import type { AtlasData, ProjectFeature } from '../../data/atlas.ts';
import { currentEntry } from '../../data/record-dates.ts';
import {
  COLUMN_LABELS,
  PORT_SUBTYPE_LABELS,
  PORT_TYPE_LABELS,
  PRECISION_LABELS,
  PROJECT_ACTION_LABELS,
  PROJECT_STATUS_LABELS,
  nameOf,
} from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import { portStyle } from '../../layers/marker-icons.ts';
import { MarkerIcon } from '../MarkerIcon.tsx';
import { SourceList } from '../SourceList.tsx';
import { Fields, Section } from './Fields.tsx';
import { RelatedList } from './RelatedList.tsx';
import { StatusHistory } from './StatusHistory.tsx';

export function ProjectCard({ project, data, lang, onSelect }: { project: ProjectFeature; data: AtlasData; lang: Lang; onSelect: (id: string) => void }) {
  const p = project.properties;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const city = data.index.cities.get(p.city)?.properties;
  const port = p.port ? data.index.ports.get(p.port) : undefined;
  const statusNote = lang === 'zh' ? p.status_note_zh : p.status_note_en || p.status_note_zh;
  const note = lang === 'zh' ? p.note_zh : p.note_en || p.note_zh;
  return (
    <>
      <Section title={t('cardPlanItem')}>
        <blockquote className="plan-quote" lang="zh-CN" data-testid="plan-quote">
          {p.name_zh}
        </blockquote>
        <p className="plan-ref">
          {t('cardPlanRef').replace('{column}', String(p.column)).replace('{item}', String(p.item))} · {COLUMN_LABELS[p.column][lang]}
        </p>
        {p.plan_remark && <p className="plan-ref">{t('cardPlanRemark')}：{p.plan_remark}</p>}
      </Section>
      <Fields
        rows={[
          [t('type'), `${PORT_TYPE_LABELS[p.port_type][lang]} · ${PORT_SUBTYPE_LABELS[p.subtype][lang]}`],
          [t('cardAction'), p.action.map((a) => PROJECT_ACTION_LABELS[a][lang]).join('、')],
          [t('cardCity'), city ? `${nameOf(city, lang)}${p.zone ? ` · ${p.zone}` : ''}` : p.city],
          [t('cardStatus'), <span data-testid="card-status">{PROJECT_STATUS_LABELS[p.status][lang]}（{t('cardAsOf')} {currentEntry(p.status_history)?.date}）</span>],
          [t('cardLocation'), PRECISION_LABELS[p.precision][lang]],
          [t('cardLocationBasis'), p.location_source],
          [t('cardChecked'), p.checked],
        ]}
      />
      {statusNote && <p className="card-note">{statusNote}</p>}
      {note && <p className="card-note">{note}</p>}
      {port && (
        <Section title={t('cardPort')}>
          <RelatedList
            onSelect={onSelect}
            items={[{ id: port.properties.id, label: nameOf(port.properties, lang), icon: <MarkerIcon style={portStyle(port)} size={18} /> }]}
          />
        </Section>
      )}
      <Section title={t('cardHistory')}>
        <StatusHistory history={p.status_history} lang={lang} />
      </Section>
      <Section title={t('cardSources')}>
        <SourceList sources={p.sources} lang={lang} testId="card-sources" />
      </Section>
    </>
  );
}
