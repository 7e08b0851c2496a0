import { type FilterSpecification, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { LayerId, PlanFeature } from '../../src/data/schema.ts';
import { t } from '../../src/i18n/i18n.ts';
import {
  countFeatures,
  filterGroups,
  groupState,
  type PanelGroup,
  shownCount,
  switchGroup,
} from '../../src/layers/panel-model.ts';
import { LAYERS, layerById, layersByGroup } from '../../src/layers/registry.ts';
import type { LayerGroup, Swatch } from '../../src/layers/types.ts';
import { planStyle } from '../../src/map/plan-style.ts';
import { baseStyle } from '../../styles/base-style.ts';

const GROUPS: PanelGroup[] = layersByGroup();
const title = (g: LayerGroup) => ({ zh: t('zh', `group.${g}` as const), en: t('en', `group.${g}` as const) });
const ids = (groups: PanelGroup[]) => groups.flatMap((g) => g.layers.map((l) => l.id));

describe('the layer panel’s filter', () => {
  it('keeps every group and layer for an empty query', () => {
    expect(filterGroups(GROUPS, '  ', title)).toEqual(GROUPS);
    expect(ids(filterGroups(GROUPS, '', title))).toHaveLength(LAYERS.length);
  });

  it('finds a layer by its Chinese or its English name, in its own group only', () => {
    const zh = filterGroups(GROUPS, '铁路', title);
    expect(ids(zh)).toContain('rail-lines');
    expect(zh.map((g) => g.group)).toEqual(['transport']);
    const en = filterGroups(GROUPS, 'RAIL  stations', title);
    expect(ids(en)).toEqual(['rail-stations']);
    // Folded like search: case, spaces and full-width forms do not matter.
    expect(ids(filterGroups(GROUPS, 'ｈｅａｌｔｈ', title))).toEqual(['health']);
  });

  it('keeps a whole group whose own name matches', () => {
    const transport = GROUPS.find((g) => g.group === 'transport')!;
    expect(filterGroups(GROUPS, '交通', title).find((g) => g.group === 'transport')?.layers).toEqual(
      transport.layers,
    );
  });

  it('leaves nothing for a name no layer has', () => {
    expect(filterGroups(GROUPS, 'no such layer', title)).toEqual([]);
  });
});

describe('a group’s switch', () => {
  const transport = GROUPS.find((g) => g.group === 'transport')!.layers;
  const all = transport.map((l) => l.id);

  it('is on, off or mixed by how many of its layers show', () => {
    expect(groupState(transport, ['district-boundary'])).toBe('off');
    expect(groupState(transport, ['district-boundary', ...all])).toBe('on');
    expect(groupState(transport, ['rail-lines'])).toBe('mixed');
  });

  it('switches all its layers on or off and leaves the other layers in place', () => {
    const on = switchGroup(['district-boundary', 'rail-lines', 'expansion-zones'], transport, true);
    expect(on.slice(0, 3)).toEqual(['district-boundary', 'rail-lines', 'expansion-zones']);
    expect(new Set(on)).toEqual(new Set(['district-boundary', 'expansion-zones', ...all]));
    expect(on).toHaveLength(new Set(on).size);
    expect(switchGroup(on, transport, false)).toEqual(['district-boundary', 'expansion-zones']);
  });
});

describe('feature counts', () => {
  const feature = (layer: string, accuracy: string, status = 'existing', target_year?: number): PlanFeature =>
    ({ properties: { layer, geometry_accuracy: accuracy, status, target_year } }) as unknown as PlanFeature;

  it('counts every feature of a layer, and those that are not only at a town', () => {
    const counts = countFeatures([
      feature('health', 'town'),
      feature('health', 'indicative'),
      feature('health', 'approximate'),
      feature('sport', 'town'),
    ]);
    expect(counts.get('health' as LayerId)).toEqual({ all: 3, precise: 2, future: 0, futurePrecise: 0 });
    expect(counts.get('sport' as LayerId)).toEqual({ all: 1, precise: 0, future: 0, futurePrecise: 0 });
    expect(counts.get('rivers' as LayerId)).toBeUndefined();
  });

  it('counts apart what the plan year ghosts, and shows what stands then', () => {
    const features = [
      feature('health', 'approximate'),
      feature('health', 'approximate', 'planned', 2025),
      feature('health', 'town', 'planned'),
      feature('health', 'indicative', 'proposed'),
    ];
    const c2020 = countFeatures(features, 2020).get('health' as LayerId)!;
    expect(c2020).toEqual({ all: 4, precise: 3, future: 3, futurePrecise: 2 });
    expect(shownCount(c2020, false)).toEqual({ standing: 1, ghosted: 3, hidden: 0 });
    expect(shownCount(c2020, true)).toEqual({ standing: 1, ghosted: 2, hidden: 1 });
    const c2025 = countFeatures(features, 2025).get('health' as LayerId)!;
    expect(shownCount(c2025, false)).toEqual({ standing: 2, ghosted: 2, hidden: 0 });
    for (const year of [2035, null] as const)
      expect(shownCount(countFeatures(features, year).get('health' as LayerId)!, false)).toEqual({
        standing: 4,
        ghosted: 0,
        hidden: 0,
      });
  });
});

describe('only precisely located, on the map', () => {
  const { style, specs } = planStyle(
    baseStyle('http://127.0.0.1/fonts/{fontstack}/{range}.pbf', 'zh'),
    LAYERS,
    LAYERS.map((l) => l.id),
    { type: 'FeatureCollection', features: [] },
  );

  it('is a valid style with the switch as global state, off at start', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.state?.preciseOnly).toEqual({ default: false });
  });

  it('hides town-level features from every style layer while it is on, and only then', () => {
    const town = { type: 1, properties: { layer: 'health', geometry_accuracy: 'town' } };
    const precise = { type: 1, properties: { layer: 'health', geometry_accuracy: 'indicative' } };
    const health = specs.filter((s) => s.layer === 'health');
    expect(health.length).toBeGreaterThan(0);
    for (const { spec } of specs) {
      if (!('filter' in spec)) continue;
      const filter = JSON.stringify(spec.filter);
      expect(filter, spec.id).toContain('["global-state","preciseOnly"]');
    }
    let checked = 0;
    for (const { spec } of health) {
      const f = (spec as { filter?: FilterSpecification }).filter;
      const off = featureFilter(f, 'filter', { preciseOnly: false }).filter;
      const on = featureFilter(f, 'filter', { preciseOnly: true }).filter;
      // Only the point style layers draw point features; they must keep a precise point in both states.
      if (!off({ zoom: 14 }, precise as never)) continue;
      expect(on({ zoom: 14 }, precise as never), spec.id).toBe(true);
      expect(off({ zoom: 14 }, town as never), spec.id).toBe(true);
      expect(on({ zoom: 14 }, town as never), spec.id).toBe(false);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('legend swatches', () => {
  /** The colour a swatch reads as: a white dot reads as its ring. */
  const colourOf = (s: Swatch) =>
    s.type === 'circle' && s.color.toLowerCase() === '#ffffff' ? s.stroke : s.color;
  const lab = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92;
    });
    const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

  it('tells the layers of a group apart: same shape and dash means clearly different colours', () => {
    const close: string[] = [];
    for (const { layers } of GROUPS) {
      for (const [i, a] of layers.entries()) {
        for (const b of layers.slice(i + 1)) {
          const sa = a.legend[0].swatch;
          const sb = b.legend[0].swatch;
          const dashed = (s: Swatch) => ('dashed' in s && s.dashed) || false;
          if (sa.type !== sb.type || dashed(sa) !== dashed(sb)) continue;
          const d = deltaE(colourOf(sa), colourOf(sb));
          if (d < 15) close.push(`${a.id} / ${b.id}: ΔE ${d.toFixed(1)}`);
        }
      }
    }
    expect(close).toEqual([]);
    // The measure itself tells near colours from far ones.
    expect(deltaE('#087f5b', '#0b8a65')).toBeLessThan(15);
    expect(deltaE('#087f5b', '#1098ad')).toBeGreaterThan(15);
    expect(layerById('eco-tech-city-structure' as LayerId)).toBeDefined();
  });
});
