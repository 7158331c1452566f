import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tourProblems } from '../../src/selectors/tour.ts';
import type { GeodataIssue } from './issues.ts';
import { loadAtlasFrom } from './load-atlas.ts';

/** The tour is data too: every step's captions, camera and state are checked against the atlas. */
export function checkTour(dir: string): GeodataIssue[] {
  const file = 'tour.json';
  const path = join(dir, file);
  if (!existsSync(path)) return [{ file, id: '(file)', rule: 'file-exists', message: 'file is missing' }];
  let tour: unknown;
  try {
    tour = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return [{ file, id: '(file)', rule: 'json-parse', message: (error as Error).message }];
  }
  let data;
  try {
    data = loadAtlasFrom(dir);
  } catch (error) {
    return [{ file, id: '(file)', rule: 'atlas-readable', message: `the tour cannot be checked: ${(error as Error).message}` }];
  }
  return tourProblems(tour, data).map((p) => ({ file, ...p }));
}
