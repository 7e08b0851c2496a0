/**
 * basemap.html: the atlas's page with a policy that also admits the online basemaps' hosts
 * (src/basemap/basemap-choice.ts ALLOWED_HOSTS, and loopback for a tile server of one's own) in
 * connect-src and img-src, and nothing else changed. index.html keeps admitting no other host, so
 * an ordinary visit can reach none; a visitor reaches this page only by turning a basemap on
 * (docs/decisions/0021-online-basemap.md). Built from index.html, so the two never drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ALLOWED_HOSTS, BASEMAP_PAGE } from '../../src/basemap/basemap-choice.ts';

const HOSTS = [...ALLOWED_HOSTS.map((h) => `https://${h}`), 'http://127.0.0.1:*', 'http://localhost:*'].join(
  ' ',
);

/** The page with the wider policy and the attribute that tells the app it may draw a basemap. */
export function basemapPage(html: string): string {
  const csp = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
  const match = html.match(csp);
  if (!match) throw new Error('index.html has no Content-Security-Policy meta element');
  const policy = match[2]
    .replace("img-src 'self' data: blob:;", `img-src 'self' data: blob: ${HOSTS};`)
    .replace("connect-src 'self';", `connect-src 'self' ${HOSTS};`);
  if (policy === match[2] || !policy.includes(`connect-src 'self' ${HOSTS}`))
    throw new Error('the policy of index.html no longer has the img-src and connect-src this page widens');
  return html.replace(csp, `$1${policy}$3`).replace(/<html([^>]*)>/, '<html$1 data-basemap-page>');
}

export function basemapPageHtml(): Plugin {
  return {
    name: 'atlas-basemap-page',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.startsWith(`/${BASEMAP_PAGE}`)) return next();
        const index = readFileSync(join(server.config.root, 'index.html'), 'utf8');
        const html = await server.transformIndexHtml(req.url, index);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(basemapPage(html));
      });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        this.emitFile({ type: 'asset', fileName: BASEMAP_PAGE, source: basemapPage(String(index.source)) });
      },
    },
  };
}
