import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import type { RelatedItem } from './cards/RelatedList.tsx';
import { RelatedList } from './cards/RelatedList.tsx';

interface Props {
  items: RelatedItem[];
  lang: Lang;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** When one click hits several markers or routes, list them all so each stays reachable. */
export function StackChooser({ items, lang, onSelect, onClose }: Props) {
  return (
    <div className="stack-chooser" role="dialog" aria-label={translate(lang, 'stackTitle').replace('{n}', String(items.length))} data-testid="stack-chooser">
      <header>
        <span>{translate(lang, 'stackTitle').replace('{n}', String(items.length))}</span>
        <button type="button" className="icon-button" aria-label={translate(lang, 'dismiss')} onClick={onClose}>
          ×
        </button>
      </header>
      <RelatedList items={items} onSelect={onSelect} />
    </div>
  );
}
