import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes every output to a staging folder first and moves them into place only after
 * `verify` accepts the whole set, so a failed build never leaves half-written geodata.
 */
export function writeAllOrNothing(
  targetDir: string,
  files: Record<string, string>,
  verify: (stagedDir: string) => void,
): void {
  const staging = join(targetDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
    verify(staging);
    for (const name of Object.keys(files)) renameSync(join(staging, name), join(targetDir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Stable JSON text: one feature per line keeps diffs of geodata reviewable. */
export function featureCollectionText(features: readonly unknown[], extra: Record<string, unknown> = {}): string {
  const head = JSON.stringify({ type: 'FeatureCollection', ...extra }).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `${head},"features":[\n${body}\n]}\n`;
}
