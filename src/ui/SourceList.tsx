import type { Source } from '../data/types.ts';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { groupSources, type SourceGroup, type SourceItem } from '../selectors/sources.ts';

const GROUP_KEYS = {
  official: 'sourcesOfficial',
  media: 'sourcesMedia',
  encyclopedia: 'sourcesEncyclopedia',
  other: 'sourcesOther',
  copy: 'sourcesCopies',
} as const satisfies Record<SourceGroup, Parameters<typeof translate>[1]>;
/** The tag on one line of an ungrouped list: short, since it sits before the title. */
const TAG_KEYS = { ...GROUP_KEYS, copy: 'sourcesCopyTag' } as const;

function SourceLine({ item, lang, tag }: { item: SourceItem; lang: Lang; tag?: SourceGroup }) {
  const { source, href, host, copyAt } = item;
  const meta = [source.publisher, source.date].filter(Boolean).join(', ');
  return (
    <li data-group={item.group}>
      {tag && <span className="source-tag">{translate(lang, TAG_KEYS[tag])}</span>}
      {href ? (
        // The host beside the title says where the link goes before anyone clicks it.
        <>
          <a href={href} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>{' '}
          <span className="source-host">{host}</span>
        </>
      ) : (
        <span>{source.title}</span>
      )}
      {meta && <span className="source-meta"> — {meta}</span>}
      {copyAt && (
        <span className="source-copy" data-testid="source-copy">
          {' · '}
          {translate(lang, 'sourcesReadIn')} {copyAt}
        </span>
      )}
    </li>
  );
}

/**
 * Sources grouped as official, media, encyclopedia, other and copies. Only the first four ever link; a copy names
 * its original and says where it was read as plain text. `grouped={false}` lists them in that order with a tag each
 * (a status step has one or two sources, where headings would crowd).
 */
export function SourceList({ sources, lang, testId, grouped = true }: { sources: readonly Source[]; lang: Lang; testId?: string; grouped?: boolean }) {
  const groups = groupSources(sources);
  if (!grouped) {
    return (
      <ul className="source-list" data-testid={testId}>
        {groups.flatMap(({ group, items }) => items.map((item, i) => <SourceLine key={`${group}-${i}`} item={item} lang={lang} tag={group} />))}
      </ul>
    );
  }
  return (
    <div className="source-groups" data-testid={testId}>
      {groups.map(({ group, items }) => (
        <div key={group} className="source-group" data-source-group={group}>
          <p className="source-group-title">{translate(lang, GROUP_KEYS[group])}</p>
          <ul className="source-list">
            {items.map((item, i) => (
              <SourceLine key={i} item={item} lang={lang} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
