import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/shell/url-sync.ts';

describe('the state a link starts with', () => {
  it('takes the link’s language and layers as the home it goes back to, and nothing else', () => {
    const { state, home, messages } = initialState(
      '?lang=en&layers=rail-lines&sel=station-yongchuan&panel=targets',
      false,
    );
    expect(messages).toEqual([]);
    expect(state).toMatchObject({
      lang: 'en',
      layers: ['rail-lines'],
      selected: 'station-yongchuan',
      panel: 'targets',
    });
    expect(home).toMatchObject({ lang: 'en', layers: ['rail-lines'], selected: null, panel: null });
  });

  it('refuses the planner tools in a kiosk, with a message in both languages', () => {
    const { state, messages } = initialState('?panel=tools', true);
    expect(state.panel).toBeNull();
    expect(messages).toEqual([{ key: 'url.ignored.panelKiosk', params: { name: 'panel', value: 'tools' } }]);
    expect(initialState('?panel=tools', false).state.panel).toBe('tools');
  });

  it('refuses a year comparison in a kiosk (one map there), and keeps it elsewhere', () => {
    const { state, messages } = initialState('?swipe=2020,2035', true);
    expect(state.swipe).toBeNull();
    expect(messages).toEqual([{ key: 'url.ignored.swipeKiosk', params: { name: 'swipe' } }]);
    expect(initialState('?swipe=2020,2035', false).state.swipe).toMatchObject({ left: 2020, right: 2035 });
  });

  it('keeps a bad parameter out, with its message, and the good ones in', () => {
    const { state, messages } = initialState('?lang=fr&layers=rail-lines', false);
    expect(state.layers).toEqual(['rail-lines']);
    expect(messages).toEqual([{ key: 'url.ignored.lang', params: { name: 'lang', value: 'fr' } }]);
  });
});
