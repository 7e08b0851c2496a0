/**
 * The subset Noto Sans SC built by scripts/fonts/vite-plugin-font-subset.ts: web font files for
 * the page's own UI text (`@font-face` rules in document.head, since @font-face does not work
 * inside a shadow root). The map's label glyphs, pre-rendered from the same font, are served by
 * src/map/map-glyphs.ts.
 */

import { fontFaceCss, fontFaces } from 'virtual:font-faces';

export { fontFaceCss, fontFaces };

const STYLE_ID = 'noto-sans-sc-font-faces';

/** Adds the `@font-face` rules to the page once. */
export function installFontFaceCss(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = fontFaceCss;
  doc.head.append(style);
}
