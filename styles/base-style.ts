import type { StyleSpecification } from 'maplibre-gl';
import { palette } from './tokens.ts';

/**
 * The district's opaque land fill (layers/district-boundary.ts). What lies on the ground, a built
 * basemap and the hillshade, goes right above it, under every other plan layer.
 */
export const LAND_FILL_LAYER = 'district-boundary-land';

/**
 * The offline base: a dimmed world on which the district's own layers draw. Labels draw from
 * glyphs pre-rendered at build time and served by the app itself, not by a glyph server
 * (docs/decisions/0008-pre-rendered-glyphs.md).
 *
 * @param glyphs - the `glyphs` URL template (src/map/map-glyphs.ts)
 */
export function baseStyle(glyphs: string, lang: string): StyleSpecification {
  return {
    version: 8,
    name: 'Yongchuan Plan Atlas',
    glyphs,
    state: { lang: { default: lang }, preciseOnly: { default: false } },
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': palette.outside } }],
  };
}
