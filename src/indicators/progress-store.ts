/**
 * The progress file a planner has loaded, if any: one small store that the indicators view, the
 * targets view and the info panel render from. Nothing is in it unless a user loaded a file (the
 * kiosk never can), so nothing in the atlas looks like progress on the ground by itself.
 */
import { Store } from '../app/store.ts';
import type { Message } from '../i18n/i18n.ts';

/** What a progress row may name: a 表2 indicator, or a commitment in one of its targets' units. */
export interface ProgressTarget {
  id: string;
  kind: 'indicator' | 'commitment';
  /** The indicator's printed unit (`%`, `万元`), or the commitment figure's unit code (`km2`). */
  unit: string;
  name_zh: string;
  name_en: string;
  /** The plan's target, where a value may be set against it. */
  target?: number;
  /** The target as the plan prints it (`【12】`, `>51`). */
  targetText?: string;
  /** The features it stands on, whose info panels and target rows show its progress. */
  features: readonly string[];
}

export interface ProgressValue {
  id: string;
  kind: ProgressTarget['kind'];
  value: number;
  unit: string;
  /** YYYY-MM-DD. */
  asOf: string;
  source: string;
  /** The row of the file it came from. */
  line: number;
  target: ProgressTarget;
}

export interface ProgressProblem {
  /** The file's row (1-based data row for JSON, source line for CSV); 0 for the file as a whole. */
  line: number;
  id?: string;
  message: Message;
}

export interface ProgressFile {
  fileName: string;
  values: ProgressValue[];
  problems: ProgressProblem[];
  /** Rows with no value (a template's untouched lines), skipped. */
  empty: number;
  total: number;
}

export const progressStore = new Store<{ file: ProgressFile | null }>({ file: null });

/** The values loaded for an indicator or commitment, latest first. */
export function progressFor(id: string, file = progressStore.state.file): ProgressValue[] {
  return (file?.values ?? []).filter((v) => v.id === id).sort((a, b) => b.asOf.localeCompare(a.asOf));
}

/** The values of the commitments (and indicators) that stand on a feature, latest first. */
export function progressForFeature(featureId: string, file = progressStore.state.file): ProgressValue[] {
  return (file?.values ?? [])
    .filter((v) => v.target.features.includes(featureId))
    .sort((a, b) => b.asOf.localeCompare(a.asOf));
}
