/**
 * Builds the app once and serves dist/ on loopback for every browser test. In CI the
 * browser tests must run: a missing Chromium is a failure there, never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { type StaticServer, serveDir } from '../support/static-server.ts';

let server: StaticServer | undefined;
let builtDir: string | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium)`,
    );
  }
  if (!process.env.ATLAS_SKIP_BUILD) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  }
  server = await serveDir('dist');
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
  if (builtDir) rmSync(builtDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
