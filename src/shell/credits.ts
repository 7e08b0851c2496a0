/**
 * The map's attribution line: every source whose data is on the map, by its short credit, from
 * geodata/sources.json. Data a user builds or turns on (a basemap, terrain) adds its own credit.
 */
import { offlineBasemap } from 'virtual:offline-basemap';
import sourcesJson from '../../geodata/sources.json';
import type { Source } from '../data/schema.ts';

/** The sources of the data the atlas ships, for the sources dialog and the info panel's citations. */
export const SOURCES: readonly Source[] = sourcesJson as Source[];

/** The credits of the data the atlas ships. */
export const SHIPPED_CREDITS: readonly string[] = SOURCES.flatMap((x) => (x.credit ? [x.credit] : []));

/** The attribution line for the shipped data plus any extra credits, each once, in order. */
export function creditLine(extra: readonly (string | undefined)[] = []): string {
  const all = [...SHIPPED_CREDITS, ...extra.filter((x): x is string => !!x)];
  return [...new Set(all)].join(', ');
}

/** The map's attribution line: the shipped data, and OpenStreetMap while the offline basemap is drawn. */
export function mapCredits(basemapShown: boolean): string {
  return creditLine(basemapShown ? [offlineBasemap?.attribution] : []);
}
