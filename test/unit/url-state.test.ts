import { describe, expect, it } from 'vitest';
import type { AppState } from '../../src/app/store.ts';
import { readUrlState, writeUrlState } from '../../src/url/url-state.ts';

const state: AppState = {
  lang: 'en',
  view: { center: [105.93421, 29.35112], zoom: 11.25, bearing: 30, pitch: 20 },
  layers: ['expansion-zones', 'rail-lines'],
  selected: 'fenghuanghu-hub',
  panel: null,
  industry: 'auto-moto',
  compare: ['fenghuanghu-industrial-park', 'sanjiao-industrial-park'],
  para: 'c2-s2-p3',
  quote: '拓展面积约10平方公里',
  entry: 'edu-wenchang-middle-school',
  at: [105.93421, 29.35112],
  preciseOnly: true,
  offlineBasemap: false,
  year: 2025,
  swipe: { left: 2020, right: 2035, at: 0.3 },
  hovered: null,
  dimmed: [],
  highlighted: [],
  drawMode: null,
};

describe('URL state', () => {
  it('round-trips the whole state', () => {
    const search = writeUrlState(state);
    const { patch, warnings } = readUrlState(search);
    expect(warnings).toEqual([]);
    // Hover, dimming, highlights, the drawing mode and the reader's emphasis are the session's, not the link's.
    const { hovered: _h, dimmed: _d, highlighted: _hl, drawMode: _m, quote: _q, ...linked } = state;
    expect(patch).toEqual({ ...linked, panel: undefined, layers: ['expansion-zones', 'rail-lines'] });
    expect(search).toContain('view=105.93421,29.35112,11.25,30,20');
    expect(search).toContain('year=2025');
    expect(search).toContain(
      'industry=auto-moto&compare=fenghuanghu-industrial-park,sanjiao-industrial-park',
    );
  });

  it('leaves out an empty comparison and filter', () => {
    const search = writeUrlState({ ...state, industry: null, compare: [] });
    expect(search).not.toContain('industry=');
    expect(search).not.toContain('compare=');
  });

  it('leaves out an empty selection and a flat view’s bearing and pitch', () => {
    const search = writeUrlState({ ...state, selected: null, view: { ...state.view, bearing: 0, pitch: 0 } });
    expect(search).not.toContain('sel=');
    expect(search).toContain('view=105.93421,29.35112,11.25&');
  });

  it('keeps parameters it does not own', () => {
    expect(writeUrlState(state, '?kiosk&foo=1')).toContain('foo=1');
  });

  it.each([
    ['lang=fr', 'lang', 'not a language'],
    ['year=2030', 'year', '"2030" is not a plan year'],
    ['year=2025.0', 'year', 'not a plan year'],
    ['view=abc', 'view', 'not lon,lat,zoom'],
    ['view=105.9,29.3', 'view', 'not lon,lat,zoom'],
    ['view=29.3,105.9,10', 'view', 'outside the area'],
    ['view=105.9,29.3,40', 'view', 'zoom 40'],
    ['view=105.9,29.3,NaN', 'view', 'not a number'],
    ['layers=expansion-zones,bogus', 'layers', 'unknown layer "bogus"'],
    ['sel=<script>', 'sel', 'not a feature id'],
    ['panel=print', 'panel', 'not a panel'],
    ['industry=steel', 'industry', 'not an industry'],
    ['compare=fenghuanghu-industrial-park', 'compare', '2 or 3 parks, not 1'],
    ['compare=a,b,c,d', 'compare', '2 or 3 parks, not 4'],
    ['compare=a,a', 'compare', 'listed twice'],
    ['compare=a,<b>', 'compare', 'not a feature id'],
  ])('ignores malformed %s with a warning', (query, name, message) => {
    const { patch, warnings } = readUrlState(`?${query}`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`"${name}"`);
    expect(warnings[0]).toContain(message);
    expect(Object.keys(patch)).toEqual([]);
  });

  it('keeps the good parameters beside a bad one', () => {
    const { patch, warnings } = readUrlState('?lang=zh&view=oops&layers=rail-lines');
    expect(warnings).toHaveLength(1);
    expect(patch).toEqual({ lang: 'zh', layers: ['rail-lines'] });
  });

  it('accepts an empty layer list as "no layers"', () => {
    expect(readUrlState('?layers=').patch.layers).toEqual([]);
  });
});
