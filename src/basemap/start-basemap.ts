/**
 * Starts the online basemap a link asks for (`?basemap=`), loaded only then. On the atlas's own
 * page, whose policy admits no other host, it moves to basemap.html with the same link; there it
 * draws the basemap under the plan layers, and says once if it cannot be reached or is refused.
 */

import { addBasemap } from '../map/basemap-layer.ts';
import type { AtlasApp } from '../shell/atlas-app.ts';
import { BASEMAP_PARAM, parseBasemap, switchedLink, TIANDITU_KEY_STORAGE } from './basemap-choice.ts';

/** Set on basemap.html's root element by the page variant (scripts/basemap/vite-plugin-basemap-page.ts). */
const onBasemapPage = () => document.documentElement.hasAttribute('data-basemap-page');

function storedKey(): string | null {
  try {
    return localStorage.getItem(TIANDITU_KEY_STORAGE);
  } catch {
    return null;
  }
}

export async function startBasemap(app: AtlasApp): Promise<void> {
  const raw = new URLSearchParams(location.search).get(BASEMAP_PARAM);
  if (!raw) return;
  if (!onBasemapPage()) {
    location.replace(switchedLink(location.href, raw));
    return;
  }
  const choice = parseBasemap(raw, storedKey());
  if (!choice.ok) {
    app.notify({ id: 'basemap', level: 'warning', summary: choice.message, details: [] });
    return;
  }
  await app.dataShown;
  const controller = app.controller;
  if (!controller) return;
  await addBasemap(controller, choice.value, (detail) =>
    app.notify({
      id: 'basemap',
      level: 'warning',
      summary: { key: 'basemap.unreachable', params: { name: choice.value.attribution } },
      details: [detail],
    }),
  );
}
