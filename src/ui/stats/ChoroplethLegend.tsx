import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import type { ChoroplethClass } from '../../selectors/choropleth.ts';
import type { ChoroplethMeasure } from '../../state/hash-state.ts';

/** The classes of the choropleth with their ranges and how many cities fall in each. */
export function ChoroplethLegend({ classes, measure, lang }: { classes: ChoroplethClass[]; measure: ChoroplethMeasure; lang: Lang }) {
  const title = translate(lang, 'classedLegend').replace('{measure}', translate(lang, measure === 'projects' ? 'projectsHeader' : 'portsHeader'));
  return (
    <div className="choropleth-legend" data-testid="choropleth-legend">
      <h3>{title}</h3>
      <ul>
        {classes.map((c) => (
          <li key={`${c.min}-${c.max}`} data-min={c.min} data-max={c.max} data-cities={c.cities}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span>{c.min === c.max ? c.min : `${c.min}–${c.max}`}</span>
            <span className="facet-count">{translate(lang, 'citiesInClass').replace('{n}', String(c.cities))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
