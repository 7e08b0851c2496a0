import { fail, ok, type UrlParam } from './param.ts';
import { VIEW_LIMITS } from './view-param.ts';

const round = (v: number) => Number(v.toFixed(5));

/** "What is here" at a point, `at=lon,lat`, within the region the atlas covers. */
export const atParam: UrlParam<'at'> = {
  name: 'at',
  key: 'at',
  parse(raw) {
    const parts = raw.split(',');
    const [lon, lat] = parts.map(Number);
    if (
      parts.length !== 2 ||
      parts.some((p) => p.trim() === '') ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat)
    )
      return fail('url.ignored.lonLat', { value: raw });
    const inside = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
    if (!inside(lon, VIEW_LIMITS.lon) || !inside(lat, VIEW_LIMITS.lat))
      return fail('url.ignored.viewOutside', { lon, lat });
    return ok([lon, lat]);
  },
  serialize: (at) => (at ? `${round(at[0])},${round(at[1])}` : null),
};
