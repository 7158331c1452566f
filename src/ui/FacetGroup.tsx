import { useId } from 'react';
import type { ReactNode } from 'react';

export interface FacetOption<V> {
  value: V;
  label: string;
  count?: number;
  icon?: ReactNode;
}

interface Props<V> {
  legend: string;
  options: FacetOption<V>[];
  /** null: no filter, every option counts as chosen. */
  chosen: readonly V[] | null;
  onChange: (next: V[] | null) => void;
  /** Where "nothing chosen" is a real state (layers, port types) rather than "no filter". */
  allowNone?: boolean;
  testId: string;
}

/**
 * A multi-select as a group of checkboxes. With no filter every box is ticked; ticking them all
 * again clears the filter, so links stay short and "all" means all, including values added later.
 */
export function FacetGroup<V extends string | number>({ legend, options, chosen, onChange, allowNone, testId }: Props<V>) {
  const groupId = useId();
  const isChosen = (v: V) => chosen === null || chosen.includes(v);
  const toggle = (value: V) => {
    const current = options.map((o) => o.value).filter(isChosen);
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    const ordered = options.map((o) => o.value).filter((v) => next.includes(v));
    if (ordered.length === options.length) onChange(allowNone ? ordered : null);
    else onChange(ordered);
  };
  // A filter cannot be emptied: the last ticked box stays ticked (use the layer switch to hide a layer).
  const chosenCount = options.filter((o) => isChosen(o.value)).length;
  return (
    <fieldset className="facet" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${groupId}-${option.value}`;
        return (
          <label key={option.value} htmlFor={id} className="facet-option">
            <input
              id={id}
              type="checkbox"
              checked={isChosen(option.value)}
              onChange={() => toggle(option.value)}
              disabled={!allowNone && chosenCount === 1 && isChosen(option.value)}
              data-value={option.value}
            />
            {option.icon}
            <span className="facet-label">{option.label}</span>
            {option.count !== undefined && (
              <span className="facet-count" data-count={option.count}>
                {option.count}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
