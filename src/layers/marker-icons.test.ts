import { describe, expect, it } from 'vitest';
import { PORT_TYPES, PRECISIONS, PROJECT_STATUSES } from '../data/enums.ts';
import { markerDrawing, markerSvg, type MarkerStyle } from './marker-icons.ts';

const styles: MarkerStyle[] = PORT_TYPES.flatMap((type) =>
  PRECISIONS.flatMap((precision) => [
    { kind: 'port' as const, type, precision },
    { kind: 'port' as const, type, precision, faded: true },
    { kind: 'port' as const, type, precision, undated: true },
    ...PROJECT_STATUSES.map((status) => ({ kind: 'project' as const, type, precision, status })),
  ]),
);

describe('marker drawings', () => {
  it('give every style outlines made only of numbers and path commands', () => {
    for (const style of styles) {
      const { parts, badge } = markerDrawing(style);
      for (const part of [...parts, ...badge]) expect(part.d, JSON.stringify(style)).toMatch(/^[MLHVQACZaclz0-9 .-]+$/);
    }
  });

  it('are what the interface SVG shows: each outline, the group fade and the badge', () => {
    const faded: MarkerStyle = { kind: 'port', type: 'rail', precision: 'area', faded: true };
    const svg = markerSvg(faded);
    for (const part of markerDrawing(faded).parts) expect(svg).toContain(`d="${part.d}"`);
    expect(svg).toContain('<g opacity="0.45">');
    expect(svg).toContain('stroke-dasharray="4 3"');
    const undated = markerSvg({ kind: 'port', type: 'water', precision: 'exact', undated: true });
    expect(undated).toContain('<g opacity="0.7">');
    expect(undated).toContain('stroke-linecap="round"');
    expect(markerSvg({ kind: 'port', type: 'water', precision: 'exact' })).toContain('<g>');
  });

  it('tell ports from projects and show a project’s status in its centre', () => {
    const port = markerDrawing({ kind: 'port', type: 'land', precision: 'exact' });
    const project = markerDrawing({ kind: 'project', type: 'land', precision: 'exact', status: 'open' });
    expect(port.parts).toHaveLength(1);
    expect(port.parts[0].fill).not.toBe('#fff');
    expect(project.parts[0].fill).toBe('#fff');
    expect(project.parts[1].fill).toBe('#1b7f2a');
    // One ring per precision: none, dashed (port area), halo (city).
    expect(markerDrawing({ kind: 'port', type: 'land', precision: 'area' }).parts[0].dash).toEqual([4, 3]);
    expect(markerDrawing({ kind: 'port', type: 'land', precision: 'city' }).parts[0].fillOpacity).toBe(0.1);
  });
});
