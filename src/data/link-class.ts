/**
 * Which kind of publisher a source's link goes to, by host (issue #22). The lists live in
 * geodata/src/publishers.json; the check reads them whole, the cards a generated extract (publisher-hosts.ts).
 */
export const LINK_CLASSES = ['official', 'media', 'encyclopedia'] as const;
export type LinkClass = (typeof LINK_CLASSES)[number];

/** Hosts by class; a host matches itself and its subdomains, and the longest match decides. */
export type HostLists = Record<LinkClass | 'deny', readonly string[]>;

/** The host of an http(s) address, lower-cased, or null when it is not one. */
export function linkHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The list entry a host falls under: its own name or the nearest parent domain listed. */
export function matchHost(host: string, lists: HostLists): { section: LinkClass | 'deny'; entry: string } | null {
  let best: { section: LinkClass | 'deny'; entry: string } | null = null;
  for (const section of [...LINK_CLASSES, 'deny'] as const) {
    for (const entry of lists[section]) {
      if ((host === entry || host.endsWith('.' + entry)) && (!best || entry.length > best.entry.length)) best = { section, entry };
    }
  }
  return best;
}

/** The class of a link, or null for a host on no list (or on the deny list). */
export function linkClass(url: string, lists: HostLists): LinkClass | null {
  const host = linkHost(url);
  const match = host ? matchHost(host, lists) : null;
  return match && match.section !== 'deny' ? match.section : null;
}
