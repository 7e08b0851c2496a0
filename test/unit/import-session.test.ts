/**
 * The planner session's import lifecycle, with the worker call replaced by promises the test
 * settles: the last file chosen wins whatever finishes first, and Cancel ends the running one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportDone, ImportProgress } from '../../src/data/import/import-protocol.ts';

interface Call {
  file: File;
  onProgress: (p: ImportProgress) => void;
  signal?: AbortSignal;
  zoneEpsg?: number;
  shapefile?: string;
  resolve: (d: ImportDone) => void;
}
const calls: Call[] = [];

vi.mock('../../src/tools/import/import-client.ts', () => ({
  importFile: (
    file: File,
    onProgress: (p: ImportProgress) => void,
    signal?: AbortSignal,
    zoneEpsg?: number,
    shapefile?: string,
  ) =>
    new Promise<ImportDone>((resolve, reject) => {
      calls.push({ file, onProgress, signal, zoneEpsg, shapefile, resolve });
      signal?.addEventListener('abort', () => reject(signal.reason));
    }),
}));

const { PlannerSession } = await import('../../src/tools/session.ts');
const { UserDataStore, memoryPersistence } = await import('../../src/user-data/user-data-store.ts');

function done(fileName: string): ImportDone {
  return {
    type: 'done',
    fileName,
    total: 1,
    accepted: 1,
    refused: false,
    issueCount: 0,
    issues: [],
    warningCount: 0,
    warnings: [],
    rowCount: 0,
    rows: [],
    totals: { areaM2: 0, lengthM: 0 },
    blob: new Blob([JSON.stringify({ type: 'FeatureCollection', features: [] })]),
  };
}

function session() {
  const layers: (GeoJSON.FeatureCollection | null)[] = [];
  const tools = {
    draw: { shapes: [], onChange: () => () => {} },
    setUserData: (c: GeoJSON.FeatureCollection | null) => layers.push(c),
    setDrawLabels: () => {},
  };
  // The map part the tools hand in is the fake's own.
  const controller = { tools: () => tools };
  const data = new UserDataStore(memoryPersistence());
  const s = new PlannerSession(
    controller as unknown as ConstructorParameters<typeof PlannerSession>[0],
    data,
  );
  return { s, layers: () => layers.filter((l) => l !== null) };
}

beforeEach(() => {
  calls.length = 0;
});

describe('import lifecycle', () => {
  it('the last file chosen wins, even when an earlier one finishes after it', async () => {
    const { s, layers } = session();
    const first = s.importFile(new File(['a'], 'slow.geojson'));
    const second = s.importFile(new File(['b'], 'quick.geojson'));
    expect(calls[0].signal?.aborted).toBe(true);
    calls[1].resolve(done('quick.geojson'));
    await second;
    calls[0].resolve(done('slow.geojson'));
    // A late progress message of the first file changes nothing either.
    calls[0].onProgress({ type: 'progress', phase: 'parsing' });
    await first;
    expect(s.data.state.imports.map((i) => i.fileName)).toEqual(['quick.geojson']);
    expect(s.importStatus).toMatchObject({ fileName: 'quick.geojson', phase: 'done' });
    expect(layers()).toHaveLength(1);
  });

  it('Cancel ends the running import and nothing of it reaches the map', async () => {
    const { s, layers } = session();
    const running = s.importFile(new File(['a'], 'big.geojson'));
    calls[0].onProgress({ type: 'progress', phase: 'reading', ratio: 0.4 });
    expect(s.importRunning).toBe(true);
    expect(s.importStatus).toMatchObject({ phase: 'reading', ratio: 0.4 });
    s.cancelImport();
    await running;
    expect(calls[0].signal?.aborted).toBe(true);
    expect(s.importRunning).toBe(false);
    expect(s.importStatus).toEqual({ fileName: 'big.geojson', phase: 'cancelled', ratio: 1 });
    expect(s.data.state.imports).toEqual([]);
    expect(layers()).toEqual([]);
  });

  it('reads the last file again in the zone the user picks, in place of its layer', async () => {
    const { s } = session();
    const file = new File(['a'], 'guessed.geojson');
    const first = s.importFile(file);
    calls[0].resolve({ ...done('guessed.geojson'), zone: { epsg: 4544, from: 'default' } });
    await first;
    const [layer] = s.data.state.imports;
    s.data.setVisible(layer?.id ?? '', false);
    const again = s.reimportInZone(4545);
    expect(calls[1]).toMatchObject({ file, zoneEpsg: 4545 });
    calls[1].resolve({ ...done('guessed.geojson'), zone: { epsg: 4545, from: 'chosen' } });
    await again;
    // The same layer, its colour and visibility kept, read anew.
    expect(s.data.state.imports).toHaveLength(1);
    expect(s.data.state.imports[0]).toMatchObject({ id: layer?.id, colour: layer?.colour, visible: false });
    expect(s.importStatus?.report?.zone).toEqual({ epsg: 4545, from: 'chosen' });
  });

  it('makes each shapefile of a zip a layer of its own, and reads them all again in another zone', async () => {
    const { s } = session();
    const file = new File(['z'], 'two.zip');
    const shapefiles = ['parcels.shp', 'roads.shp'];
    const part = (shapefile: string, zone: ImportDone['zone']): ImportDone => ({
      ...done(`two.zip › ${shapefile}`),
      part: { shapefile, shapefiles },
      zone,
    });
    const first = s.importFile(file);
    calls[0].resolve(part('parcels.shp', { epsg: 4544, from: 'default' }));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toMatchObject({ file, shapefile: 'roads.shp' });
    calls[1].resolve(part('roads.shp', { epsg: 4544, from: 'default' }));
    await first;
    expect(s.data.state.imports.map((i) => i.fileName)).toEqual([
      'two.zip › parcels.shp',
      'two.zip › roads.shp',
    ]);
    expect(s.importStatus?.report?.fileName).toBe('two.zip › parcels.shp');
    expect(s.importStatus?.others?.map((r) => r.fileName)).toEqual(['two.zip › roads.shp']);

    const ids = s.data.state.imports.map((i) => i.id);
    const again = s.reimportInZone(4545);
    expect(calls[2]).toMatchObject({ zoneEpsg: 4545, shapefile: undefined });
    calls[2].resolve(part('parcels.shp', { epsg: 4545, from: 'chosen' }));
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    expect(calls[3]).toMatchObject({ zoneEpsg: 4545, shapefile: 'roads.shp' });
    calls[3].resolve(part('roads.shp', { epsg: 4545, from: 'chosen' }));
    await again;
    // The same two layers, read anew.
    expect(s.data.state.imports.map((i) => i.id)).toEqual(ids);
    expect(s.importStatus?.others?.[0]?.zone).toEqual({ epsg: 4545, from: 'chosen' });
  });
});
