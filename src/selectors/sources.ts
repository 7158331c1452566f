import { type HostLists, type LinkClass, linkClass, linkHost } from '../data/link-class.ts';
import { PUBLISHER_HOSTS, PUBLISHER_NAMES } from '../data/publisher-hosts.ts';
import type { Source } from '../data/types.ts';

/** How a card groups its sources: by who published the linked page, then copies, which are never linked. */
export const SOURCE_GROUPS = ['official', 'media', 'encyclopedia', 'other', 'copy'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

export interface SourceItem {
  source: Source;
  group: SourceGroup;
  /** The address to link, or null: only an official, media or encyclopedia page, or one with a stated link_reason. */
  href: string | null;
  /** The linked page's host, shown beside the link. */
  host: string | null;
  /** Where a copy was read, as a host (or the raw text if it is no address): plain text, never a link. */
  copyAt: string | null;
}

const LISTS: HostLists = { ...PUBLISHER_HOSTS, deny: [] };

function classByName(publisher: string): LinkClass | null {
  for (const cls of ['official', 'media', 'encyclopedia'] as const) if (PUBLISHER_NAMES[cls].includes(publisher)) return cls;
  return null;
}

/** One source, placed: a link on no list without a stated reason is shown like a copy, so no card links it. */
export function placeSource(source: Source, lists: HostLists = LISTS): SourceItem {
  const copyAt = source.read_in ? (linkHost(source.read_in) ?? source.read_in) : null;
  if (source.url) {
    const host = linkHost(source.url);
    const cls = linkClass(source.url, lists);
    if (host && cls) return { source, group: cls, href: source.url, host, copyAt };
    if (host && source.link_reason) return { source, group: 'other', href: source.url, host, copyAt };
    return { source, group: 'copy', href: null, host: null, copyAt: copyAt ?? host ?? source.url };
  }
  if (copyAt) return { source, group: 'copy', href: null, host: null, copyAt };
  return { source, group: classByName(source.publisher) ?? 'other', href: null, host: null, copyAt: null };
}

/** Sources in the card's order: official, media, encyclopedia, other, copies; the data's order within a group. */
export function groupSources(sources: readonly Source[], lists: HostLists = LISTS): { group: SourceGroup; items: SourceItem[] }[] {
  const items = sources.map((s) => placeSource(s, lists));
  return SOURCE_GROUPS.map((group) => ({ group, items: items.filter((i) => i.group === group) })).filter((g) => g.items.length > 0);
}
