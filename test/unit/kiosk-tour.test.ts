/**
 * The kiosk's tour file (geodata/tour.json), its runner and the kiosk URL settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { FeatureProperties, LayerId, TourFile } from '../../src/data/schema.ts';
import { playableTour, TourRunner } from '../../src/kiosk/tour.ts';
import { unknownTourFeatures, validateTour } from '../../src/kiosk/tour-validate.ts';
import { readKioskSettings } from '../../src/url/kiosk-settings.ts';

const tourJson: unknown = JSON.parse(readFileSync('geodata/tour.json', 'utf8'));
const features = new Map<string, FeatureProperties & { target_year?: number }>();
for (const f of readdirSync('geodata').filter((n) => n.endsWith('.geojson'))) {
  const fc = JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as {
    features: { properties: FeatureProperties }[];
  };
  for (const x of fc.features) features.set(x.properties.id, x.properties);
}
const ids = new Set(features.keys());
const check = validateTour(tourJson, 'tour.json');
const tour = check.tour as TourFile;

describe('geodata/tour.json', () => {
  it('matches its schema', () => {
    expect(check.issues).toEqual([]);
    expect(tour).toBeDefined();
  });

  it('names only features that exist in geodata', () => {
    expect(unknownTourFeatures(check, 'tour.json', ids)).toEqual([]);
    expect(check.featureRefs.length).toBeGreaterThan(20);
  });

  it('has 12–20 steps and lasts a few minutes', () => {
    expect(tour.steps.length).toBeGreaterThanOrEqual(12);
    expect(tour.steps.length).toBeLessThanOrEqual(20);
    const seconds = tour.steps.reduce((s, x) => s + x.duration_s, 0);
    expect(seconds).toBeGreaterThanOrEqual(120);
    expect(seconds).toBeLessThanOrEqual(360);
  });

  it('covers the mission layers: zones, eco-tech city, three parks, 1+4+N, rail, roads, port, airport, towns', () => {
    const named = new Set(tour.steps.flatMap((s) => s.features ?? []));
    const layers = new Set<LayerId>([...named].map((id) => features.get(id)!.layer));
    for (const l of [
      'expansion-zones',
      'eco-tech-city',
      'eco-tech-city-structure',
      'industrial-parks',
      'logistics-nodes',
      'rail-lines',
      'rail-stations',
      'expressways',
      'waterway-port',
      'airports',
      'town-roles',
    ] as const)
      expect(layers, l).toContain(l);
    for (const id of [
      'fenghuanghu-industrial-park',
      'gangqiao-industrial-park',
      'sanjiao-industrial-park',
      'fenghuanghu-supply-chain-logistics-hub',
      'gangqiao-modern-logistics-centre',
      'daan-aviation-logistics-centre',
      'sanjiao-building-materials-logistics-centre',
      'chengxi-trade-logistics-centre',
    ])
      expect(named, id).toContain(id);
  });

  it('every figure in a caption is a figure of the step’s features, in both languages', () => {
    for (const step of tour.steps) {
      const allowed = new Set<number>();
      for (const id of step.features ?? []) {
        const p = features.get(id)!;
        for (const f of p.figures ?? []) {
          allowed.add(f.value);
          if (f.year) allowed.add(f.year);
        }
        if (p.target_year) allowed.add(p.target_year);
      }
      const numbers = (text: string) =>
        [...text.replace(/1\+4\+N/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      const zh = numbers(step.caption.zh + step.title.zh);
      for (const n of zh) expect(allowed, `step ${step.id}: ${n} in the Chinese caption`).toContain(n);
      const en = new Set(numbers(step.caption.en));
      for (const n of zh) expect(en, `step ${step.id}: ${n} missing from the English caption`).toContain(n);
    }
  });
});

describe('playableTour', () => {
  it('keeps every step of the real tour when all features exist', () => {
    expect(playableTour(tourJson, ids)?.steps.length).toBe(tour.steps.length);
  });

  it('drops unknown features, and fit steps left with none', () => {
    const t = playableTour(tourJson, new Set(['fenghuanghu-industrial-park']))!;
    expect(t.steps.some((s) => s.id === 'fenghuanghu-park')).toBe(true);
    expect(t.steps.some((s) => s.id === 'gangqiao-park')).toBe(false);
    expect(t.steps.find((s) => s.id === 'district')).toBeDefined();
    expect(playableTour({ steps: [] }, ids)).toBeNull();
    expect(playableTour('nonsense', ids)).toBeNull();
  });
});

describe('TourRunner', () => {
  it('plays steps in a loop, one timer at a time, and stops', () => {
    vi.useFakeTimers();
    try {
      const played: string[] = [];
      let loops = 0;
      const runner = new TourRunner(tour, {
        speed: 10,
        loopStart: () => loops++,
        play: (s) => played.push(s.id),
      });
      runner.start();
      expect(runner.running).toBe(true);
      const total = tour.steps.reduce((s, x) => s + x.duration_s, 0) * 100; // ms at speed 10
      vi.advanceTimersByTime(total + 1);
      expect(played.length).toBe(tour.steps.length + 1);
      expect(loops).toBe(2);
      expect(vi.getTimerCount()).toBe(1);
      runner.stop();
      expect(runner.running).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('goes on after a step that throws', () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const runner = new TourRunner(tour, {
        speed: 100,
        play: () => {
          calls++;
          if (calls === 1) throw new Error('boom');
        },
      });
      expect(() => runner.start()).toThrow('boom');
      vi.advanceTimersByTime(tour.steps[0].duration_s * 10 + 1);
      expect(calls).toBe(2);
      runner.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('kiosk settings', () => {
  it('reads the URL and warns about bad values', () => {
    expect(readKioskSettings('', false).settings.enabled).toBe(false);
    const { settings, warnings } = readKioskSettings('?kiosk&idle=30&reset=20&staff', false);
    expect(settings).toMatchObject({ enabled: true, idleS: 30, resetS: 20, staff: true, rotate: false });
    expect(warnings).toEqual([]);
    const bad = readKioskSettings('?kiosk&idle=-3&reset=soon&tourSpeed=0', false);
    expect(bad.settings).toMatchObject({ idleS: 90, resetS: 60, tourSpeed: 1 });
    expect(bad.warnings).toHaveLength(3);
    expect(bad.warnings[0]).toContain('"idle"');
  });

  it('the build setting turns it on, and ?kiosk=0 off', () => {
    expect(readKioskSettings('', true).settings.enabled).toBe(true);
    expect(readKioskSettings('?kiosk=0', true).settings.enabled).toBe(false);
  });
});
