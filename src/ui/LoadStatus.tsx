import { useState } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { GeodataLoadError } from '../data/load-geodata.ts';

export function LoadingIndicator({ lang }: { lang: Lang }) {
  return (
    <div className="load-status" role="status" aria-live="polite" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {translate(lang, 'loading')}
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
