import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ProjectProperties } from '../../src/data/types.ts';

// The plan itself, as kept in the team's shared folder beside the repository.
const PLAN_TEXT = resolve(import.meta.dirname, '../../../shared/seed/000_d5de2f462a3918ea.txt');
const projects = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../geodata/projects.geojson'), 'utf8'),
) as FeatureCollection<GeoJSON.Point, ProjectProperties>;

/** The PDF-to-text conversion breaks lines and scatters spaces; only whitespace may differ from the plan. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('project names', () => {
  it('are printed in the plan exactly as in the data (whitespace aside)', () => {
    expect(existsSync(PLAN_TEXT), `the plan text is expected at ${PLAN_TEXT} (the shared/ folder beside the repo)`).toBe(true);
    const plan = squeeze(readFileSync(PLAN_TEXT, 'utf8'));
    const missing = projects.features
      .map((f) => f.properties)
      .filter((p) => !plan.includes(squeeze(p.name_zh)))
      .map((p) => `${p.id} ${p.name_zh}`);
    expect(missing).toEqual([]);
  });

  it("keep each column in the plan's printed order", () => {
    const plan = squeeze(readFileSync(PLAN_TEXT, 'utf8'));
    for (const column of [1, 2, 3, 4, 5]) {
      const start = plan.indexOf(`专栏${column}`);
      const names = projects.features
        .map((f) => f.properties)
        .filter((p) => p.column === column)
        .sort((a, b) => a.item - b.item);
      let cursor = start;
      for (const p of names) {
        const at = plan.indexOf(squeeze(p.name_zh), cursor);
        expect(at, `${p.id} ${p.name_zh} is not found after the previous item of 专栏${column}`).toBeGreaterThan(cursor - 1);
        cursor = at + 1;
      }
    }
  });
});
