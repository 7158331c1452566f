import { useState } from 'react';
import { translate, type Lang } from '../i18n/strings.ts';

/**
 * The map's credit line, along its bottom-right edge. Part of the page's static frame (app-shell.tsx),
 * so the credits are on screen with the first paint rather than when the map has drawn. On a wide
 * screen it is one line, cut with an ellipsis where it would crowd the map; on a phone it folds to its
 * (i) button, as it would otherwise cover a strip of the map. The button opens it in full either way.
 */
export function MapCredits({ lang, text }: { lang: Lang; text: string }) {
  const [open, setOpen] = useState(false);
  const label = translate(lang, 'credits');
  return (
    <div className={open ? 'map-credits open' : 'map-credits'} data-testid="map-credits">
      <span className="map-credits-text">{text}</span>
      <button type="button" className="map-credits-toggle" aria-expanded={open} aria-label={label} title={label} onClick={() => setOpen((was) => !was)}>
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <circle cx="10" cy="10" r="9" />
          <rect x="9" y="8.5" width="2" height="6.5" rx="1" fill="#fff" />
          <circle cx="10" cy="5.7" r="1.25" fill="#fff" />
        </svg>
      </button>
    </div>
  );
}
