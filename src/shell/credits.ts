/**
 * The map's attribution line: every source whose data is on the map, by its short credit, from
 * geodata/sources.json. Data a user builds or turns on (a basemap, terrain) adds its own credit.
 */
import { offlineBasemap } from 'virtual:offline-basemap';
import sourcesJson from '../../geodata/sources.json';
import type { Source } from '../data/schema.ts';
import { TERRAIN } from '../data/terrain.ts';
import { t } from '../i18n/i18n.ts';

/** The sources of the data the atlas ships, for the sources dialog and the info panel's citations. */
export const SOURCES: readonly Source[] = sourcesJson as Source[];

/** The credits of the data the atlas ships. */
export const SHIPPED_CREDITS: readonly string[] = SOURCES.flatMap((x) => (x.credit ? [x.credit] : []));

/** The attribution line for the shipped data plus any extra credits, each once, in order. */
export function creditLine(extra: readonly (string | undefined)[] = []): string {
  const all = [...SHIPPED_CREDITS, ...extra.filter((x): x is string => !!x)];
  return [...new Set(all)].join(', ');
}

/**
 * The map's attribution line: the shipped data, OpenStreetMap while the offline basemap is drawn,
 * and the elevation data when the build has terrain (its hillshade is always drawn).
 */
export function mapCredits(basemapShown: boolean): string {
  return creditLine([basemapShown ? offlineBasemap?.attribution : undefined, TERRAIN?.credit]);
}

/**
 * The sources the sources dialog lists: the shipped ones, the OpenStreetMap extract of an offline
 * basemap the build carries, and the elevation files of its terrain, each with the files and date
 * it was built from.
 */
export function listedSources(): readonly Source[] {
  return [...SOURCES, ...basemapSource(), ...terrainSource()];
}

function basemapSource(): Source[] {
  if (!offlineBasemap) return [];
  const params = { file: offlineBasemap.source, date: offlineBasemap.builtAt.slice(0, 10) };
  return [
    {
      id: 'openstreetmap-offline-basemap',
      name: `OpenStreetMap (${offlineBasemap.source})`,
      licence: 'Open Database License (ODbL) 1.0',
      attribution: offlineBasemap.attribution,
      url: 'https://www.openstreetmap.org/copyright',
      used_for_zh: t('zh', 'sources.offlineBasemap.usedFor', params),
      used_for_en: t('en', 'sources.offlineBasemap.usedFor', params),
    },
  ];
}

function terrainSource(): Source[] {
  if (!TERRAIN) return [];
  const params = { files: TERRAIN.sources.join(', '), date: TERRAIN.builtAt.slice(0, 10) };
  return [
    {
      id: 'terrain-dem',
      name: `DEM (${params.files})`,
      licence: TERRAIN.licence,
      attribution: TERRAIN.credit,
      used_for_zh: t('zh', 'sources.terrain.usedFor', params),
      used_for_en: t('en', 'sources.terrain.usedFor', params),
    },
  ];
}
