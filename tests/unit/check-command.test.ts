import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const geodata = join(root, 'geodata');

/** Runs `npm run geodata:check`'s script on a folder, as CI would. */
function runCheck(dir: string) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-geodata.ts'), dir], { encoding: 'utf8' });
}

describe('npm run geodata:check as a command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-command-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero and names file, feature and rule when a project contradicts its port', () => {
    cpSync(geodata, dir, { recursive: true });
    const file = join(dir, 'projects.geojson');
    const projects = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    const project = projects.features.find((f) => f.properties?.id === 'proj-c4-01')!;
    // Zhuhai Airport's cargo port opened in 2025; a project still saying “planned” contradicts it.
    Object.assign(project.properties!, { status: 'planned', status_history: project.properties!.status_history.slice(0, 1) });
    writeFileSync(file, JSON.stringify(projects));

    const run = runCheck(dir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('projects.geojson: proj-c4-01: [project-port]');
  });
});
