/**
 * The frame index.html carries before any script has run: the header with its search box, the
 * loading notice and the map's credits, rendered from the app's own components in Chinese with no
 * panel open, so a phone paints the page's frame while 1.4 MB of script is still on its way or being
 * compiled; React then
 * hydrates these very elements (src/main.tsx, where a link asks for nothing else). `npm run shell`
 * writes it into index.html; a unit test fails when the copy there is not what these render.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { AppHeader } from './ui/AppHeader.tsx';
import { LoadingIndicator } from './ui/LoadStatus.tsx';
import { MapCredits } from './ui/MapCredits.tsx';
import { mapCredits } from './map/attribution.ts';

export const SHELL_START = '<!-- app-shell: written by npm run shell from src/app-shell.tsx -->';
export const SHELL_END = '<!-- /app-shell -->';

const ignore = () => undefined;

export function appShellMarkup(): string {
  return renderToStaticMarkup(
    <div className="app">
      <AppHeader lang="zh" panel={null} onLang={ignore} onPanel={ignore} onPresent={ignore} onExport={ignore} />
      <main className="app-main">
        <LoadingIndicator lang="zh" />
        <MapCredits lang="zh" text={mapCredits('zh')} />
      </main>
    </div>,
  );
}

/**
 * The root element with the frame inside, exactly: React hydrates #root's children, and a comment or
 * whitespace among them would not match (the markers stay outside).
 */
export function rootWithShell(markup: string): string {
  return `<div id="root">${markup}</div>`;
}

/** What an index.html holds between the markers, or null without them. */
export function shellIn(html: string): string | null {
  const start = html.indexOf(SHELL_START);
  const end = html.indexOf(SHELL_END);
  if (start < 0 || end < start) return null;
  return html.slice(start + SHELL_START.length, end).trim();
}

/** index.html with the root element between the markers written from `markup`. */
export function withShell(html: string, markup: string): string {
  const start = html.indexOf(SHELL_START);
  const end = html.indexOf(SHELL_END);
  if (start < 0 || end < start) throw new Error(`index.html has no ${SHELL_START} … ${SHELL_END} markers around #root`);
  return `${html.slice(0, start + SHELL_START.length)}\n    ${rootWithShell(markup)}\n    ${html.slice(end)}`;
}
