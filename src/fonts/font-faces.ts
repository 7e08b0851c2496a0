/**
 * The subset Noto Sans SC built by scripts/fonts/vite-plugin-font-subset.ts: web font files for
 * the page's own UI text (`@font-face` rules in document.head, since @font-face does not work
 * inside a shadow root). The map's label glyphs, pre-rendered from the same font, are served by
 * src/map/map-glyphs.ts.
 */

import { fontFaceCss, fontFaces } from 'virtual:font-faces';
import { adoptDocumentStyles } from '../ui/document-styles.ts';

export { fontFaceCss, fontFaces };

let installed = false;

/** Adds the `@font-face` rules to the page once (`@font-face` does not work inside a shadow root). */
export function installFontFaceCss(doc: Document = document): void {
  if (installed) return;
  installed = true;
  adoptDocumentStyles(fontFaceCss, doc);
}
