import type { AtlasData } from '../../data/atlas.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import { exportCsv, exportGeojson } from '../../selectors/export.ts';
import type { Visible } from '../../selectors/filters.ts';
import type { HashState } from '../../state/hash-state.ts';
import { downloadText as download } from '../time/download.ts';


export function ExportButtons({ data, visible, state, lang }: { data: AtlasData; visible: Visible; state: HashState; lang: Lang }) {
  const date = new Date().toISOString().slice(0, 10);
  return (
    <div className="export-buttons">
      <h3>{translate(lang, 'download')}</h3>
      <button type="button" data-testid="export-csv" onClick={() => download(exportCsv(data, visible, state, date), 'text/csv;charset=utf-8', `guangdong-port-atlas-${date}.csv`)}>
        {translate(lang, 'downloadCsv')}
      </button>
      <button
        type="button"
        data-testid="export-geojson"
        onClick={() => download(exportGeojson(visible, state, date), 'application/geo+json', `guangdong-port-atlas-${date}.geojson`)}
      >
        {translate(lang, 'downloadGeojson')}
      </button>
    </div>
  );
}
