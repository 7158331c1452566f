import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appShellMarkup, rootWithShell, shellIn } from '../../src/app-shell.tsx';
import { parseHash } from '../../src/state/hash-state.ts';
import { showsAppShell } from '../../src/app-shell-state.tsx';

const html = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

describe("index.html's static frame", () => {
  it('is exactly what the app renders first, so React can hydrate it (run npm run shell after changing the header)', () => {
    const shell = shellIn(html);
    expect(shell, 'index.html has lost its app-shell markers').not.toBeNull();
    expect(shell).toBe(rootWithShell(appShellMarkup()));
  });

  it('holds the title, the search box, the loading notice and the map\'s credits in Chinese', () => {
    const shell = appShellMarkup();
    for (const text of ['广东口岸地图', 'placeholder="搜索口岸、项目、城市或航线"', '正在加载地图数据', 'data-testid="panel-filters"', 'data-testid="map-credits"', 'GSHHG']) expect(shell).toContain(text);
  });

  it('is taken over only by a link whose first render it is', () => {
    expect(showsAppShell(parseHash(''))).toBe(true);
    expect(showsAppShell(parseHash('#sel=port-luohu&asof=2023-06-30'))).toBe(true);
    // An online basemap adds its own credit to the frame's credit line.
    for (const hash of ['#lang=en', '#panel=list', '#embed=1', '#nonsense=1', '#basemap=osm']) expect(showsAppShell(parseHash(hash)), hash).toBe(false);
  });
});
