import type { PortType } from '../data/enums.ts';
import { PORT_TYPES } from '../data/enums.ts';
import { PORT_TYPE_SYMBOLS } from './symbols.ts';

/** A donut whose slices are the port types of the cluster's members, in the types' own colours. */
export function donutSvg(countByType: Record<PortType, number>): string {
  const total = PORT_TYPES.reduce((n, t) => n + countByType[t], 0);
  const size = 64;
  const c = size / 2;
  const r = 26;
  const inner = 15;
  let angle = -Math.PI / 2;
  const slices = PORT_TYPES.filter((t) => countByType[t] > 0).map((type) => {
    const sweep = (countByType[type] / total) * Math.PI * 2;
    const colour = PORT_TYPE_SYMBOLS[type].colour;
    if (sweep >= Math.PI * 2 - 1e-6) return `<circle cx="${c}" cy="${c}" r="${(r + inner) / 2}" fill="none" stroke="${colour}" stroke-width="${r - inner}"/>`;
    const [x1, y1] = [c + r * Math.cos(angle), c + r * Math.sin(angle)];
    const [x2, y2] = [c + r * Math.cos(angle + sweep), c + r * Math.sin(angle + sweep)];
    const [x3, y3] = [c + inner * Math.cos(angle + sweep), c + inner * Math.sin(angle + sweep)];
    const [x4, y4] = [c + inner * Math.cos(angle), c + inner * Math.sin(angle)];
    const large = sweep > Math.PI ? 1 : 0;
    angle += sweep;
    return `<path d="M${x1} ${y1} A${r} ${r} 0 ${large} 1 ${x2} ${y2} L${x3} ${y3} A${inner} ${inner} 0 ${large} 0 ${x4} ${y4} Z" fill="${colour}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${c}" cy="${c}" r="${r + 2}" fill="#fff"/>${slices.join('')}<circle cx="${c}" cy="${c}" r="${inner}" fill="#fff"/></svg>`;
}
