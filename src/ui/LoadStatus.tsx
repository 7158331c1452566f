import { useState, useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { GeodataLoadError, loadProgress, NO_PROGRESS, onLoadProgress } from '../data/load-geodata.ts';

/**
 * Files arrived out of all the first view needs, as a bar that moves once per file. No spinner: with
 * software WebGL an endless CSS animation makes the compositor redraw the page every frame, and that
 * CPU is taken from the map's own first drawing (README, "Fast on a phone and without a GPU").
 */
export function LoadingIndicator({ lang }: { lang: Lang }) {
  const { settled, total } = useSyncExternalStore(onLoadProgress, loadProgress, () => NO_PROGRESS);
  return (
    <div className="load-status" role="status" data-testid="loading">
      <span className="load-pill">
        {translate(lang, 'loading')}
        <progress value={settled} max={total} aria-label={`${settled} / ${total}`} />
      </span>
    </div>
  );
}

/** Names each broken file. `partial`: the atlas runs without them, so the notice can be dismissed. */
export function LoadError({ lang, errors, partial = false }: { lang: Lang; errors: Error[]; partial?: boolean }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className={partial ? 'load-error partial' : 'load-error'} role="alert" data-testid={partial ? 'load-warning' : 'load-error'}>
      <h2>{translate(lang, partial ? 'loadPartial' : 'loadFailed')}</h2>
      <p>{translate(lang, 'loadFailedHint')}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            {error instanceof GeodataLoadError ? (
              <>
                <code>geodata/{error.file}</code> — {error.reason}
              </>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
      {partial && (
        <button type="button" className="link-button" onClick={() => setDismissed(true)}>
          {translate(lang, 'dismiss')}
        </button>
      )}
    </div>
  );
}
