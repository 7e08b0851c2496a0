/**
 * Builds the app once into a folder of its own and serves it on loopback for every browser test. In CI the
 * browser tests must run: a missing Chromium is a failure there, never a skip.
 */
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { type StaticServer, serveDir } from '../support/static-server.ts';
import { viteBuild } from '../support/vite-build.ts';

let server: StaticServer | undefined;
let builtDir: string | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium)`,
    );
  }
  // A build of its own, so that test runs and other builds never share an output folder.
  builtDir = `test-results/dist-${process.pid}`;
  viteBuild('atlas', ['--outDir', builtDir, '--emptyOutDir']);
  server = await serveDir(builtDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', builtDir);
}

export async function teardown() {
  await server?.close();
  if (builtDir) rmSync(builtDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder the served build is in (a test that serves it anew, as another deployment would). */
    distDir: string;
  }
}
