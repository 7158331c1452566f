import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FeatureKind } from '../data/atlas.ts';
import type { Lang, StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { search, type SearchEntry } from '../selectors/search.ts';
import { useSearchBinding } from './search-binding.ts';

const KIND_LABEL: Record<FeatureKind, StringKey> = { port: 'kindPort', project: 'kindProject', city: 'kindCity', sea: 'kindSea', rail: 'kindRail' };

const NOTHING: readonly SearchEntry[] = [];

/**
 * A combobox (WAI-ARIA 1.2 pattern): type, move with ↑/↓, choose with Enter, leave with Esc. It is
 * there before the data (what was typed stays, and finds results once the index is bound).
 */
export function SearchBox({ lang }: { lang: Lang }) {
  const binding = useSearchBinding();
  const index = binding?.index ?? NOTHING;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  // Closing on blur waits a moment (a click on a result lands first); coming back cancels it, or a
  // quick return to the box would see its fresh results closed by the earlier blur.
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelClosing = () => clearTimeout(closing.current);
  useEffect(() => cancelClosing, []);
  const results = useMemo(() => search(index, query), [index, query]);
  const t = (key: StringKey) => translate(lang, key);

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry || !binding) return;
    binding.onChoose(entry.id);
    setQuery(lang === 'zh' ? entry.name_zh : entry.name_en || entry.name_zh);
    setOpen(false);
  };

  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search')}
        aria-expanded={open && query.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        data-testid="search-input"
        onChange={(event) => {
          cancelClosing();
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          cancelClosing();
          setOpen(true);
        }}
        onBlur={() => {
          cancelClosing();
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(results[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && query.trim() !== '' && (
        <ul id={listId} role="listbox" className="search-results" data-testid="search-results">
          {results.length === 0 && <li className="search-empty">{t('searchNoResults')}</li>}
          {results.map((entry, i) => (
            <li
              key={entry.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-id={entry.id}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="result-name">{lang === 'zh' ? entry.name_zh : entry.name_en || entry.name_zh}</span>
              <span className="result-meta">
                {t(KIND_LABEL[entry.kind])}
                {entry.city_zh && ` · ${lang === 'zh' ? entry.city_zh : entry.city_en}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
