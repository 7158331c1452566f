import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, SOURCE_FILES } from '../../scripts/lib/check-links.ts';
import { formatIssue } from '../../scripts/lib/issues.ts';
import brokenCases from '../fixtures/broken/links.json' with { type: 'json' };

const geodata = resolve(import.meta.dirname, '../../geodata');

describe('source links in geodata', () => {
  it('pass every check', () => {
    expect(checkLinks(geodata).map(formatIssue)).toEqual([]);
  });
});

interface BrokenCase {
  why: string;
  file: string;
  id: string;
  rule: string;
  source?: Record<string, unknown>;
  /** Put the source on the record's last dated status step instead of its sources. */
  history?: boolean;
  statusSources?: boolean;
  /** Strip the reason from one entry of the publisher lists. */
  list?: { section: string; host: string };
}

type Rec = Record<string, unknown> & { id?: string; properties?: Record<string, unknown> };

/** Applies one case to the copy in dir: the record's sources gain the broken source (or the list loses a reason). */
function breakCopy(dir: string, broken: BrokenCase): void {
  const path = join(dir, broken.file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  if (broken.list) {
    const entry = data[broken.list.section].find((e: { host: string }) => e.host === broken.list!.host);
    if (!entry) throw new Error(`fixture names ${broken.list.host}, which is not in ${broken.list.section}`);
    delete entry.reason;
  } else {
    const records: Rec[] = Array.isArray(data) ? data : data.features;
    const record = records.find((r) => (r.properties?.id ?? r.id) === broken.id);
    if (!record) throw new Error(`fixture names ${broken.id}, which is not in ${broken.file}`);
    const props = (record.properties ?? record) as Record<string, unknown[]>;
    const history = props.status_history as { sources: unknown[] }[] | undefined;
    const list = broken.history ? history![history!.length - 1].sources : broken.statusSources ? props.status_sources : props.sources;
    list.push(broken.source);
  }
  writeFileSync(path, JSON.stringify(data));
}

describe('each link rule fires on a deliberately broken copy (tests/fixtures/broken/links.json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(brokenCases as BrokenCase[])('$why → [$rule]', (broken) => {
    for (const file of [...SOURCE_FILES, 'src/publishers.json']) cpSync(join(geodata, file), join(dir, file));
    breakCopy(dir, broken);
    const issues = checkLinks(dir).map(formatIssue).join('\n');
    expect(issues).toContain(`${broken.file}: ${broken.id}: [${broken.rule}]`);
  });
});

describe('the cards’ extract of the publisher lists', () => {
  it('is up to date with geodata/src/publishers.json (run npm run geodata:hosts)', async () => {
    const { publisherHostsText, HOSTS_MODULE } = await import('../../scripts/build-publisher-hosts.ts');
    expect(readFileSync(HOSTS_MODULE, 'utf8')).toBe(publisherHostsText(geodata));
  });
});
