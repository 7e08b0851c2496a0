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
      return fail(`"${raw}" is not lon,lat,zoom[,bearing[,pitch]]`);
    }
    const [lon, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number);
    if (![lon, lat, zoom, bearing, pitch].every(Number.isFinite))
      return fail(`"${raw}" holds a value that is not a number`);
    if (!inRange(lon, VIEW_LIMITS.lon) || !inRange(lat, VIEW_LIMITS.lat)) {
      return fail(`${lon},${lat} lies outside the area the atlas covers`);
    }
    if (!inRange(zoom, VIEW_LIMITS.zoom))
      return fail(`zoom ${zoom} is outside ${VIEW_LIMITS.zoom.join('–')}`);
    if (!inRange(pitch, VIEW_LIMITS.pitch))
      return fail(`pitch ${pitch} is outside ${VIEW_LIMITS.pitch.join('–')}`);
    const view: ViewState = { center: [lon, lat], zoom, bearing: ((bearing % 360) + 360) % 360, pitch };
    return ok(view);
  },
  serialize({ center, zoom, bearing, pitch }) {
    const parts = [round(center[0], 5), round(center[1], 5), round(zoom, 2)];
    if (round(bearing, 1) !== 0 || round(pitch, 1) !== 0) parts.push(round(bearing, 1), round(pitch, 1));
    return parts.join(',');
  },
};
