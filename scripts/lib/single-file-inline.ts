/**
 * Pieces of the one-file build (scripts/build-single.ts): a Vite plugin that turns everything the app
 * would fetch as a separate file into code in the bundle, and the assembly of the final HTML.
 *
 * In a page opened from file:// nothing may be fetched from a path: module scripts and the geodata files
 * both would be (maplibre-gl 5 starts its worker from a blob: URL of its own code, so that needs nothing). So:
 * - each geodata `?url` import becomes a blob: URL of the (minified) JSON, so the loader's fetch() is
 *   unchanged and never leaves the page;
 * - the @fontsource stylesheets (one file per slice and weight) are dropped: the build puts its own
 *   subset @font-face rules, with data: URLs, into the page instead.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, dirname, sep } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0atlas-single:';
// Virtual ids end in this, so that no other plugin (Vite's JSON plugin, say) takes them for the file itself.
const SUFFIX = '.inline.js';

function blobUrlModule(text: string, type: string): string {
  return `export default URL.createObjectURL(new Blob([${JSON.stringify(text)}], { type: ${JSON.stringify(type)} }));\n`;
}

export interface InlinedFile {
  name: string;
  bytes: number;
}

export function singleFilePlugin(root: string, inlined: InlinedFile[] = []): Plugin {
  const geodataDir = resolve(root, 'geodata');
  return {
    name: 'atlas-single-file',
    enforce: 'pre',
    resolveId(source, importer) {
      if (/^@fontsource\/noto-sans-sc\/.+\.css$/.test(source)) return `${PREFIX}fontsource:${SUFFIX}`;
      if (source.endsWith('?url') && /\.(geo)?json\?url$/.test(source) && importer) {
        const path = resolve(dirname(importer), source.slice(0, -'?url'.length));
        if (path.startsWith(geodataDir + sep)) return `${PREFIX}geodata:${path}${SUFFIX}`;
        throw new Error(`${source} (from ${importer}) is not under geodata/: the one-file build does not know how to inline it`);
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const rest = id.slice(PREFIX.length, -SUFFIX.length);
      const kind = rest.split(':', 1)[0];
      const path = rest.slice(kind.length + 1);
      if (kind === 'fontsource') return 'export {};\n';
      if (kind === 'geodata') {
        // Parsed and re-serialised: smaller, and a broken file fails the build here rather than in the browser.
        const json = JSON.stringify(JSON.parse(readFileSync(path, 'utf8')));
        inlined.push({ name: relative(root, path), bytes: json.length });
        return blobUrlModule(json, 'application/json');
      }
      throw new Error(`unknown module ${id}`);
    },
  };
}

/**
 * Makes code safe inside an inline <script>: `</script` would end the element and `<!--` can switch the
 * HTML parser into its "double escaped" state. `\x3C` means `<` in every place these can occur in
 * JavaScript (strings, template literals, regular expressions) and is inert in comments.
 */
export function escapeInlineScript(code: string): string {
  return code.replace(/<(?=\/script|!--)/gi, '\\x3C');
}

export interface PageParts {
  /** The index.html Vite emitted, referring to the entry script and the stylesheet by file name. */
  html: string;
  script: { fileName: string; code: string };
  style: { fileName: string; code: string };
  /** Extra CSS (the font subset), put in a <style> of its own before the app's styles. */
  fontCss: string;
}

/**
 * The head's links to public/ files, which do not exist beside one file: the SVG favicon becomes a data:
 * URL; the PNG icons and the web app manifest go (one file installs nothing and registers no service
 * worker). The Open Graph tags stay: they are read by link previews, never fetched by the page.
 */
export function inlineHeadLinks(html: string, faviconSvg: string): string {
  const favicon = `data:image/svg+xml;base64,${Buffer.from(faviconSvg).toString('base64')}`;
  return html
    .replace(/(<link\b[^>]*\shref=")[^"]*favicon\.svg("[^>]*>)/, (_, before: string, after: string) => `${before}${favicon}${after}`)
    .replace(/\s*<link\b[^>]*\srel="(?:icon|apple-touch-icon|manifest)"[^>]*\shref="(?!data:)[^"]*"[^>]*>/g, '');
}

/** Replaces the entry <script src> and stylesheet <link> with the code itself and returns the one page. */
export function assemblePage({ html, script, style, fontCss }: PageParts): string {
  const scriptTag = new RegExp(`<script\\b[^>]*\\ssrc="[^"]*${escapeRegExp(script.fileName)}"[^>]*>\\s*</script>`);
  const styleTag = new RegExp(`<link\\b[^>]*\\shref="[^"]*${escapeRegExp(style.fileName)}"[^>]*>`);
  if (!scriptTag.test(html)) throw new Error(`index.html has no <script> for ${script.fileName}`);
  if (!styleTag.test(html)) throw new Error(`index.html has no stylesheet <link> for ${style.fileName}`);
  if (/<\/style/i.test(style.code + fontCss)) throw new Error('a stylesheet contains "</style"');
  const code = escapeInlineScript(script.code);
  // Replacement functions, not strings: the code is full of `$&`-like sequences.
  const page = html
    .replace(styleTag, () => `<style>\n${fontCss}\n</style>\n<style>\n${style.code}\n</style>`)
    .replace(scriptTag, () => `<script type="module">\n${code}\n</script>`);
  const leftovers = page.match(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(?!data:)[^"]+"/gi);
  if (leftovers) throw new Error(`the page still refers to other files: ${leftovers.join(', ')}`);
  return page;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
