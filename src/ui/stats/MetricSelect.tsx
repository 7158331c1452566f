import { PORT_TYPES, PROJECT_ACTIONS, PROJECT_STATUSES } from '../../data/enums.ts';
import { PORT_TYPE_LABELS, PROJECT_ACTION_LABELS, PROJECT_STATUS_LABELS } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import type { HashState } from '../../state/hash-state.ts';
import { DEFAULT_STATE } from '../../state/hash-state.ts';

/**
 * "Count by": a shortcut that sets one filter (a port type, a status or an action), so the
 * choropleth, bars and table all count that subset; the filters panel shows the same choice.
 */
export function MetricSelect({ state, lang, onChange }: { state: HashState; lang: Lang; onChange: (patch: Partial<HashState>) => void }) {
  const current =
    state.types.length === 1 && !state.status && !state.action
      ? `type:${state.types[0]}`
      : state.status?.length === 1 && state.types.length === 4 && !state.action
        ? `status:${state.status[0]}`
        : state.action?.length === 1 && state.types.length === 4 && !state.status
          ? `action:${state.action[0]}`
          : state.types.length === 4 && !state.status && !state.action
            ? 'all'
            : '';
  const choose = (value: string) => {
    const [kind, key] = value.split(':');
    const base = { types: DEFAULT_STATE.types, status: null, action: null };
    if (kind === 'type') onChange({ ...base, types: [key as (typeof PORT_TYPES)[number]] });
    else if (kind === 'status') onChange({ ...base, status: [key as (typeof PROJECT_STATUSES)[number]] });
    else if (kind === 'action') onChange({ ...base, action: [key as (typeof PROJECT_ACTIONS)[number]] });
    else onChange(base);
  };
  return (
    <label className="city-select">
      <span>{translate(lang, 'metric')}</span>
      <select value={current} onChange={(event) => choose(event.target.value)} data-testid="metric-select">
        {current === '' && <option value="">—</option>}
        <option value="all">{translate(lang, 'metricAll')}</option>
        <optgroup label={translate(lang, 'portTypes')}>
          {PORT_TYPES.map((type) => (
            <option key={type} value={`type:${type}`}>
              {PORT_TYPE_LABELS[type][lang]}
            </option>
          ))}
        </optgroup>
        <optgroup label={translate(lang, 'projectStatus')}>
          {PROJECT_STATUSES.map((status) => (
            <option key={status} value={`status:${status}`}>
              {PROJECT_STATUS_LABELS[status][lang]}
            </option>
          ))}
        </optgroup>
        <optgroup label={translate(lang, 'projectAction')}>
          {PROJECT_ACTIONS.map((action) => (
            <option key={action} value={`action:${action}`}>
              {PROJECT_ACTION_LABELS[action][lang]}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
