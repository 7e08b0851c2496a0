/**
 * Vite plugin: tells the app, when it is built, whether an offline basemap was built into the
 * public folder (`npm run basemap`), through the virtual module `virtual:offline-basemap`
 * (types: src/basemap/virtual-offline-basemap.d.ts). With none, the module exports null and the
 * atlas is as it always was. The tiles are public files, so the build copies them and the service
 * worker precaches them with everything else (scripts/pwa/vite-plugin-precache.ts).
 */
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { BASEMAP_DIR, readBasemapManifest, TILES_DIR } from './offline-basemap-files.ts';

const VIRTUAL_ID = 'virtual:offline-basemap';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function offlineBasemap(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'offline-basemap',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const publicDir = config.publicDir || join(config.root, 'public');
      const manifest = readBasemapManifest(publicDir);
      if (manifest) {
        this.addWatchFile(join(publicDir, BASEMAP_DIR));
        config.logger.info(
          `offline basemap: ${manifest.tiles} tiles, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MiB ` +
            `(precached with the site), from ${manifest.source}`,
        );
      }
      const value = manifest && {
        tiles: `${config.base}${BASEMAP_DIR}/${TILES_DIR}/{z}/{x}/{y}.pbf`,
        bounds: manifest.bounds,
        minzoom: manifest.minzoom,
        maxzoom: manifest.maxzoom,
        attribution: manifest.attribution,
        source: manifest.source,
        builtAt: manifest.builtAt,
      };
      // Without a basemap the map's style is left as it is, and no basemap style code is bundled:
      // a build carries the basemap's style layers only when it carries the basemap.
      if (!value)
        return 'export const offlineBasemap = null;\nexport const withOfflineBasemap = (style) => style;\n';
      const put = JSON.stringify(join(config.root, 'src/map/offline-basemap.ts'));
      return [
        `import { withOfflineBasemap as put } from ${put};`,
        `export const offlineBasemap = ${JSON.stringify(value)};`,
        'export const withOfflineBasemap = (style, origin) => put(style, offlineBasemap, origin);',
      ].join('\n');
    },
  };
}
