import type { StatusEntry } from '../../data/types.ts';
import { PROJECT_STATUS_LABELS } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { SourceList } from '../SourceList.tsx';

/** A project's record, oldest first: each status with its date and the sources that date it. */
export function StatusHistory({ history, lang }: { history: readonly StatusEntry[]; lang: Lang }) {
  return (
    <ol className="status-history" data-testid="card-status-history">
      {history.map((entry, index) => {
        const note = lang === 'zh' ? entry.note_zh : entry.note_en || entry.note_zh;
        return (
          <li key={index}>
            <time dateTime={entry.date}>{entry.date}</time> {PROJECT_STATUS_LABELS[entry.status][lang]}
            {note && <span className="source-meta"> — {note}</span>}
            <SourceList sources={entry.sources} lang={lang} grouped={false} />
          </li>
        );
      })}
    </ol>
  );
}
