import type { FontFacesSpecification } from 'maplibre-gl';

/** The family name map labels ask for in `text-font`. */
export const MAP_FONT = 'Noto Sans SC';

export interface FontFaceRef {
  url: string;
  range: string;
  weight: number;
}

/**
 * The style's `font-faces` value for the given generated files: regular weight only, each URL
 * absolute (MapLibre refuses relative ones), and each range as its own array item, since MapLibre 6
 * parses every `unicode-range` entry as one `U+X` / `U+X-Y` / `U+X??` and drops a comma list.
 *
 * @param origin - `location.origin`, prefixed to root-absolute URLs
 * @param baseUri - `document.baseURI`, against which URLs relative to the page resolve
 */
export function toMapFontFaces(
  faces: readonly FontFaceRef[],
  origin: string,
  baseUri: string = `${origin}/`,
): FontFacesSpecification {
  const absolute = (url: string): string => {
    if (/^[a-z][a-z\d+.-]*:/i.test(url)) return url;
    if (url.startsWith('/')) return `${origin.replace(/\/$/, '')}${url}`;
    return new URL(url, baseUri).href;
  };
  return {
    [MAP_FONT]: faces
      .filter((f) => f.weight === 400)
      .map((f) => ({ url: absolute(f.url), 'unicode-range': f.range.split(',').map((r) => r.trim()) })),
  };
}
