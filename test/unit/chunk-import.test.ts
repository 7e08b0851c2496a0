import { describe, expect, it } from 'vitest';
import { failedModuleUrl, importChunk } from '../../src/shell/chunk-import.ts';

describe('retrying a lazily loaded file', () => {
  it('finds the module URL in the messages Chromium and Firefox give', () => {
    expect(
      failedModuleUrl(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/park-finder-C41Ue37t.js',
        ),
      ),
    ).toBe('http://127.0.0.1:4173/assets/park-finder-C41Ue37t.js');
    expect(
      failedModuleUrl(new TypeError('error loading dynamically imported module: https://a.b/assets/x-1.js')),
    ).toBe('https://a.b/assets/x-1.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });

  it('passes a first failure on, and on a retry asks for the named file under a new query', async () => {
    const refused = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/a.js'));
    await expect(importChunk(refused, 0)).rejects.toThrow('http://x/a.js');
    // On a retry the file is imported again (here that import fails in its own way, not from memory).
    const retried = await importChunk(refused, 2).catch((e: Error) => e.message);
    expect(retried).not.toContain('Failed to fetch dynamically imported module');
    await expect(importChunk(() => Promise.resolve(7), 3)).resolves.toBe(7);
  });
});
