import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';

interface Props {
  lang: Lang;
  ignored: string[];
  onDismiss: () => void;
}

export function IgnoredParamsNotice({ lang, ignored, onDismiss }: Props) {
  return (
    <div className="notice" role="status" data-testid="ignored-params">
      <span>
        {translate(lang, 'ignoredParams')} <code>{ignored.join(', ')}</code>
      </span>
      <button type="button" onClick={onDismiss} aria-label={translate(lang, 'dismiss')}>
        ×
      </button>
    </div>
  );
}
