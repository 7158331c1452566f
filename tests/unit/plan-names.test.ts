import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import planColumns from '../../geodata/src/plan-columns.json' with { type: 'json' };
import type { ProjectProperties } from '../../src/data/types.ts';

// The plan's text as kept in the repository (its source is named in geodata/SOURCES.md).
const PLAN_TEXT = resolve(import.meta.dirname, '../../geodata/src/plan-text.txt');
const projects = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../geodata/projects.geojson'), 'utf8'),
) as FeatureCollection<GeoJSON.Point, ProjectProperties>;

/** The PDF-to-text conversion breaks lines and scatters spaces; only whitespace may differ from the plan. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const plan = squeeze(readFileSync(PLAN_TEXT, 'utf8'));


describe('the plan text kept in geodata/src', () => {
  it.each(planColumns.columns)('has the heading of 专栏$column with its title and count', ({ column, total, title_zh }) => {
    const heading = `专栏${column}${title_zh}（${total}个）`;
    expect(plan.indexOf(heading), `heading “${heading}” is not in ${PLAN_TEXT}`).toBeGreaterThanOrEqual(0);
  });

  it('has the heading of 专栏6 (the single-window platforms)', () => {
    const heading = new RegExp(`专栏6.{1,40}?（${planColumns.platforms_total}个）`);
    expect(plan, `no 专栏6 heading counting ${planColumns.platforms_total} platforms in ${PLAN_TEXT}`).toMatch(heading);
  });
});

describe('project names', () => {
  it('are printed in the plan exactly as in the data (whitespace aside)', () => {
    const missing = projects.features
      .map((f) => f.properties)
      .filter((p) => !plan.includes(squeeze(p.name_zh)))
      .map((p) => `${p.id} ${p.name_zh}`);
    expect(missing).toEqual([]);
  });

  it("keep each column in the plan's printed order", () => {
    for (const { column, total, title_zh } of planColumns.columns) {
      const start = plan.indexOf(`专栏${column}${title_zh}（${total}个）`);
      expect(start, `专栏${column} heading`).toBeGreaterThanOrEqual(0);
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
