/**
 * The style's `glyphs` URL template for a generated glyphs path. It is made absolute by string
 * concatenation: MapLibre fetches it as given, and `new URL()` would percent-encode the
 * `{fontstack}` and `{range}` tokens that MapLibre fills in.
 *
 * @param path - the generated path: root-absolute (`/fonts/glyphs/{fontstack}/{range}.pbf`),
 *   relative to the page, or already a full URL
 * @param origin - `location.origin`
 * @param baseUri - `document.baseURI`, against which a relative path resolves
 */
export function toGlyphsUrl(path: string, origin: string, baseUri: string = `${origin}/`): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return path;
  if (path.startsWith('/')) return `${origin.replace(/\/$/, '')}${path}`;
  return `${baseUri.replace(/[^/]*$/, '')}${path}`;
}
