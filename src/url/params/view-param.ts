import type { ViewState } from '../../app/store.ts';
import { fail, ok, type UrlParam } from './param.ts';

/** The map view as `lon,lat,zoom[,bearing[,pitch]]`, limited to the region the atlas covers. */
export const VIEW_LIMITS = { lon: [100, 112], lat: [25, 34], zoom: [5, 19], pitch: [0, 60] } as const;

const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
const round = (v: number, digits: number) => Number(v.toFixed(digits));

export const viewParam: UrlParam<'view'> = {
  name: 'view',
  key: 'view',
  parse(raw) {
    const parts = raw.split(',');
    if (parts.length < 3 || parts.length > 5 || parts.some((p) => p.trim() === '')) {
      return fail('url.ignored.viewFormat', { value: raw });
    }
    const [lon, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number);
    if (![lon, lat, zoom, bearing, pitch].every(Number.isFinite))
      return fail('url.ignored.viewNumber', { value: raw });
    if (!inRange(lon, VIEW_LIMITS.lon) || !inRange(lat, VIEW_LIMITS.lat)) {
      return fail('url.ignored.viewOutside', { lon, lat });
    }
    if (!inRange(zoom, VIEW_LIMITS.zoom))
      return fail('url.ignored.viewRange', {
        what: { key: 'url.what.zoom' },
        value: zoom,
        min: VIEW_LIMITS.zoom[0],
        max: VIEW_LIMITS.zoom[1],
      });
    if (!inRange(pitch, VIEW_LIMITS.pitch))
      return fail('url.ignored.viewRange', {
        what: { key: 'url.what.pitch' },
        value: pitch,
        min: VIEW_LIMITS.pitch[0],
        max: VIEW_LIMITS.pitch[1],
      });
    const view: ViewState = { center: [lon, lat], zoom, bearing: ((bearing % 360) + 360) % 360, pitch };
    return ok(view);
  },
  serialize({ center, zoom, bearing, pitch }) {
    const parts = [round(center[0], 5), round(center[1], 5), round(zoom, 2)];
    if (round(bearing, 1) !== 0 || round(pitch, 1) !== 0) parts.push(round(bearing, 1), round(pitch, 1));
    return parts.join(',');
  },
};
