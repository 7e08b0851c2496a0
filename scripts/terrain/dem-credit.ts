/**
 * The credit and licence of the elevation data, from its files' names when they are the products
 * the README names; any other DEM needs its credit given (`--credit`), since its licence asks for one.
 */
import { basename } from 'node:path';

export interface DemProduct {
  credit: string;
  licence: string;
}

const SRTM: DemProduct = { credit: 'SRTM: NASA/USGS', licence: 'Public domain (USGS)' };

const KNOWN: readonly { test: RegExp; product: DemProduct }[] = [
  { test: /^[NS]\d{2}[EW]\d{3}.*\.hgt$/i, product: SRTM },
  // EarthExplorer's SRTM GeoTIFFs: n29_e105_1arc_v3.tif
  { test: /^[NS]\d{2}_[EW]\d{3}_\d+arc_v\d/i, product: SRTM },
  {
    test: /^Copernicus_DSM_/i,
    product: {
      credit:
        'Copernicus DEM GLO-30 © DLR e.V. 2010–2014 and © Airbus Defence and Space GmbH 2014–2018, ESA/EU',
      licence: 'Copernicus DEM licence: free use with this attribution',
    },
  },
];

/** The product all the files are, or undefined when one of them is not a known product. */
export function knownProduct(files: readonly string[]): DemProduct | undefined {
  const found = files.map((f) => KNOWN.find((k) => k.test.test(basename(f)))?.product);
  if (found.length === 0 || found.some((p) => p === undefined)) return undefined;
  const unique = [...new Set(found as DemProduct[])];
  return {
    credit: unique.map((p) => p.credit).join('; '),
    licence: unique.map((p) => p.licence).join('; '),
  };
}
