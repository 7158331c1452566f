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

export function LoadError({ lang, errors }: { lang: Lang; errors: Error[] }) {
  return (
    <div className="load-error" role="alert" data-testid="load-error">
      <h2>{translate(lang, 'loadFailed')}</h2>
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
    </div>
  );
}
