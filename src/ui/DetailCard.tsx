import { useEffect, useRef } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import { nameOf } from '../i18n/labels.ts';
import type { Lang, StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import type { Selected } from '../selectors/selection.ts';
import { CityCard } from './cards/CityCard.tsx';
import { type CrossingInfo, PortCard } from './cards/PortCard.tsx';
import { ProjectCard } from './cards/ProjectCard.tsx';
import { RailRouteCard, SeaRouteCard } from './cards/RouteCards.tsx';
import { useSheetHeight } from './SheetToggle.tsx';
import { AsOfNote } from './time/AsOfNote.tsx';

const KIND_LABEL: Record<Selected['kind'], StringKey> = {
  port: 'kindPort',
  project: 'kindProject',
  sea: 'kindSea',
  rail: 'kindRail',
  city: 'kindCity',
};

function title(selected: Selected, lang: Lang): string {
  switch (selected.kind) {
    case 'sea':
      return `${selected.feature.properties.from_terminal_zh} → ${lang === 'zh' ? selected.feature.properties.to_port_name_zh : selected.feature.properties.to_port_name_en}`;
    case 'rail':
      return lang === 'zh' ? `中欧班列 → ${selected.feature.properties.destination_name_zh}` : `Rail to ${selected.feature.properties.destination_name_en}`;
    default:
      return nameOf(selected.feature.properties, lang);
  }
}

interface Props {
  selected: Selected;
  data: AtlasData;
  lang: Lang;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** The day the atlas shows, when it is not today: the card says how the record stood then. */
  asof?: string | null;
  /** The selected port as a crossing, when crossings.json has it. */
  crossing?: CrossingInfo | null;
}

export function DetailCard({ selected, data, lang, onSelect, onClose, asof = null, crossing = null }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = selected.kind === 'city' ? selected.feature.properties.adcode : selected.feature.properties.id;
  // Move focus to the card when it opens on a new item, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [id]);
  const props = { data, lang, onSelect };
  const { sheet, toggle, drag } = useSheetHeight(lang);
  return (
    <aside className="detail-card" data-testid="detail-card" data-id={id} data-sheet={sheet} aria-labelledby="detail-title">
      <header className="card-header" {...drag}>
        {toggle}
        <span className="kind-badge">{translate(lang, KIND_LABEL[selected.kind])}</span>
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {title(selected, lang)}
        </h2>
        <button type="button" className="icon-button" aria-label={translate(lang, 'closeCard')} onClick={onClose} data-testid="close-card">
          ×
        </button>
      </header>
      <div className="card-body">
        {asof && <AsOfNote selected={selected} day={asof} lang={lang} />}
        {selected.kind === 'port' && <PortCard port={selected.feature} crossing={crossing} {...props} />}
        {selected.kind === 'project' && <ProjectCard project={selected.feature} {...props} />}
        {selected.kind === 'sea' && <SeaRouteCard route={selected.feature} {...props} />}
        {selected.kind === 'rail' && <RailRouteCard route={selected.feature} {...props} />}
        {selected.kind === 'city' && <CityCard city={selected.feature} {...props} />}
      </div>
    </aside>
  );
}
