import type { ReactNode } from 'react';

export interface RelatedItem {
  id: string;
  label: string;
  icon?: ReactNode;
}

/** Links to related features; choosing one selects it like a click on the map. */
export function RelatedList({ items, onSelect }: { items: RelatedItem[]; onSelect: (id: string) => void }) {
  return (
    <ul className="related-list">
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="link-button" data-id={item.id} onClick={() => onSelect(item.id)}>
            {item.icon}
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
