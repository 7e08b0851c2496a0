/**
 * The subset Noto Sans SC web font built by scripts/fonts/vite-plugin-font-subset.ts, for the map
 * (style `font-faces`) and for the page's own UI text (`@font-face` rules in document.head, since
 * @font-face does not work inside a shadow root).
 */

import { fontFaceCss, fontFaces } from 'virtual:font-faces';
import type { FontFacesSpecification } from 'maplibre-gl';
import { toMapFontFaces } from './map-font-faces';

export { MAP_FONT } from './map-font-faces';
export { fontFaceCss, fontFaces };

/** The style's `font-faces` value: `{ 'Noto Sans SC': [{ url, 'unicode-range': ['U+…', …] }, …] }`. */
export function mapFontFaces(origin: string = location.origin): FontFacesSpecification {
  return toMapFontFaces(fontFaces, origin, typeof document === 'undefined' ? undefined : document.baseURI);
}

const STYLE_ID = 'noto-sans-sc-font-faces';

/** Adds the `@font-face` rules to the page once. */
export function installFontFaceCss(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = fontFaceCss;
  doc.head.append(style);
}
