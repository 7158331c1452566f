import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { type HashState, serializeHash } from '../state/hash-state.ts';

/**
 * The only chrome of `embed=1`: the atlas's name and a link to the same view as the full app, in a
 * new tab, so a reader of a news or government page can leave the small frame for the whole atlas.
 */
export function EmbedBar({ lang, state }: { lang: Lang; state: HashState }) {
  const href = `${location.href.split('#')[0]}${serializeHash({ ...state, embed: false })}`;
  return (
    <div className="embed-bar" data-testid="embed-bar">
      <span className="embed-title">{translate(lang, 'appTitle')}</span>
      <a
        href={href}
        target="_blank"
        rel="noopener"
        data-testid="embed-open-full"
        aria-label={translate(lang, 'openFullAtlasLabel')}
      >
        {translate(lang, 'openFullAtlas')} ↗
      </a>
    </div>
  );
}
