import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { homeState } from '../../src/app/home.ts';
import type { AppState } from '../../src/app/store.ts';
import { StateRenderer } from '../../src/map/state-renderer.ts';

/** A stand-in for the MapLibre map that records what the renderer asks of it. */
function fakeMap() {
  const calls: string[] = [];
  return {
    calls,
    setLayoutProperty: (id: string, _p: string, v: string) => calls.push(`visibility ${id}=${v}`),
    addLayer: (spec: { id: string }, before?: string) =>
      calls.push(`add ${spec.id}${before ? ` before ${before}` : ''}`),
    setGlobalStateProperty: (k: string, v: string) => calls.push(`global ${k}=${v}`),
    getSource: (id: string) => ({
      setData: (d: { features: unknown[] }) => calls.push(`data ${id} ${d.features.length}`),
    }),
    setFeatureState: (f: { id: string }, s: Record<string, boolean>) =>
      calls.push(`state ${f.id} ${Object.entries(s).map(([k, v]) => `${k}=${v}`)}`),
  };
}

describe('the state renderer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
    vi.stubGlobal('cancelAnimationFrame', (h: number) => clearTimeout(h));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  // Drawing order: the zones' fill, the rail line, the zones' label.
  const plan = {
    specs: [
      { layer: 'expansion-zones', spec: { id: 'expansion-zones-fill' } },
      { layer: 'rail-lines', spec: { id: 'rail-lines-line' } },
      { layer: 'expansion-zones', spec: { id: 'expansion-zones-label' } },
    ],
    styleIds: new Map([
      ['expansion-zones', ['expansion-zones-fill', 'expansion-zones-label']],
      ['rail-lines', ['rail-lines-line']],
    ]),
  } as never;
  const renderer = (map: ReturnType<typeof fakeMap>) =>
    new StateRenderer(map as never, plan, ['expansion-zones']);
  const state = (patch: Partial<AppState>): AppState => ({
    ...homeState('zh'),
    layers: ['expansion-zones'],
    ...patch,
  });

  it('adds a layer off at start when first shown, in its place, and hides it after', () => {
    const map = fakeMap();
    const r = renderer(map);
    r.render(state({}));
    expect(map.calls).toEqual(['global lang=zh']);
    map.calls.length = 0;
    r.render(state({ layers: ['expansion-zones', 'rail-lines'] }));
    expect(map.calls).toEqual([
      'add rail-lines-line before expansion-zones-label',
      'visibility expansion-zones-fill=visible',
      'visibility expansion-zones-label=visible',
      'visibility rail-lines-line=visible',
    ]);
    map.calls.length = 0;
    r.render(state({ layers: ['expansion-zones'] }));
    expect(map.calls).toContain('visibility rail-lines-line=none');
    expect(map.calls.some((c) => c.startsWith('add'))).toBe(false);
  });

  it('applies the language at once, and feature looks a frame later, only where they changed', () => {
    const map = fakeMap();
    const r = renderer(map);
    r.setFeatureIds(new Set(['a', 'b', 'c']));
    r.render(state({ selected: 'a', dimmed: ['c'] }));
    expect(map.calls).toEqual(['global lang=zh']);
    map.calls.length = 0;
    vi.advanceTimersByTime(20);
    expect(map.calls.sort()).toEqual(['state a selected=true', 'state c dimmed=true']);

    map.calls.length = 0;
    r.render(state({ selected: 'b', highlighted: ['a'], dimmed: ['c'] }));
    r.render(state({ selected: 'b', highlighted: ['a'], dimmed: ['c'], hovered: 'c' }));
    vi.advanceTimersByTime(20);
    // One frame for both changes: b joins the selected look, a stays (highlighted), c gains hover.
    expect(map.calls.sort()).toEqual(['state b selected=true', 'state c hover=true']);
  });

  it('skips features the source does not hold, and applies everything again after a lost context', () => {
    const map = fakeMap();
    const r = renderer(map);
    r.setFeatureIds(new Set(['a']));
    r.render(state({ selected: 'gone', highlighted: ['a'] }));
    vi.advanceTimersByTime(20);
    expect(map.calls.filter((c) => c.startsWith('state'))).toEqual(['state a selected=true']);
    map.calls.length = 0;
    r.reapply(state({ selected: 'gone', highlighted: ['a'] }));
    expect(map.calls.filter((c) => c.startsWith('visibility')).length).toBe(2);
  });

  it('draws no hover while the planner draws', () => {
    const map = fakeMap();
    const r = renderer(map);
    r.setFeatureIds(new Set(['a']));
    r.render(state({ hovered: 'a', drawMode: 'polygon' }));
    vi.advanceTimersByTime(20);
    expect(map.calls.filter((c) => c.startsWith('state'))).toEqual([]);
  });
});
