import type { AtlasData, PlanFigure } from '../data/atlas.ts';
import type { Lang } from '../i18n/strings.ts';
import { type HashState, parseHash } from '../state/hash-state.ts';
import { visibleFeatures } from './filters.ts';

export type TourCamera = { center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] };

export interface TourStep {
  id: string;
  title_zh: string;
  title_en: string;
  caption_zh: string[];
  caption_en: string[];
  camera: TourCamera;
  /** Map state as link parameters, e.g. "layers=projects&column=1". */
  state: string;
}

export interface Tour {
  steps: TourStep[];
}

/** What a step shows: the defaults (parseHash fills them in), then the step's own parameters; language, presentation and basemap stay. */
export function stepState(step: TourStep, current: HashState, index: number): HashState {
  const parsed = parseHash(`#${step.state}`).state;
  return { ...parsed, lang: current.lang, present: current.present, basemap: current.basemap, tour: index + 1 };
}

export function formatFigure(figure: PlanFigure & { display_en?: string }, lang: Lang): string {
  if (lang === 'zh') return `${figure.value}${figure.unit_zh === '%' ? '%' : ` ${figure.unit_zh ?? ''}`}`.trim();
  if (figure.display_en) return figure.display_en;
  if (figure.unit_en === 'percent') return `${figure.value}%`;
  return `${figure.value.toLocaleString('en')} ${figure.unit_en ?? ''}`.trim();
}

export class TourTokenError extends Error {}

/** The value of one caption token, computed from the plan figures and the data. */
export function tokenValue(token: string, data: AtlasData, lang: Lang): string {
  const [name, filters = ''] = token.split('|');
  if (name.startsWith('fig:')) {
    const figure = data.plan.figures.find((f) => f.id === name.slice(4));
    if (!figure) throw new TourTokenError(`unknown figure "${name.slice(4)}"`);
    return formatFigure(figure, lang);
  }
  const parsed = parseHash(`#${filters}`);
  if (parsed.ignored.length > 0) throw new TourTokenError(`bad filters in {${token}}: ${parsed.ignored.join(', ')}`);
  const visible = visibleFeatures(data, parsed.state);
  switch (name) {
    case 'projects':
      return String(visible.projects.length);
    case 'ports':
      return String(visible.ports.filter((f) => f.properties.status !== 'closed').length);
    case 'cities':
      return String(new Set(visible.projects.map((f) => f.properties.city)).size);
    case 'sea':
      return String(data.sea.features.length);
    case 'rail':
      return String(data.rail.features.length);
    case 'seaCountries':
      return String(new Set(data.sea.features.map((f) => f.properties.to_country)).size);
    case 'railCountries':
      return String(new Set(data.rail.features.map((f) => f.properties.destination_country)).size);
    default:
      throw new TourTokenError(`unknown token {${token}}`);
  }
}

/** A caption line with every {token} replaced by its computed value. */
export function resolveCaption(line: string, data: AtlasData, lang: Lang): string {
  return line.replace(/\{([^{}]+)\}/g, (_, token: string) => tokenValue(token, data, lang));
}

/** Every rule the tour file must keep; each problem names the step. Used by geodata:check and the loader. */
export function tourProblems(tour: unknown, data: AtlasData): { id: string; rule: string; message: string }[] {
  const problems: { id: string; rule: string; message: string }[] = [];
  const steps = (tour as Tour | null)?.steps;
  if (!Array.isArray(steps) || steps.length < 9) {
    return [{ id: '(file)', rule: 'tour-steps', message: 'needs a "steps" list of at least 9 steps' }];
  }
  const ids = new Set<string>();
  steps.forEach((step, index) => {
    const id = typeof step?.id === 'string' ? step.id : `#${index + 1}`;
    const report = (rule: string, message: string) => problems.push({ id, rule, message });
    if (ids.has(id)) report('id-unique', 'step id is used twice');
    ids.add(id);
    for (const key of ['title_zh', 'title_en'] as const) if (typeof step[key] !== 'string' || !step[key].trim()) report('required-text', `${key} is empty`);
    for (const key of ['caption_zh', 'caption_en'] as const) {
      const lines = step[key];
      if (!Array.isArray(lines) || lines.length < 2 || lines.length > 4) report('caption-lines', `${key} needs 2–4 lines`);
      else
        for (const line of lines) {
          try {
            // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the language changes how a figure is written, never whether a token resolves.
            resolveCaption(line, data, key === 'caption_zh' ? 'zh' : 'en');
          } catch (error) {
            report('caption-token', (error as Error).message);
          }
        }
    }
    const camera = step.camera as Partial<{ center: number[]; zoom: number; bounds: number[][] }> | undefined;
    const finite = (values: unknown[]) => values.every((v) => typeof v === 'number' && Number.isFinite(v));
    const cameraOk =
      (Array.isArray(camera?.center) && camera.center.length === 2 && finite(camera.center) && typeof camera.zoom === 'number' && camera.zoom >= 0 && camera.zoom <= 16) ||
      (Array.isArray(camera?.bounds) && camera.bounds.length === 2 && camera.bounds.every((b) => Array.isArray(b) && b.length === 2 && finite(b)));
    if (!cameraOk) report('camera', 'camera needs {center:[lng,lat], zoom} or {bounds:[[w,s],[e,n]]}');
    const parsed = parseHash(`#${typeof step.state === 'string' ? step.state : ''}`);
    if (typeof step.state !== 'string') report('state', 'state must be link parameters as text');
    else if (parsed.ignored.length > 0) report('state', `state has parameters the app does not understand: ${parsed.ignored.join(', ')}`);
  });
  return problems;
}
