/**
 * The kiosk's presentation, without a browser: the label and symbol scale for the screen, the
 * plan style that lets it apply, and the map-approval setting (审图号).
 */
import { describe, expect, it } from 'vitest';
import type { PlanFeatureCollection } from '../../src/data/schema.ts';
import type { LayerDefinition } from '../../src/layers/types.ts';
import { mapScaleFor } from '../../src/map/kiosk-view.ts';
import { MAP_SCALE, planStyle, withMapScale } from '../../src/map/plan-style.ts';
import { readKioskSettings } from '../../src/url/kiosk-settings.ts';
import { readApproval } from '../../src/url/map-approval.ts';
import { pointLayers, polygonLayers } from '../../styles/layer-styles.ts';

describe('the map scale of a kiosk screen', () => {
  it('draws the smallest labels (11 px) at 18 px or more on a 1080 p screen, either way round', () => {
    for (const [w, h] of [
      [1920, 1080],
      [1080, 1920],
    ]) {
      expect(11 * mapScaleFor(w, h)).toBeGreaterThanOrEqual(18);
      expect(mapScaleFor(w, h)).toBeLessThan(2);
    }
  });

  it('grows with the screen (3840×2160 twice 1080 p) and never shrinks below the desk size', () => {
    expect(mapScaleFor(3840, 2160)).toBeCloseTo(2 * mapScaleFor(1920, 1080), 2);
    expect(mapScaleFor(800, 600)).toBe(1);
  });
});

describe('the plan style and the map scale', () => {
  const point = {
    id: 'stations',
    group: 'expansion',
    order: 1,
    title: { zh: 's', en: 's' },
    dataUrl: '/s.geojson',
    defaultVisible: true,
    styleLayers: (source: string) => [
      ...pointLayers('stations', source, { color: '#000' }),
      ...polygonLayers('zones', source, { color: '#000' }),
    ],
    legend: [],
    panelFields: [],
    interactive: true,
  } as unknown as LayerDefinition;
  const empty: PlanFeatureCollection = { type: 'FeatureCollection', features: [] };
  const base = { version: 8 as const, sources: {}, layers: [] };

  it('multiplies every label size and point radius by the mapScale global state, 1 by default', async () => {
    const { style } = planStyle(base, [point], ['stations'] as never[], empty);
    expect(style.state?.[MAP_SCALE]).toEqual({ default: 1 });
    const circle = style.layers.find((l) => l.id === 'stations-circle');
    const label = style.layers.find((l) => l.id === 'stations-label');
    expect(circle?.type === 'circle' && JSON.stringify(circle.paint?.['circle-radius'])).toContain(
      `["global-state","${MAP_SCALE}"]`,
    );
    expect(label?.type === 'symbol' && label.layout?.['text-size']).toEqual([
      '*',
      ['number', ['global-state', MAP_SCALE], 1],
      12,
    ]);
    const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
    style.glyphs = 'http://127.0.0.1/{fontstack}/{range}.pbf';
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('leaves a size that follows the zoom alone (a zoom curve must stay outermost)', () => {
    const spec = {
      id: 'x',
      type: 'symbol' as const,
      source: 'plan',
      layout: { 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 10, 14, 16] as never },
    };
    expect(withMapScale(spec)).toBe(spec);
  });
});

describe('the map-approval line (审图号)', () => {
  it('takes a short approval number from the URL, in a kiosk or not', () => {
    expect(readApproval('?approval=GS(2024)1234号')).toEqual({ approval: 'GS(2024)1234号', messages: [] });
    expect(readApproval('?approval=渝S（2023）012号').approval).toBe('渝S（2023）012号');
    expect(readKioskSettings('?kiosk&approval=GS(2024)1234号', false).settings.approval).toBe(
      'GS(2024)1234号',
    );
    expect(readApproval('').approval).toBeNull();
  });

  it('ignores markup, over-long text and empty values with a message that names the parameter', () => {
    for (const raw of ['<b>GS</b>', 'x'.repeat(41), '', 'GS"2024"']) {
      const r = readApproval(`?approval=${encodeURIComponent(raw)}`);
      expect(r.approval, raw).toBeNull();
      expect(r.messages, raw).toEqual([
        { key: 'url.ignored.approval', params: { value: raw, name: 'approval' } },
      ]);
    }
    const k = readKioskSettings('?kiosk&approval=<i>', false);
    expect(k.settings.approval).toBeNull();
    expect(k.warnings[0]).toContain('approval');
  });
});
