/** The hall page's watchdog (src/watchdog/): when it asks for a reload, and which query is whose. */
import { describe, expect, it } from 'vitest';
import { Watchdog } from '../../src/watchdog/watchdog.ts';

const limits = { hangMs: 10_000, repeats: 3, gpuMs: 5_000 };

describe('watchdog', () => {
  it('reloads when heartbeats stop, giving a loading app twice the time', () => {
    const dog = new Watchdog(limits, 0);
    expect(dog.check(19_000)).toBeNull();
    expect(dog.check(21_000)).toMatch(/no heartbeat/);
    dog.loaded(30_000);
    dog.receive({ type: 'atlas-heartbeat' }, 32_000);
    expect(dog.check(42_000)).toBeNull();
    expect(dog.check(42_001)).toMatch(/no heartbeat for 10 s/);
  });

  it('reloads on the same error repeated, not on different ones', () => {
    const dog = new Watchdog(limits, 0);
    const error = (message: string) => dog.receive({ type: 'atlas-error', message }, 1000);
    expect([error('a'), error('b'), error('a'), error('c')]).toEqual([null, null, null, null]);
    expect(error('a')).toMatch(/the same error 3×: a/);
    dog.restarted('repeats', 2000);
    expect(dog.restarts).toBe(1);
    expect(error('a')).toBeNull();
  });

  it('reloads when a lost WebGL context does not come back in time', () => {
    const dog = new Watchdog(limits, 0);
    dog.receive({ type: 'atlas-heartbeat' }, 1000);
    dog.receive({ type: 'atlas-context-lost' }, 1000);
    dog.receive({ type: 'atlas-heartbeat' }, 5000);
    dog.receive({ type: 'atlas-context-restored' }, 5000);
    expect(dog.check(9000)).toBeNull();
    dog.receive({ type: 'atlas-context-lost' }, 9000);
    dog.receive({ type: 'atlas-heartbeat' }, 14_000);
    expect(dog.check(14_001)).toMatch(/WebGL context not restored/);
  });
});
