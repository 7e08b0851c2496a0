import { expression, type LayerSpecification, v8 } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { defaultVisibleLayers, LAYERS } from '../../src/layers/registry.ts';
import { perFeature } from '../../styles/layer-styles.ts';

/**
 * The shader program MapLibre draws a style layer with: one per layer kind and per mix of
 * constant and data-driven paint properties. Each one the first frame needs is compiled at
 * start-up, tens of ms apiece in software rendering.
 */
function programOf(spec: LayerSpecification): string {
  const paint: Record<string, unknown> = ('paint' in spec && spec.paint) || {};
  const props = (v8 as unknown as Record<string, Record<string, never>>)[`paint_${spec.type}`];
  const driven = Object.keys(paint)
    .filter((key) => {
      const parsed = expression.createPropertyExpression(paint[key], 'paint', props[key]);
      return (
        parsed.result === 'success' && (parsed.value.kind === 'source' || parsed.value.kind === 'composite')
      );
    })
    .sort();
  const kind =
    spec.type === 'line' && paint['line-dasharray'] !== undefined
      ? 'lineSDF'
      : spec.type === 'fill' && paint['fill-antialias'] !== false
        ? 'fill+outline'
        : spec.type;
  return `${kind}(${driven.join(',')})`;
}

describe('shader programs at start-up', () => {
  it('draws every default layer with one program per kind, and solid lines with a second', () => {
    const shown = new Set(defaultVisibleLayers());
    const programs = new Map<string, string[]>();
    for (const layer of LAYERS.filter((l) => shown.has(l.id)))
      for (const spec of layer.styleLayers('plan'))
        programs.set(programOf(spec), [...(programs.get(programOf(spec)) ?? []), spec.id]);
    const kinds = [...programs.keys()].map((p) => p.slice(0, p.indexOf('(')));
    expect(kinds.sort(), JSON.stringify(Object.fromEntries(programs), null, 1)).toEqual([
      'circle',
      'fill',
      'line',
      'lineSDF',
      'symbol',
    ]);
  });

  it('makes a constant per-feature, so that a layer drawn alike shares the program', () => {
    const line = (paint: Record<string, unknown>) =>
      programOf({ id: 'x', type: 'line', source: 'plan', paint } as LayerSpecification);
    expect(line({ 'line-width': 1.2, 'line-dasharray': [3, 2] })).toBe('lineSDF()');
    expect(line({ 'line-width': perFeature(1.2), 'line-dasharray': perFeature([3, 2]) })).toBe(
      'lineSDF(line-dasharray,line-width)',
    );
  });
});
