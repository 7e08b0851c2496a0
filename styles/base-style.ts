import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import { palette } from './tokens.ts';

/**
 * The offline base: a dimmed world on which the district's own layers draw. There is no
 * glyph server: MapLibre 6 draws labels with the font files declared in `font-faces`,
 * which ship with the app (docs/decisions/0002-no-glyph-server.md).
 */
export function baseStyle(fontFaces: FontFacesSpecification, lang: string): StyleSpecification {
  return {
    version: 8,
    name: 'Yongchuan Plan Atlas',
    'font-faces': fontFaces,
    state: { lang: { default: lang } },
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': palette.outside } }],
  };
}
