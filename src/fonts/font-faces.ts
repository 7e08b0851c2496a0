/**
 * The subset Noto Sans SC built by scripts/fonts/vite-plugin-font-subset.ts: web font files for
 * the page's own UI text (`@font-face` rules in document.head, since @font-face does not work
 * inside a shadow root), and pre-rendered glyphs for the map's labels.
 */

import { fontFaceCss, fontFaces, glyphBundle } from 'virtual:font-faces';
import { installGlyphBundle } from './map-glyphs';

export { fontFaceCss, fontFaces };

/** Makes the label glyphs available to the map; returns the style's `glyphs` URL. */
export function installMapGlyphs(): string {
  return installGlyphBundle(glyphBundle);
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
