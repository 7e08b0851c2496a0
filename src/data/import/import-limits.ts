/**
 * What one import may hold; beyond these the file is refused, saying which limit it passed.
 * Its own module: the panel that states the limits must not pull in the checker (and its libraries).
 */
export const IMPORT_LIMITS = {
  /** File size in bytes (256 MB). */
  bytes: 256 * 1024 * 1024,
  /** Positions in all geometries together. */
  vertices: 2_000_000,
} as const;
