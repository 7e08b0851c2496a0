/**
 * Checks geodata/tour.json against its schema (src/data/schema.ts) for `npm run validate`
 * and the unit tests. It imports zod: never import it from main-thread app code.
 */
import { type TourFile, tourFileSchema } from '../data/schema.ts';
import { checkParagraphId, formatPath, type PlanIndex, type ValidationIssue } from '../data/validate.ts';

export const TOUR_FILE = 'tour.json';

export interface TourCheck {
  issues: ValidationIssue[];
  /** Feature ids the steps name, with where, to resolve once every layer file is read. */
  featureRefs: { id: string; path: string; step?: string }[];
  /** Plan paragraph ids the steps' captions draw on, with where, to check against the plan text. */
  paragraphRefs: { id: string; path: string; step: string }[];
  tour?: TourFile;
}

export function validateTour(value: unknown, file: string): TourCheck {
  const parsed = tourFileSchema.safeParse(value);
  if (!parsed.success) {
    return {
      featureRefs: [],
      paragraphRefs: [],
      issues: parsed.error.issues.map((i) => ({
        file,
        path: formatPath(i.path as (string | number)[]),
        message: i.message,
      })),
    };
  }
  const tour = parsed.data;
  const issues: ValidationIssue[] = [];
  const featureRefs: TourCheck['featureRefs'] = [];
  const paragraphRefs: TourCheck['paragraphRefs'] = [];
  const seen = new Set<string>();
  tour.steps.forEach((step, k) => {
    if (seen.has(step.id))
      issues.push({ file, path: `steps[${k}].id`, message: `step id "${step.id}" is used twice` });
    seen.add(step.id);
    const features = step.features ?? [];
    if ('fit' in step.camera && features.length === 0)
      issues.push({ file, path: `steps[${k}].camera`, message: 'a "fit" camera needs at least one feature' });
    features.forEach((id, j) => {
      featureRefs.push({ id, path: `steps[${k}].features[${j}]`, step: step.id });
    });
    step.paragraphs.forEach((id, j) => {
      paragraphRefs.push({ id, path: `steps[${k}].paragraphs[${j}]`, step: step.id });
    });
  });
  return { issues, featureRefs, paragraphRefs, tour };
}

/** Issues for paragraph ids that the plan text (geodata/plan/plan.json) does not hold. */
export function unknownTourParagraphs(check: TourCheck, file: string, plan: PlanIndex): ValidationIssue[] {
  return check.paragraphRefs.flatMap((r) =>
    checkParagraphId(r.id, plan).map((f) => ({
      file,
      path: r.path,
      message: `${f.message} (step "${r.step}")`,
    })),
  );
}

/** Issues for feature ids that no geodata layer holds. */
export function unknownTourFeatures(
  check: TourCheck,
  file: string,
  ids: ReadonlySet<string>,
): ValidationIssue[] {
  return check.featureRefs
    .filter((r) => !ids.has(r.id))
    .map((r) => ({
      file,
      path: r.path,
      message: `no feature with id "${r.id}" in geodata (step "${r.step}")`,
    }));
}
