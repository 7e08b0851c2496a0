import { describe, expect, it } from 'vitest';
import { homeState } from '../../src/app/home.ts';
import { type AppState, Store } from '../../src/app/store.ts';
import { FeatureIndex } from '../../src/data/plan-data.ts';
import type { PlanFeature } from '../../src/data/schema.ts';
import type { Message } from '../../src/i18n/i18n.ts';
import { Selection } from '../../src/shell/selection.ts';

const feature = (id: string, layer: string) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [105.9, 29.3] },
    properties: { id, layer },
  }) as unknown as PlanFeature;

function setup(complete = true) {
  const store = new Store<AppState>({ ...homeState('zh'), layers: ['expansion-zones'], panel: 'parks' });
  const warnings: { id: string; message: Message }[] = [];
  const flights: string[] = [];
  const index = new FeatureIndex([
    feature('station-a', 'rail-stations'),
    feature('zone-b', 'expansion-zones'),
  ]);
  const controller = {
    flyToFeature: () => flights.push('feature'),
    flyToGeometries: (g: unknown[]) => flights.push(`geometries:${g.length}`),
  };
  const selection = new Selection({
    store,
    controller: () => controller as never,
    index: () => index,
    complete: () => complete,
    warn: (id, message) => warnings.push({ id, message }),
    laidOut: () => Promise.resolve(),
  });
  return { store, warnings, flights, selection };
}

describe('selection', () => {
  it('a click opens the one feature there, or a point on top of others, and an empty spot clears it', () => {
    const { store, selection } = setup();
    const at: [number, number] = [105.9, 29.3];
    selection.mapClick(
      [
        { id: 'station-a', shape: 'point' },
        { id: 'zone-b', shape: 'area' },
      ],
      at,
    );
    expect(store.state.selected).toBe('station-a');
    selection.mapClick([{ id: 'zone-b', shape: 'area' }], at);
    expect(store.state.selected).toBe('zone-b');
    selection.mapClick([], at);
    expect(store.state.selected).toBeNull();
  });

  it('several areas or lines under the finger are listed to pick from, at the point', () => {
    const { store, selection } = setup();
    selection.mapClick(
      [
        { id: 'zone-b', shape: 'area' },
        { id: 'zone-c', shape: 'area' },
      ],
      [105.91, 29.31],
    );
    expect(store.state).toMatchObject({ selected: null, panel: 'here', at: [105.91, 29.31] });
    // With "what is here" open, every tap asks about its point.
    selection.mapClick([{ id: 'station-a', shape: 'point' }], [105.92, 29.32]);
    expect(store.state).toMatchObject({ selected: null, panel: 'here', at: [105.92, 29.32] });
  });

  it('selecting from a list turns its layer on, flies there, and closes the view unless asked to keep it', async () => {
    const { store, selection, flights } = setup();
    selection.select('station-a');
    expect(store.state).toMatchObject({ selected: 'station-a', panel: null });
    expect(store.state.layers).toContain('rail-stations');
    await Promise.resolve();
    expect(flights).toEqual(['feature']);
    store.set({ panel: 'parks' });
    selection.select('zone-b', { keepPanel: true });
    expect(store.state).toMatchObject({ selected: 'zone-b', panel: 'parks' });
  });

  it('a link to a feature that does not exist is named and dropped, once every layer is in', () => {
    const early = setup(false);
    early.store.set({ selected: 'no-such' });
    early.selection.show('no-such', true);
    expect(early.warnings).toEqual([]);
    expect(early.store.state.selected).toBe('no-such');

    const late = setup(true);
    late.store.set({ selected: 'no-such' });
    late.selection.show('no-such', true);
    expect(late.warnings).toEqual([
      { id: 'selection', message: { key: 'notice.selectionMissing', params: { id: 'no-such' } } },
    ]);
    expect(late.store.state.selected).toBeNull();
  });
});
