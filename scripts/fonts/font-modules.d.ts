// Types for npm `subset-font` and its dependency `fontverter` (neither ships any): only what
// this project uses.
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    noHinting?: boolean;
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  export function detectFormat(font: Uint8Array): 'sfnt' | 'woff' | 'woff2';
  export function convert(font: Uint8Array, to: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
}
