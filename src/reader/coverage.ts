/**
 * How much of the plan the map covers, counted from the register (geodata/commitments.json):
 * every commitment has one location level, so the counts of a group add up to its total.
 * Nothing here is fixed in advance: a commitment added to the register moves every figure.
 */
import type { Commitment, LocationLevel, Theme } from '../data/schema.ts';
import { THEMES } from '../data/vocabulary.ts';
import { toCsv } from '../format/csv.ts';

export type LevelCounts = Record<LocationLevel, number> & { total: number };

export interface CoverageGroup<K extends string = string> {
  key: K;
  counts: LevelCounts;
}

export interface ChapterGroup extends CoverageGroup {
  /** The chapter's 专栏 and tables that hold commitments, in their order. */
  boxes: CoverageGroup[];
}

export interface Coverage {
  all: LevelCounts;
  byChapter: ChapterGroup[];
  byTheme: CoverageGroup<Theme>[];
  notLocated: Commitment[];
}

export function emptyCounts(): LevelCounts {
  return { total: 0, mapped: 0, town: 0, district: 0, 'not-located': 0 };
}

function add(counts: LevelCounts, c: Commitment): void {
  counts.total++;
  counts[c.location]++;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number in `第十二章`, `第三节`: 12, 3 (up to 99); NaN for anything else. */
export function chineseOrdinal(label: string): number {
  const m = /^第([一二三四五六七八九十]+)[章节]/.exec(label);
  if (!m) return Number.NaN;
  const s = m[1];
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? NUMERALS[s] : Number.NaN;
  const tens = ten === 0 ? 1 : NUMERALS[s.slice(0, ten)];
  const units = ten === s.length - 1 ? 0 : NUMERALS[s.slice(ten + 1)];
  return tens * 10 + units;
}

/** The number of `专栏12` or `表2`. */
export function boxNumber(box: string): number {
  return Number(/\d+$/.exec(box)?.[0] ?? Number.NaN);
}

function grouped<K extends string>(items: readonly Commitment[], keyOf: (c: Commitment) => K | undefined) {
  const groups = new Map<K, LevelCounts>();
  for (const c of items) {
    const key = keyOf(c);
    if (key === undefined) continue;
    const counts = groups.get(key) ?? emptyCounts();
    groups.set(key, counts);
    add(counts, c);
  }
  return groups;
}

export function coverage(commitments: readonly Commitment[]): Coverage {
  const all = emptyCounts();
  for (const c of commitments) add(all, c);
  const chapters = grouped(commitments, (c) => c.plan_ref.chapter);
  const byChapter = [...chapters]
    .sort(([a], [b]) => chineseOrdinal(a) - chineseOrdinal(b))
    .map(([key, counts]) => {
      const inChapter = commitments.filter((c) => c.plan_ref.chapter === key);
      // Tables (表) after boxes (专栏), each by number.
      const boxes = [...grouped(inChapter, (c) => c.plan_ref.box)]
        .sort(
          ([a], [b]) =>
            Number(a.startsWith('表')) - Number(b.startsWith('表')) || boxNumber(a) - boxNumber(b),
        )
        .map(([box, n]) => ({ key: box, counts: n }));
      return { key, counts, boxes };
    });
  const themes = grouped(commitments, (c) => c.theme);
  const byTheme = THEMES.flatMap((key) => {
    const counts = themes.get(key);
    return counts ? [{ key, counts }] : [];
  });
  return { all, byChapter, byTheme, notLocated: commitments.filter((c) => c.location === 'not-located') };
}

export interface CommitmentFilter {
  level: LocationLevel | null;
  theme: Theme | null;
}

export function filterCommitments(list: readonly Commitment[], f: CommitmentFilter): Commitment[] {
  return list.filter(
    (c) => (f.level === null || c.location === f.level) && (f.theme === null || c.theme === f.theme),
  );
}

/** Commitments as CSV (see ../format/csv.ts for what makes it safe to open). */
export function commitmentsCsv(list: readonly Commitment[]): string {
  const header = [
    'id',
    'name_zh',
    'name_en',
    'theme',
    'location',
    'status',
    'chapter',
    'section',
    'box',
    'paragraph',
    'features',
    'quote',
    'note_en',
  ];
  const rows = list.map((c) => [
    c.id,
    c.name_zh,
    c.name_en,
    c.theme,
    c.location,
    c.status,
    c.plan_ref.chapter,
    c.plan_ref.section,
    c.plan_ref.box,
    c.plan_ref.paragraph,
    c.features.join(' '),
    c.plan_ref.quote,
    c.note?.en,
  ]);
  return toCsv(header, rows);
}
