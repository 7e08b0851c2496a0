import { glyphBundle } from 'virtual:font-faces';
import { installGlyphBundle } from './map-glyphs.ts';

/**
 * Makes the build's pre-rendered label glyphs available to the map: the style's `glyphs` URL, and
 * a promise that rejects if the glyph file does not arrive.
 */
export function installMapGlyphs(): { url: string; loaded: Promise<void> } {
  return installGlyphBundle(glyphBundle);
}
