import type { ImportCheck, ImportedRow, ImportIssueRow } from './import-check.ts';

export interface ImportRequest {
  kind: 'import';
  file: File;
  /** The CGCS2000 Gauss–Krüger zone (EPSG code) to read the file in, in place of a guessed one. */
  zoneEpsg?: number;
}

export type ImportProgress =
  | { type: 'progress'; phase: 'reading'; ratio: number }
  | {
      type: 'progress';
      phase: 'parsing' | 'validating' | 'measuring';
    };

export interface ImportDone {
  type: 'done';
  fileName: string;
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
