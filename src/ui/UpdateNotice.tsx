import { useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { pendingUpdate, subscribeToUpdates } from '../pwa/update-offer.ts';

// Hydrating index.html's static frame (src/app-shell.tsx), which was rendered with no update waiting.
const noUpdate = () => null;

/** "A new version is available — reload": the new version waits until the user clicks, never mid-session. */
export function UpdateNotice({ lang }: { lang: Lang }) {
  const apply = useSyncExternalStore(subscribeToUpdates, pendingUpdate, noUpdate);
  if (!apply) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>{translate(lang, 'updateAvailable')}</span>
      <button type="button" data-testid="update-reload" onClick={apply}>
        {translate(lang, 'updateReload')}
      </button>
    </div>
  );
}
