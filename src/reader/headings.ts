/**
 * How the reader and the coverage view name a heading of the plan. The data has the plan's
 * headings in Chinese only: in English the numbering is said in English (Chapter 2, Box 5) and the
 * title stays as printed; a heading the source has lost is said to be missing.
 */
import type { PlanTocNode } from '../data/schema.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import { boxNumber, chineseOrdinal } from './coverage.ts';

/**
 * `第二章` / `Chapter 2`, `专栏5` / `Box 5`, `第二节 优化…` / `Section 2 优化…`: the numbering in the
 * reader's language, the rest as printed; a label the English cannot number stays as printed.
 */
export function numberLabel(label: string, lang: Lang): string {
  if (lang === 'zh') return label;
  const m = /^(第[一二三四五六七八九十]+[章节]|专栏\d+|表\d+)(.*)$/s.exec(label);
  if (!m) return label;
  const [, head, rest] = m;
  const ordinal = chineseOrdinal(head);
  const number = head.endsWith('章')
    ? t(lang, 'reader.label.chapter', { n: ordinal })
    : head.endsWith('节')
      ? t(lang, 'reader.label.section', { n: ordinal })
      : head.startsWith('专栏')
        ? t(lang, 'reader.label.box', { n: boxNumber(head) })
        : t(lang, 'reader.label.table', { n: boxNumber(head) });
  return number + rest;
}

export function headingLabel(node: PlanTocNode, lang: Lang): string {
  if (node.kind === 'preface' || node.label_zh === null) return t(lang, 'reader.preface');
  return numberLabel(node.label_zh, lang);
}

/** The heading's title as printed, or a note that the source has lost it (null for the preface). */
export function headingTitle(node: PlanTocNode, lang: Lang): { text: string; missing: boolean } | null {
  if (node.title_zh) return { text: node.title_zh, missing: false };
  if (node.heading_missing) return { text: t(lang, 'reader.headingMissing'), missing: true };
  return null;
}

/** Why a heading is missing, from the data, in the reader's language. */
export function headingNote(node: PlanTocNode, lang: Lang): string | undefined {
  return lang === 'zh' ? node.note_zh : (node.note_en ?? node.note_zh);
}
