import type { ImportCheck, ImportedRow, ImportIssueRow, ZipPart } from './import-check.ts';

export interface ImportRequest {
  kind: 'import';
  file: File;
  /** The CGCS2000 Gauss–Krüger zone (EPSG code) to read the file in, in place of a guessed one. */
  zoneEpsg?: number;
  /** Which of a zip's shapefiles to read, by its `.shp` path (else the first). */
  shapefile?: string;
}

export type ImportProgress =
  | { type: 'progress'; phase: 'reading'; ratio: number }
  | {
      type: 'progress';
      phase: 'parsing' | 'validating' | 'measuring';
    };

export interface ImportDone {
  type: 'done';
  /** The file's name; for one of a zip's several shapefiles, `zip › shapefile`. */
  fileName: string;
  /** Which of a zip's shapefiles this is, when it holds several. */
  part?: ZipPart;
  total: number;
  accepted: number;
  refused: boolean;
  issueCount: number;
  /** The first issues (all of them, up to a few hundred). */
  issues: ImportIssueRow[];
  /** What was imported but changed or worth knowing (the first few hundred). */
  warningCount: number;
  warnings: ImportIssueRow[];
  rowCount: number;
  rows: ImportedRow[];
  totals: { areaM2: number; lengthM: number };
  bbox?: [number, number, number, number];
  zone?: ImportCheck['zone'];
  /** The valid features as a GeoJSON FeatureCollection. */
  blob?: Blob;
}

export type ImportResponse = ImportProgress | ImportDone | { type: 'error'; message: string };
