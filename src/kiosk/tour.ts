/**
 * The attract tour: plays the steps of geodata/tour.json in a loop, one timer at a time.
 * It owns no listeners and no DOM; the kiosk controller applies each step (store, camera,
 * caption) through `play`, so a thousand loops leave nothing behind.
 */
import type { TourFile, TourStep } from '../data/schema.ts';

export type { TourFile, TourStep };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isBilingual = (v: unknown) => isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/**
 * A cheap shape check for the app (the zod schema checks the file at build time, in
 * `npm run validate`): steps that cannot be played are dropped, and features the data does
 * not hold are left out of their step.
 */
export function playableTour(value: unknown, knownIds: ReadonlySet<string>): TourFile | null {
  if (!isRecord(value) || !Array.isArray(value.steps) || !isBilingual(value.title)) return null;
  const steps: TourStep[] = [];
  for (const s of value.steps) {
    if (!isRecord(s) || !isBilingual(s.caption) || !isBilingual(s.title) || !isRecord(s.camera)) continue;
    if (typeof s.duration_s !== 'number' || !(s.duration_s > 0)) continue;
    const features = Array.isArray(s.features) ? s.features.filter((id) => knownIds.has(id as string)) : [];
    const cam = s.camera;
    const fixed = Array.isArray(cam.center) && typeof cam.zoom === 'number';
    if (!fixed && !(cam.fit === true && features.length > 0)) continue;
    steps.push({ ...(s as unknown as TourStep), features: features as string[] });
  }
  return steps.length > 0 ? { title: value.title as TourFile['title'], steps } : null;
}

export interface TourRunnerOptions {
  /** Applies one step; the runner waits `duration_s / speed` seconds before the next. */
  play: (step: TourStep, index: number) => void;
  /** Called once before the first step of every loop (the tour starts from home). */
  loopStart?: () => void;
  speed?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class TourRunner {
  readonly #tour: TourFile;
  readonly #opts: Required<Omit<TourRunnerOptions, 'loopStart'>> & Pick<TourRunnerOptions, 'loopStart'>;
  #timer: unknown = null;
  #index = -1;
  /** Steps played since the page loaded, across loops. */
  stepsPlayed = 0;
  loops = 0;

  constructor(tour: TourFile, opts: TourRunnerOptions) {
    this.#tour = tour;
    this.#opts = {
      speed: 1,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...opts,
    };
  }

  get running(): boolean {
    return this.#timer !== null;
  }

  get stepIndex(): number {
    return this.#index;
  }

  get steps(): readonly TourStep[] {
    return this.#tour.steps;
  }

  set speed(speed: number) {
    this.#opts.speed = speed;
  }

  start(): void {
    if (this.running) return;
    this.#index = -1;
    this.#next();
  }

  stop(): void {
    if (this.#timer !== null) this.#opts.clearTimer(this.#timer);
    this.#timer = null;
    this.#index = -1;
  }

  #next = (): void => {
    const steps = this.#tour.steps;
    this.#index = (this.#index + 1) % steps.length;
    if (this.#index === 0) {
      this.loops++;
      this.#opts.loopStart?.();
    }
    const step = steps[this.#index];
    // The timer is set before the step plays, so an error in one step does not end the tour.
    this.#timer = this.#opts.setTimer(this.#next, (step.duration_s * 1000) / this.#opts.speed);
    this.stepsPlayed++;
    this.#opts.play(step, this.#index);
  };
}
