export interface Bar {
  key: string;
  label: string;
  value: number;
  active: boolean;
}

interface Props {
  items: Bar[];
  testId: string;
  onChoose: (key: string) => void;
  onHover?: (key: string | null) => void;
}

/** Ranked horizontal bars; each bar is a button that filters the map (pressed = filtering by it). */
export function BarList({ items, testId, onChoose, onHover }: Props) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ol className="bar-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key}>
          <button
            type="button"
            className="bar"
            data-key={item.key}
            data-count={item.value}
            aria-pressed={item.active}
            onClick={() => onChoose(item.key)}
            onMouseEnter={() => onHover?.(item.key)}
            onMouseLeave={() => onHover?.(null)}
            onFocus={() => onHover?.(item.key)}
            onBlur={() => onHover?.(null)}
          >
            <span className="bar-label">{item.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(item.value / max) * 100}%` }} />
            </span>
            <span className="bar-value">{item.value}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
