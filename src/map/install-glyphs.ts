import { glyphBundle } from 'virtual:font-faces';
import { installGlyphBundle } from './map-glyphs.ts';

/** Makes the build's pre-rendered label glyphs available to the map; returns the style's `glyphs` URL. */
export function installMapGlyphs(): string {
  return installGlyphBundle(glyphBundle);
}
