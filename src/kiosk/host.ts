/**
 * What kiosk mode needs from the app shell, and all it may use: the store (the kiosk changes
 * the app only by setting state), the home state, the map's camera and gestures, the features,
 * and two layout hints. The shell implements it; the kiosk never reaches into the shell.
 */
import type { AppState, Store } from '../app/store.ts';
import type { PlanFeature } from '../data/schema.ts';
import type { MapController } from '../map/map-controller.ts';

export interface KioskHost {
  readonly store: Store<AppState>;
  /** The configured home: defaults with the link's language and layers. */
  readonly home: AppState;
  readonly controller?: MapController;
  /** Settles once every plan layer is loaded and checked. */
  readonly dataLoaded: Promise<void>;
  readonly features: readonly PlanFeature[];
  /** Folds the layer list away: the map and the kiosk's big buttons are the home screen. */
  collapseLayers(): void;
  /**
   * While held (the tour plays), a selected feature is drawn selected on the map but opens no
   * info panel: the tour's caption card is all that shows.
   */
  holdInfoPanel(hold: boolean): void;
  /** Screen room the kiosk's own cards cover, kept clear when the camera frames a feature. */
  setOverlayInset(inset: { bottom: number }): void;
}
