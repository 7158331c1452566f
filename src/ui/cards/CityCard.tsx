import type { AtlasData } from '../../data/atlas.ts';
import type { CityFeature } from '../../data/types.ts';
import { REGION_LABELS, nameOf } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import { portStyle, projectStyle } from '../../layers/marker-icons.ts';
import { MarkerIcon } from '../MarkerIcon.tsx';
import { Fields, Section } from './Fields.tsx';
import { RelatedList } from './RelatedList.tsx';

export function CityCard({ city, data, lang, onSelect }: { city: CityFeature; data: AtlasData; lang: Lang; onSelect: (id: string) => void }) {
  const c = city.properties;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const ports = data.ports.features.filter((f) => f.properties.city === c.adcode);
  const projects = data.projects.features.filter((f) => f.properties.city === c.adcode);
  const noPortNote = lang === 'zh' ? c.port_note_zh : c.port_note_en;
  return (
    <>
      <Fields rows={[[t('region'), REGION_LABELS[c.region][lang]], [t('cardPorts'), String(c.port_count)], [t('cardProjects'), String(projects.length)]]} />
      {c.port_count === 0 && (
        <p className="card-note" data-testid="no-port-note">
          <strong>{t('cardNoPorts')}</strong> {noPortNote}
        </p>
      )}
      {ports.length > 0 && (
        <Section title={t('cardPorts')}>
          <RelatedList onSelect={onSelect} items={ports.map((f) => ({ id: f.properties.id, label: nameOf(f.properties, lang), icon: <MarkerIcon style={portStyle(f)} size={18} /> }))} />
        </Section>
      )}
      {projects.length > 0 && (
        <Section title={t('cardProjects')}>
          <RelatedList onSelect={onSelect} items={projects.map((f) => ({ id: f.properties.id, label: nameOf(f.properties, lang), icon: <MarkerIcon style={projectStyle(f)} size={18} /> }))} />
        </Section>
      )}
    </>
  );
}
