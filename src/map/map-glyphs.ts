/**
 * The map's label glyphs come from one file pre-rendered at build time
 * (scripts/fonts/glyph-bundle.ts). It is fetched once, and MapLibre's requests for a range of
 * glyphs are answered from it through a URL protocol of the app's own: no glyph server, and no
 * request per range (docs/decisions/0008-pre-rendered-glyphs.md).
 */
import { addProtocol } from 'maplibre-gl';

const PROTOCOL = 'atlas-glyphs';
/** The style's `glyphs` URL template; MapLibre fills in `{fontstack}` and `{range}`. */
export const GLYPHS_URL = `${PROTOCOL}://{fontstack}/{range}`;

/** Where the glyph file is and where each range's PBF lies in it. */
export interface GlyphBundleRef {
  url: string;
  fontstack: string;
  /** `first-last` → [byte offset, byte length] */
  ranges: Record<string, [number, number]>;
}

/**
 * The PBF of the range a request URL names, or an empty PBF (no glyphs: nothing to draw) for a
 * range the bundle lacks. A URL for another font stack is an error.
 */
export function rangeFromBundle(ref: GlyphBundleRef, bundle: ArrayBuffer, url: string): ArrayBuffer {
  const match = new RegExp(`^${PROTOCOL}://([^/]+)/(\\d+-\\d+)$`).exec(url);
  if (!match) throw new Error(`not a glyph range URL: ${url}`);
  const [, fontstack, range] = match;
  if (decodeURIComponent(fontstack) !== ref.fontstack)
    throw new Error(`no glyphs for font stack "${fontstack}"`);
  const at = ref.ranges[range];
  return at ? bundle.slice(at[0], at[0] + at[1]) : new ArrayBuffer(0);
}

/**
 * Answers the `glyphs` URL from the bundle, which it starts fetching at once so that it is in
 * memory by the time the first labels are laid out. Returns the style's `glyphs` value.
 * If the file cannot be fetched, each request fails and MapLibre draws those labels with the
 * machine's own fonts instead, and `loaded` rejects so that the app can say so.
 */
export function installGlyphBundle(ref: GlyphBundleRef): { url: string; loaded: Promise<void> } {
  const bundle = fetch(ref.url).then((res) => {
    if (!res.ok) throw new Error(`${ref.url}: HTTP ${res.status}`);
    return res.arrayBuffer();
  });
  // Kept as a rejected promise for the requests to report; not an unhandled rejection meanwhile.
  bundle.catch(() => undefined);
  addProtocol(PROTOCOL, async ({ url }) => ({ data: rangeFromBundle(ref, await bundle, url) }));
  return { url: GLYPHS_URL, loaded: bundle.then(() => undefined) };
}
