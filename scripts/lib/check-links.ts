/**
 * Rules for every source object in geodata (issue #22): a source names its original publisher and title; it links
 * only to an official body, an established outlet or a canonical encyclopedia, never to a copy. Where it was read in
 * a copy goes into `read_in`, plain text. The lists are geodata/src/publishers.json, a line of reason per host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HostLists, LINK_CLASSES, linkHost, matchHost } from '../../src/data/link-class.ts';
import type { GeodataIssue } from './issues.ts';

export const PUBLISHERS_FILE = 'src/publishers.json';
/** Every file whose records carry sources; the route inputs under src/ too, so a copy cannot come back through a build. */
export const SOURCE_FILES = ['ports.geojson', 'projects.geojson', 'routes-sea.geojson', 'routes-rail.geojson', 'platforms.json', 'plan.json', 'crossings.json', 'src/routes-sea.json', 'src/routes-rail.json'];

interface ListEntry {
  host?: unknown;
  https?: unknown;
  reason?: unknown;
}
export interface PublisherLists {
  hosts: HostLists;
  /** Hosts known to serve https: an http: link to them is a mistake. */
  https: Set<string>;
  names: Record<string, readonly string[]>;
}

type Report = (id: string, rule: string, message: string) => void;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const SOURCE_KEYS = new Set(['publisher', 'title', 'date', 'url', 'read_in', 'link_reason']);
/** A host label that starts or ends with a test or staging marker: test.x, en-test.x, containtest-…, projectbeta.x. */
const TEST_HOST = /(^|[.-])(test|testing|staging|stage|beta|dev|uat|preview|sandbox)([.-]|\d|$)|(test|staging|beta)([.-]|$)/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Reads and checks the publisher lists themselves: every entry a host and a reason. */
export function readPublisherLists(dir: string, issues: GeodataIssue[]): PublisherLists | null {
  const report: Report = (id, rule, message) => issues.push({ file: PUBLISHERS_FILE, id, rule, message });
  const path = join(dir, PUBLISHERS_FILE);
  if (!existsSync(path)) {
    report('(file)', 'file-exists', 'file is missing');
    return null;
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    report('(file)', 'json-parse', (error as Error).message);
    return null;
  }
  const hosts = { official: [], media: [], encyclopedia: [], deny: [] } as Record<keyof HostLists, string[]>;
  const https = new Set<string>();
  const seen = new Set<string>();
  for (const section of [...LINK_CLASSES, 'deny'] as const) {
    const entries = raw[section];
    if (!Array.isArray(entries)) {
      report(section, 'list-entry', `section ${section} must be a list of {host, reason}`);
      continue;
    }
    (entries as ListEntry[]).forEach((entry, index) => {
      const host = isText(entry?.host) ? entry.host.toLowerCase() : null;
      if (!host || !/^[a-z0-9.-]+$/.test(host)) return report(`${section}[${index}]`, 'list-entry', `host ${JSON.stringify(entry?.host)} is not a host name`);
      if (!isText(entry.reason)) report(host, 'list-entry', `${section} entry ${host} needs a reason`);
      if (seen.has(host)) report(host, 'list-entry', `${host} is listed twice`);
      seen.add(host);
      hosts[section].push(host);
      if (entry.https === true) https.add(host);
    });
  }
  const names = (raw.publisher_names ?? {}) as Record<string, readonly string[]>;
  return { hosts, https, names };
}

/** The rules one link breaks, as [rule, message] pairs. */
export function linkProblems(url: string, source: Record<string, unknown>, lists: PublisherLists): [string, string][] {
  const host = linkHost(url);
  if (!host) return [['link-format', `${url} is not an http(s) address`]];
  const authority = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  // URL drops a default port (:80, :443), so the address as written is what tells.
  if (/:\d*$/.test(authority.replace(/^\[.*\]/, ''))) return [['link-port', `${url} names an explicit port: link the page at its ordinary address`]];
  if (IPV4.test(host) || host.startsWith('[')) return [['link-ip', `${url} is a bare IP address, not a publisher's site`]];
  if (TEST_HOST.test(host)) return [['link-test-host', `${host} is a test or staging host`]];
  const match = matchHost(host, lists.hosts);
  if (match?.section === 'deny') return [['link-deny', `${host} is on the deny list (${match.entry}): cite the original publisher and keep the copy in read_in`]];
  const problems: [string, string][] = [];
  if (!match && !isText(source.link_reason)) {
    problems.push(['link-unlisted', `${host} is on no list of official, media or encyclopedia hosts (${PUBLISHERS_FILE}): add it with a reason, give the source a link_reason, or move the address to read_in`]);
  }
  if (match && url.startsWith('http:') && lists.https.has(match.entry)) problems.push(['link-https', `${url} uses http: but ${match.entry} serves https`]);
  if (match?.section === 'encyclopedia' && !/^\/wiki\/[^/]+$/.test(new URL(url).pathname)) {
    problems.push(['link-encyclopedia', `${url} is not a canonical article address (<lang>.wikipedia.org/wiki/<title>)`]);
  }
  return problems;
}

/** The shape of one source object, then its link. */
function checkSource(source: unknown, where: string, id: string, report: Report, lists: PublisherLists): void {
  if (typeof source !== 'object' || source === null) return report(id, 'source-fields', `${where} is not a source object`);
  const s = source as Record<string, unknown>;
  if (!isText(s.publisher)) report(id, 'source-publisher', `${where} names no publisher: the original publisher, not the site it was read on`);
  for (const key of Object.keys(s)) if (!SOURCE_KEYS.has(key)) report(id, 'source-fields', `${where} has ${key}; a source has ${[...SOURCE_KEYS].join(', ')}`);
  for (const key of ['read_in', 'link_reason'] as const) {
    if (key in s && !isText(s[key])) report(id, 'source-fields', `${where}.${key} must be non-empty text when present`);
  }
  if (typeof s.url === 'string') for (const [rule, message] of linkProblems(s.url, s, lists)) report(id, rule, `${where}: ${message}`);
}

/** Every `sources` and `status_sources` list anywhere in a file, with the id of the record that holds it. */
function walkSources(node: unknown, id: string, path: string, visit: (source: unknown, where: string, id: string) => void): void {
  if (Array.isArray(node)) return node.forEach((child, i) => walkSources(child, id, `${path}[${i}]`, visit));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const props = record.properties as Record<string, unknown> | undefined;
  // A crossing (crossings.json) is keyed by the port it describes.
  const ownId = typeof props?.id === 'string' ? props.id : typeof record.id === 'string' ? record.id : typeof record.port === 'string' && 'hours' in record ? record.port : null;
  if (ownId) [id, path] = [ownId, ''];
  for (const [key, value] of Object.entries(record)) {
    const at = path ? `${path}.${key}` : key;
    if ((key === 'sources' || key === 'status_sources') && Array.isArray(value)) value.forEach((s, i) => visit(s, `${at}[${i}]`, id));
    else walkSources(value, id, at, visit);
  }
}

export function checkLinks(dir: string): GeodataIssue[] {
  const issues: GeodataIssue[] = [];
  const lists = readPublisherLists(dir, issues);
  if (!lists) return issues;
  for (const file of SOURCE_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue; // a missing data file is reported by the checks that own it
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      continue; // reported as json-parse by the checks that own the file
    }
    const report: Report = (id, rule, message) => issues.push({ file, id, rule, message });
    walkSources(data, '(file)', '', (source, where, id) => checkSource(source, where.replace(/^properties\./, ''), id, report, lists));
  }
  return issues;
}
