import { Suspense, lazy } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import type { ChoroplethClass } from '../selectors/choropleth.ts';
import type { Visible } from '../selectors/filters.ts';
import { countShown } from '../selectors/filters.ts';
import type { HashState } from '../state/hash-state.ts';
import { withFiltersReset } from '../state/hash-state.ts';
import { asOfDay } from '../state/as-of.ts';
import { FilterPanel } from '../ui/FilterPanel.tsx';
import { Legend } from '../ui/Legend.tsx';
import { planNoteText } from '../ui/time/plan-note.ts';
import { fadedNoteText } from '../ui/faded-note.ts';
import { ListPanel } from '../ui/ListPanel.tsx';
import { PlatformList } from '../ui/PlatformList.tsx';
import type { CrossingGuide } from './use-crossing-guide.ts';
import { OpenAtControl } from '../ui/OpenAtControl.tsx';

// Planners' statistics are loaded on first use, so the public's first load does not carry them.
const StatsPanel = lazy(() => import('../ui/stats/StatsPanel.tsx'));
const ProgressPanel = lazy(() => import('../ui/time/ProgressPanel.tsx'));
const GuidePanel = lazy(() => import('../ui/GuidePanel.tsx'));

interface Props {
  data: AtlasData;
  state: HashState;
  visible: Visible;
  classes: ChoroplethClass[];
  update: (patch: Partial<HashState>) => void;
  replaceState: (next: HashState) => void;
  selectAndFly: (id: string) => void;
  onHoverCity: (adcode: string | null) => void;
  onBasemapKey: () => void;
  guide: CrossingGuide;
}

export function PanelContent({ data, state, visible, classes, update, replaceState, selectAndFly, onHoverCity, onBasemapKey, guide }: Props) {
  const lang: Lang = state.lang;
  switch (state.panel) {
    case 'filters':
      return (
        <FilterPanel
          data={data}
          state={state}
          shown={countShown(visible)}
          lang={lang}
          onChange={update}
          onReset={() => replaceState(withFiltersReset(state))}
          onBasemapKey={onBasemapKey}
        />
      );
    case 'list':
      return (
        <ListPanel data={data} visible={visible} lang={lang} selectedId={state.sel} onSelect={selectAndFly} openOf={guide.openOf}>
          <OpenAtControl lang={lang} open={state.open} time={guide.time} onOpen={(open) => update({ open })} />
        </ListPanel>
      );
    case 'guide':
      return (
        <Suspense fallback={<p className="panel-body">{translate(lang, 'loading')}</p>}>
          <GuidePanel data={data} lang={lang} guide={guide} open={state.open} onOpen={(open) => update({ open })} onSelect={selectAndFly} />
        </Suspense>
      );
    case 'legend':
      return <Legend visible={visible} lang={lang} display={state.display} asof={state.asof} planNote={planNoteText(data, lang, state.asof, state.layers)} fadedNote={fadedNoteText(lang, guide)} />;
    case 'stats':
      return (
        <Suspense fallback={<p className="panel-body">{translate(lang, 'loading')}</p>}>
          <StatsPanel data={data} visible={visible} state={state} lang={lang} classes={classes} onChange={update} onHoverCity={onHoverCity} />
        </Suspense>
      );
    case 'progress':
      return (
        <Suspense fallback={<p className="panel-body">{translate(lang, 'loading')}</p>}>
          <ProgressPanel data={data} day={asOfDay(state.asof)} lang={lang} />
        </Suspense>
      );
    case 'about':
      return (
        <div className="panel-body">
          <p className="about-text">{translate(lang, 'aboutText')}</p>
          <PlatformList lang={lang} />
        </div>
      );
    case null:
      return null;
  }
}
