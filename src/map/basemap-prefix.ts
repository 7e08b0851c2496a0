/** The ids of an online basemap's sources and layers start with this (src/map/basemap-layer.ts). */
export const BASEMAP_PREFIX = 'basemap-';
