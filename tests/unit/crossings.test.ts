import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCrossings } from '../../scripts/lib/check-crossings.ts';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { formatIssue } from '../../scripts/lib/issues.ts';
import { parseCrossings } from '../../src/data/crossings.ts';
import brokenCases from '../fixtures/broken-crossings/cases.json' with { type: 'json' };

const geodata = resolve(import.meta.dirname, '../../geodata');
const fixture = resolve(import.meta.dirname, '../fixtures/crossings/crossings.json');

describe('geodata/crossings.json', () => {
  it('passes every crossing check', () => {
    expect(checkCrossings(geodata).map(formatIssue)).toEqual([]);
  });
  it('loads in the app', () => {
    expect(() => parseCrossings(JSON.parse(readFileSync(join(geodata, 'crossings.json'), 'utf8')))).not.toThrow();
  });
});

interface BrokenCase {
  why: string;
  port: string;
  /** Dotted paths into the port's entry and the value each gets. */
  set: Record<string, unknown>;
  rule: string;
  /** The id the issue names, when the case changes the entry's port. */
  expect_id?: string;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, target);
  parent[last] = value;
}

describe('each crossing rule fires on a deliberately broken copy (tests/fixtures/broken-crossings/cases.json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-crossings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'src'));
  for (const file of ['ports.geojson', 'src/publishers.json']) cpSync(join(geodata, file), join(dir, file));

  it('the fixture itself is clean', () => {
    cpSync(fixture, join(dir, 'crossings.json'));
    expect([...checkCrossings(dir), ...checkLinks(dir)].map(formatIssue)).toEqual([]);
  });

  it.each(brokenCases as BrokenCase[])('$why → [$rule]', (broken) => {
    const data = JSON.parse(readFileSync(fixture, 'utf8'));
    const entry = data.crossings.find((c: { port: string }) => c.port === broken.port);
    if (!entry) throw new Error(`fixture names ${broken.port}, which is not in the crossings fixture`);
    for (const [path, value] of Object.entries(broken.set)) setPath(entry, path, value);
    writeFileSync(join(dir, 'crossings.json'), JSON.stringify(data));
    const issues = [...checkCrossings(dir), ...checkLinks(dir)].map(formatIssue).join('\n');
    expect(issues).toContain(`crossings.json: ${broken.expect_id ?? broken.port}: [${broken.rule}]`);
  });
});

describe('the loader names file and port', () => {
  it('rejects an entry it cannot draw', () => {
    const data = JSON.parse(readFileSync(fixture, 'utf8'));
    data.crossings[1].hours.passenger = ['6pm-2am'];
    expect(() => parseCrossings(data)).toThrow(/^crossings\.json: port-huanggang: hours: "6pm-2am"/);
  });
});
