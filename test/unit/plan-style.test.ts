import { expression, v8 } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { PlanFeatureCollection } from '../../src/data/schema.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import type { LayerDefinition } from '../../src/layers/types.ts';
import { PLAN_SOURCE, PLAN_TILE_BUFFER, planStyle } from '../../src/map/plan-style.ts';
import { lineLayers, pointLayers, polygonLayers } from '../../styles/layer-styles.ts';

const def = (
  id: string,
  order: number,
  kind: 'polygon' | 'line' | 'point',
  interactive = true,
): LayerDefinition =>
  ({
    id,
    group: 'expansion',
    order,
    title: { zh: id, en: id },
    dataUrl: `/${id}.geojson`,
    defaultVisible: true,
    styleLayers: (source: string) =>
      kind === 'polygon'
        ? polygonLayers(id, source, { color: '#000' })
        : kind === 'line'
          ? lineLayers(id, source, { color: '#000' })
          : pointLayers(id, source, { color: '#000' }),
    legend: [],
    panelFields: [],
    interactive,
  }) as unknown as LayerDefinition;

const base = {
  version: 8 as const,
  sources: {},
  layers: [{ id: 'background', type: 'background' as const }],
};
const empty: PlanFeatureCollection = { type: 'FeatureCollection', features: [] };

describe('the plan style', () => {
  const defs = [
    def('stations', 30, 'point'),
    def('zones', 20, 'polygon'),
    def('lines', 10, 'line'),
    def('context', 5, 'polygon', false),
  ];
  const { style, styleIds, interactiveIds, specs } = planStyle(
    base,
    defs,
    ['zones', 'stations'] as never[],
    empty,
  );
  const ids = ['background', ...specs.map((s) => s.spec.id), 'here-marker'];

  it('draws every fill first, then lines, then points and labels, by layer order within each', () => {
    const types = specs.map((s) => s.spec.type);
    // The "what is here" marker comes last, over every plan layer.
    expect(style.layers.at(-1)?.id).toBe('here-marker');
    const rank = { fill: 0, line: 1, circle: 2, symbol: 3 } as Record<string, number>;
    expect(types.map((t) => rank[t])).toEqual([...types.map((t) => rank[t])].sort((a, b) => a - b));
    expect(ids.indexOf('context-fill')).toBeLessThan(ids.indexOf('zones-fill'));
    expect(ids.indexOf('zones-outline')).toBeGreaterThan(ids.indexOf('zones-fill'));
    expect(ids[0]).toBe('background');
  });

  it('starts with only the visible layers, in drawing order, and filters each style layer to its own features', () => {
    const started = style.layers.map((l) => l.id);
    expect(started).toContain('zones-fill');
    expect(started).toContain('stations-circle');
    expect(started.some((id) => id.startsWith('lines') || id.startsWith('context'))).toBe(false);
    expect(started).toEqual(ids.filter((id) => started.includes(id)));
    const filter = JSON.stringify(
      (specs.find((s) => s.spec.id === 'lines-line')!.spec as { filter?: unknown }).filter,
    );
    expect(filter).toContain('["==",["get","layer"],"lines"]');
  });

  it('lists each layer’s style layers, and lets clicks pick only interactive, non-label ones', () => {
    expect(styleIds.get('zones' as never)).toEqual(ids.filter((id) => id.startsWith('zones-')));
    expect(interactiveIds).not.toContain('zones-label');
    expect(interactiveIds).toContain('zones-fill');
    expect(interactiveIds.some((id) => id.startsWith('context'))).toBe(false);
  });

  it('holds the data in one plan source with its label points beside it', () => {
    expect(Object.keys(style.sources)).toEqual([PLAN_SOURCE, `${PLAN_SOURCE}-labels`, 'here']);
    expect(style.sources[PLAN_SOURCE]).toMatchObject({ type: 'geojson', promoteId: 'id', data: empty });
  });

  it('tiles the plan with a buffer beyond the widest stroke any layer draws at any zoom', () => {
    const spec = (v8 as unknown as Record<string, Record<string, never>>).paint_line;
    const at = (value: unknown, key: 'line-width' | 'line-gap-width', zoom: number) => {
      if (value === undefined) return 0;
      const parsed = expression.createPropertyExpression(value, 'paint', spec[key]);
      if (parsed.result !== 'success') throw new Error(`${key} does not parse`);
      return Number(parsed.value.evaluate({ zoom }, { type: 'LineString', properties: {} } as never, {}));
    };
    // The whole stroke drawn: its width, or a cased line's gap with a width on either side.
    const widths = LAYERS.flatMap((layer) =>
      layer.styleLayers(PLAN_SOURCE).flatMap((styleLayer) => {
        if (styleLayer.type !== 'line') return [];
        const paint = styleLayer.paint ?? {};
        return [8, 10, 12, 14, 16, 18, 20].map((zoom) => {
          const gap = at(paint['line-gap-width'], 'line-gap-width', zoom);
          const width = at(paint['line-width'] ?? 1, 'line-width', zoom);
          return gap > 0 ? gap + 2 * width : width;
        });
      }),
    );
    expect(widths.length).toBeGreaterThan(10);
    // A miter join reaches out twice the half width: a stroke from beyond the edge must be in the tile.
    expect(Math.max(...widths)).toBeLessThanOrEqual(PLAN_TILE_BUFFER);
    for (const id of [PLAN_SOURCE, `${PLAN_SOURCE}-labels`])
      expect(style.sources[id]).toMatchObject({ buffer: PLAN_TILE_BUFFER });
    expect(PLAN_TILE_BUFFER).toBeLessThan(128);
  });
});
