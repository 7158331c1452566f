/**
 * Refreshes geodata/src/rivers-wdbii.json, the Guangdong clip of GSHHG's WDBII rivers that
 * geodata:build reads, from Debian's gmt-gshhg-high. Only needed when GSHHG or the clip's bounds
 * change; the build and the tests read the clip kept in the repository.
 * Run: npm run geodata:rivers-clip   (needs: apt-get install -y gmt-gshhg-high)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { GSHHG_RIVERS, readRivers } from './lib/rivers.ts';
import { RIVER_BOUNDS, RIVER_CLIP, riverClipText } from './lib/river-clip.ts';

async function main(): Promise<void> {
  if (!existsSync(GSHHG_RIVERS)) {
    throw new Error(`${GSHHG_RIVERS} is missing. It comes from Debian's package gmt-gshhg-high: apt-get install -y gmt-gshhg-high`);
  }
  const { features } = await readRivers(GSHHG_RIVERS, RIVER_BOUNDS);
  const text = riverClipText(features);
  writeFileSync(RIVER_CLIP, text);
  console.log(`geodata:rivers-clip wrote ${relative(process.cwd(), RIVER_CLIP)}: ${features.length} segments (${(text.length / 1024).toFixed(0)} KB). Run npm run geodata:build next.`);
}

main().catch((error: unknown) => {
  console.error(`geodata:rivers-clip failed: ${(error as Error).message}`);
  process.exit(1);
});
