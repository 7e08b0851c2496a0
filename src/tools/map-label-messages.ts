import type { MessageKey } from '../i18n/i18n.ts';

/**
 * The messages the map's own labels draw: the area labels on drawn and imported shapes
 * (format-measure.ts). Map labels can only draw glyphs the build pre-rendered, so the build adds
 * these messages' characters, in both languages, to the label glyphs (scripts/fonts/font-subset.ts).
 */
export const MAP_LABEL_MESSAGES = [
  'unit.km2',
  'unit.ha',
  'unit.km',
  'tools.unit.m2',
  'tools.unit.m',
] as const satisfies readonly MessageKey[];
