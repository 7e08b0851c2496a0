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
    setGlobalStateProperty: (k: string, v: string) => calls.push(`global ${k}=${v}`),
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

  const styleIds = new Map([
    ['expansion-zones', ['expansion-zones-fill', 'expansion-zones-label']],
    ['rail-lines', ['rail-lines-line']],
  ]) as never;
  const state = (patch: Partial<AppState>): AppState => ({
    ...homeState('zh'),
    layers: ['expansion-zones'],
    ...patch,
  });

  it('applies layers and language at once, and feature looks a frame later, only where they changed', () => {
    const map = fakeMap();
    const r = new StateRenderer(map as never, styleIds);
    r.setFeatureIds(new Set(['a', 'b', 'c']));
    r.render(state({ selected: 'a', dimmed: ['c'] }));
    expect(map.calls).toEqual([
      'visibility expansion-zones-fill=visible',
      'visibility expansion-zones-label=visible',
      'visibility rail-lines-line=none',
      'global lang=zh',
    ]);
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
    const r = new StateRenderer(map as never, styleIds);
    r.setFeatureIds(new Set(['a']));
    r.render(state({ selected: 'gone', highlighted: ['a'] }));
    vi.advanceTimersByTime(20);
    expect(map.calls.filter((c) => c.startsWith('state'))).toEqual(['state a selected=true']);
    map.calls.length = 0;
    r.reapply(state({ selected: 'gone', highlighted: ['a'] }));
    expect(map.calls.filter((c) => c.startsWith('visibility')).length).toBe(3);
  });

  it('draws no hover while the planner draws', () => {
    const map = fakeMap();
    const r = new StateRenderer(map as never, styleIds);
    r.setFeatureIds(new Set(['a']));
    r.render(state({ hovered: 'a', drawMode: 'polygon' }));
    vi.advanceTimersByTime(20);
    expect(map.calls.filter((c) => c.startsWith('state'))).toEqual([]);
  });
});
