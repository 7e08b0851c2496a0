/**
 * The online basemap a visitor can choose, off by default: `?basemap=osm`, `?basemap=tianditu-vec`,
 * `?basemap=tianditu-img`, an XYZ raster template (`https://host/{z}/{x}/{y}.png`) or a vector
 * style URL (`https://host/style.json`). Pure: parsing, the presets and the hosts each needs.
 *
 * 天地图 needs the visitor's own key (`tk`). It is kept in this browser (localStorage) and added
 * to the tile URLs only here, never to the link, so a shared link never carries it.
 *
 * The page that may draw one is basemap.html, whose Content-Security-Policy admits the presets'
 * hosts and loopback (docs/decisions/0021-online-basemap.md); index.html admits none.
 */
import type { Message } from '../i18n/i18n.ts';

export const BASEMAP_PARAM = 'basemap';
export const BASEMAP_PAGE = 'basemap.html';
export const TIANDITU_KEY_STORAGE = 'atlas.tiandituKey';

export type BasemapPreset = 'osm' | 'tianditu-vec' | 'tianditu-img';
export const BASEMAP_PRESETS: readonly BasemapPreset[] = ['osm', 'tianditu-vec', 'tianditu-img'];

export interface Basemap {
  /** The preset, or `custom` for a URL given in the link. */
  id: BasemapPreset | 'custom';
  kind: 'raster' | 'style';
  /** Raster tile templates, drawn bottom first (天地图: the map, then its 注记 labels). */
  tiles: string[];
  /** A vector style's URL. */
  styleUrl?: string;
  attribution: string;
}

/**
 * The hosts basemap.html's policy admits (connect-src and img-src). A host a visitor names that
 * is not here is refused with a message, not drawn half-blocked.
 */
export const ALLOWED_HOSTS = ['tile.openstreetmap.org', 't0.tianditu.gov.cn'];
const LOOPBACK = ['127.0.0.1', 'localhost'];

const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';
const TIANDITU_ATTRIBUTION = '© 天地图 (国家地理信息公共服务平台)';

function tiandituLayer(layer: string, key: string): string {
  return `https://t0.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
}

export type BasemapResult = { ok: true; value: Basemap } | { ok: false; message: Message };

/** Whether the page's policy admits this URL's host: the presets' hosts and loopback, on http(s). */
export function hostAllowed(url: URL): boolean {
  if (LOOPBACK.includes(url.hostname)) return url.protocol === 'http:' || url.protocol === 'https:';
  return url.protocol === 'https:' && ALLOWED_HOSTS.includes(url.hostname);
}

/** The basemap a `basemap` parameter asks for; `key` is the stored 天地图 key, if any. */
export function parseBasemap(raw: string, key: string | null): BasemapResult {
  if (raw === 'osm')
    return {
      ok: true,
      value: {
        id: 'osm',
        kind: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        attribution: OSM_ATTRIBUTION,
      },
    };
  if (raw === 'tianditu-vec' || raw === 'tianditu-img') {
    if (!key) return { ok: false, message: { key: 'basemap.needsKey' } };
    const [base, labels] = raw === 'tianditu-vec' ? ['vec', 'cva'] : ['img', 'cia'];
    return {
      ok: true,
      value: {
        id: raw,
        kind: 'raster',
        tiles: [tiandituLayer(base, key), tiandituLayer(labels, key)],
        attribution: TIANDITU_ATTRIBUTION,
      },
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: { key: 'basemap.badUrl', params: { url: raw } } };
  }
  if (!hostAllowed(url))
    return { ok: false, message: { key: 'basemap.hostRefused', params: { host: url.host } } };
  const template = ['{z}', '{x}', '{y}'].every((p) => raw.includes(p));
  if (template)
    return { ok: true, value: { id: 'custom', kind: 'raster', tiles: [raw], attribution: url.host } };
  if (/\.json(\?|$)/.test(url.pathname + url.search))
    return {
      ok: true,
      value: { id: 'custom', kind: 'style', tiles: [], styleUrl: raw, attribution: url.host },
    };
  return { ok: false, message: { key: 'basemap.badUrl', params: { url: raw } } };
}

/** The same link on the other page: basemap.html with the basemap, or the atlas without it. */
export function switchedLink(href: string, basemap: string | null): string {
  const url = new URL(href);
  const dir = url.pathname.replace(/[^/]*$/, '');
  url.pathname = basemap ? `${dir}${BASEMAP_PAGE}` : dir;
  if (basemap) url.searchParams.set(BASEMAP_PARAM, basemap);
  else url.searchParams.delete(BASEMAP_PARAM);
  return url.toString();
}
