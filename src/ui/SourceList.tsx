import type { Source } from '../data/types.ts';

/** Sources as the data gives them; a link only where a real address is known. */
export function SourceList({ sources, testId }: { sources: readonly Source[]; testId?: string }) {
  return (
    <ul className="source-list" data-testid={testId}>
      {sources.map((source, index) => {
        const meta = [source.publisher, source.date].filter(Boolean).join(', ');
        return (
          <li key={index}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            {meta && <span className="source-meta"> — {meta}</span>}
          </li>
        );
      })}
    </ul>
  );
}
