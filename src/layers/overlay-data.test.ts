import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { DEFAULT_STATE } from '../state/hash-state.ts';
import { visibleFeatures } from '../selectors/filters.ts';
import { atlasOverlay } from './overlay-data.ts';
import { overlayShown } from './overlay-shown.ts';

const data = atlasFixture();
const overlay = atlasOverlay(data);

function shownOn(asof: string | null) {
  return overlayShown(data, visibleFeatures(data, { ...DEFAULT_STATE, asof }), { clustered: new Set(), density: false, markers: overlay.markers });
}

/** The entries lit for one feature: its id and the icon it is drawn with. */
function lit(layer: 'ports' | 'projects', id: string, asof: string | null): string[] {
  const { ids, featureIds, mask } = shownOn(asof)[layer];
  return ids.filter((_, i) => featureIds![i] === id && mask[i] > 0);
}

describe('markers through time', () => {
  it('holds one entry per icon a feature takes, every one of them in the map source', () => {
    const entries = overlay.markers.ports!.variants.ids.filter((key) => key.startsWith('port-guangzhou-east-station|'));
    expect(entries).toHaveLength(2);
    const keys = overlay.collections.ports.features.map((f) => (f.properties as { key: string }).key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(overlay.markers.ports!.variants.ids);
  });

  it('lights exactly one entry per shown feature, the one of its state that day', () => {
    const open = lit('ports', 'port-guangzhou-east-station', '2015-01-01');
    const closed = lit('ports', 'port-guangzhou-east-station', '2024-08-01');
    expect(open).toHaveLength(1);
    expect(closed).toHaveLength(1);
    expect(open[0]).not.toBe(closed[0]);
    expect(closed[0]).toMatch(/:f:/);
    expect(lit('ports', 'port-liantang', '2015-01-01')).toEqual([]);
    expect(lit('projects', 'proj-c1-54', '2021-12-31')[0]).toMatch(/:planned:/);
    expect(lit('projects', 'proj-c1-54', null)[0]).toMatch(/:open:/);
    const today = shownOn(null);
    expect(today.ports.mask.reduce((n, v) => n + v, 0)).toBe(data.ports.features.length);
  });

  it('marks routes the record cannot date as 2 (drawn faint), those not yet run as 0', () => {
    const routes = shownOn('2015-01-01')['rail-routes'];
    const value = (id: string) => routes.mask[routes.ids.indexOf(id)];
    expect(value('rail-dongguan-shilong-moscow')).toBe(0);
    expect(value('rail-dongguan-shilong-russia-yuexinou')).toBe(1);
    expect(value('rail-guangzhou-dalang-ulaanbaatar')).toBe(2);
  });
});
