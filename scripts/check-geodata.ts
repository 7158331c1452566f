/**
 * npm run geodata:check — validates every file under geodata/ and prints each problem as
 * "file: feature id: [rule] message". Exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { checkBasemap } from './lib/check-basemap.ts';
import { checkCrossings } from './lib/check-crossings.ts';
import { checkLinks } from './lib/check-links.ts';
import { checkPlaces } from './lib/check-places.ts';
import { checkRoutes } from './lib/check-routes.ts';
import { checkTour } from './lib/check-tour.ts';
import { formatIssue } from './lib/issues.ts';

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../geodata'));
const issues = [...checkBasemap(dir), ...checkPlaces(dir), ...checkRoutes(dir), ...checkTour(dir), ...checkCrossings(dir), ...checkLinks(dir)];
if (issues.length > 0) {
  console.error(`geodata:check found ${issues.length} problem(s) in ${dir}:`);
  for (const issue of issues) console.error('  ' + formatIssue(issue));
  process.exit(1);
}
console.log(`geodata:check: ${dir} is valid`);
