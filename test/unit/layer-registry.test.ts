import { existsSync } from 'node:fs';
import {
  type CircleLayerSpecification,
  expression,
  type StylePropertySpecification,
  v8,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/data/schema.ts';
import { defaultVisibleLayers, LAYERS, layersByGroup } from '../../src/layers/registry.ts';
import { LAYER_GROUPS } from '../../src/layers/types.ts';

describe('layer registry', () => {
  it('discovers one module per layer id, each with its data file', () => {
    expect(LAYERS.map((l) => l.id).sort()).toEqual([...LAYER_IDS].sort());
    for (const id of LAYER_IDS) expect(existsSync(`geodata/${id}.geojson`), id).toBe(true);
  });

  it('gives every layer a group, a bilingual title, a legend and style layers named after it', () => {
    for (const layer of LAYERS) {
      expect(LAYER_GROUPS).toContain(layer.group);
      expect(layer.title.zh && layer.title.en).toBeTruthy();
      expect(layer.legend.length).toBeGreaterThan(0);
      for (const entry of layer.legend) expect(entry.label.zh && entry.label.en).toBeTruthy();
      const specs = layer.styleLayers('plan');
      expect(specs.length).toBeGreaterThan(0);
      for (const spec of specs) expect(spec.id.startsWith(layer.id), spec.id).toBe(true);
    }
  });

  it('has unique style layer ids across layers', () => {
    const ids = LAYERS.flatMap((l) => l.styleLayers('plan').map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the mission layers by default and keeps drawing order unique', () => {
    const visible = defaultVisibleLayers();
    for (const id of [
      'district-boundary',
      'expansion-zones',
      'industrial-parks',
      'logistics-nodes',
      'rail-lines',
    ]) {
      expect(visible).toContain(id);
    }
    const orders = LAYERS.map((l) => l.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('groups layers in the plan’s order', () => {
    expect(layersByGroup().map((g) => g.group)).toEqual(
      LAYER_GROUPS.filter((g) => LAYERS.some((l) => l.group === g)),
    );
  });
});

describe('the map style', () => {
  it('is valid MapLibre style for every layer, as the map no longer checks it at start-up', async () => {
    const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
    const { baseStyle } = await import('../../styles/base-style.ts');
    const style = baseStyle('http://127.0.0.1/fonts/glyphs/{fontstack}/{range}.pbf', 'zh');
    style.sources.plan = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.sources['plan-labels'] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.layers.push(...LAYERS.flatMap((l) => l.styleLayers('plan')));
    expect(validateStyleMin(style)).toEqual([]);
  });
});

describe('point symbols', () => {
  /** A circle paint property evaluated for a feature, as MapLibre evaluates it. */
  function paint(
    spec: CircleLayerSpecification,
    key: 'circle-color' | 'circle-stroke-color',
    status: string,
  ) {
    const parsed = expression.createExpression(
      spec.paint?.[key],
      'paint',
      v8.paint_circle[key] as StylePropertySpecification,
    );
    if (parsed.result !== 'success') throw new Error(`${spec.id} ${key}: ${JSON.stringify(parsed.value)}`);
    const feature = {
      type: 'Point' as const,
      properties: { status, geometry_accuracy: 'exact' },
      geometry: [],
    };
    return String(parsed.value.evaluate({ zoom: 10 }, feature, {}));
  }

  it('draws every planned point as a ring that stands out from its hollow fill', () => {
    const circles = LAYERS.flatMap((l) => l.styleLayers('plan')).filter(
      (s): s is CircleLayerSpecification => s.type === 'circle' && !s.id.startsWith('here'),
    );
    expect(circles.length).toBeGreaterThan(5);
    for (const spec of circles) {
      expect(paint(spec, 'circle-stroke-color', 'planned'), spec.id).not.toBe(
        paint(spec, 'circle-color', 'planned'),
      );
    }
  });
});
