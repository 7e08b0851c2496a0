/**
 * Parses the plan text (geodata/plan/yongchuan-14th-five-year-plan.txt) into the structured document
 * of geodata/plan/plan.json (`planDocumentSchema` in src/data/schema.ts). Pure and deterministic: the
 * same text always gives the same document, and `formatPlanDocument` the same bytes.
 *
 * The text is a plain-text conversion of the Word original: one paragraph per line, headings as plain
 * lines, Word's hidden bookmarks left in as `[bookmark: _Toc…]`, and table cells as tab-led lines with a
 * blank line between rows. How it is read:
 * - `第N章` and `第N节` lines are chapter and section headings; a chapter title that wraps onto the next
 *   line is joined to it. `（一）` lines are sub-headings.
 * - A `专栏N` line opens a box, which runs to the next blank line or heading. A `表N` line opens a table,
 *   which runs to its `备注` line.
 * - Every other line is one paragraph: its text is the line without the bookmarks and without leading
 *   and trailing whitespace, and nothing else is changed.
 * - Six headings are lost in the source: the first line after each begins with a space, where every
 *   other line of body text that follows body text begins with none. Such a line starts a new section,
 *   or a new chapter when the next heading is a 第一节. The unit gets its number from its position,
 *   `heading_missing` and a note that says so, and no title.
 */
import type { PlanDocument, PlanParagraph, PlanTocNode } from '../../src/data/schema.ts';

/** The text file, next to plan.json in geodata/plan/. */
export const PLAN_TEXT_FILE = 'yongchuan-14th-five-year-plan.txt';
/** The plan text's entry in geodata/sources.json. */
export const PLAN_SOURCE_ID = 'plan-text';

const NUMERAL = '[一二三四五六七八九十]+';
const CHAPTER = new RegExp(`^第(${NUMERAL})章(?:\\s+(.+))?$`);
const SECTION = new RegExp(`^第(${NUMERAL})节\\s+(.+)$`);
// Sub-headings are short; a long line that happens to open with （一） would be body text.
const SUBHEADING = new RegExp(`^（(${NUMERAL})）(.{1,30})$`);
const BOX = /^专栏(\d+)\s+(.+)$/;
const TABLE = /^表(\d+)[：\s]\s*(.+)$/;
const TABLE_NOTE = /^备注：/;
// Word's hidden bookmarks (_Toc…, _GoBack, _Hlk…): conversion artefacts, not text of the plan.
const BOOKMARK = /\[bookmark: _[^\]]*\]/g;
const SUB_ROW_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A source line as a paragraph's text: without bookmarks and surrounding whitespace (tabs included). */
export function cleanLine(raw: string): string {
  return raw.replace(BOOKMARK, '').trim();
}

const DIGITS = '一二三四五六七八九';

/** 一 … 九十九 as a number. */
export function chineseNumber(numeral: string): number {
  const m = /^(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(numeral);
  if (!m || numeral === '') throw new Error(`not a Chinese numeral: ${numeral}`);
  const tens = m[2] ? (m[1] ? DIGITS.indexOf(m[1]) + 1 : 1) : 0;
  const units = m[3] ? DIGITS.indexOf(m[3]) + 1 : 0;
  return tens * 10 + units;
}

/** A number 1 … 99 as a Chinese numeral, for the label of a unit whose heading is lost. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`no numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens > 1 ? DIGITS[tens - 1] : '') + (tens > 0 ? '十' : '') + (units > 0 ? DIGITS[units - 1] : '');
}

type Heading =
  | { kind: 'chapter'; n: number; title: string | null }
  | { kind: 'section'; n: number; title: string }
  | { kind: 'subheading'; numeral: string; title: string }
  | { kind: 'box' | 'table'; n: number; title: string };

/** What heading a line of text is, if any. */
function headingOf(text: string): Heading | undefined {
  let m = CHAPTER.exec(text);
  if (m) return { kind: 'chapter', n: chineseNumber(m[1]), title: m[2] ?? null };
  m = SECTION.exec(text);
  if (m) return { kind: 'section', n: chineseNumber(m[1]), title: m[2] };
  m = SUBHEADING.exec(text);
  if (m) return { kind: 'subheading', numeral: m[1], title: m[2] };
  m = BOX.exec(text);
  if (m) return { kind: 'box', n: Number(m[1]), title: m[2] };
  m = TABLE.exec(text);
  if (m) return { kind: 'table', n: Number(m[1]), title: m[2] };
  return undefined;
}

class PlanBuilder {
  readonly toc: PlanTocNode[] = [];
  readonly paragraphs: PlanParagraph[] = [];
  private preface?: PlanTocNode;
  private chapter?: PlanTocNode;
  private section?: PlanTocNode;
  private subheading?: PlanTocNode;
  private chapterNo = 0;
  private sectionNo = 0;
  private boxNo = 0;
  private tableNo = 0;
  private readonly counts = new Map<string, number>();

  get inChapter(): boolean {
    return this.chapter !== undefined;
  }

  private node(fields: Omit<PlanTocNode, 'paragraphs'>): PlanTocNode {
    const node: PlanTocNode = { ...fields, paragraphs: [] };
    this.toc.push(node);
    return node;
  }

  /** The innermost heading open now: what a box or table stands in. */
  private get innermost(): PlanTocNode | undefined {
    return this.subheading ?? this.section ?? this.chapter;
  }

  /** Opens chapter `n`, or, with `n` undefined, the next chapter, whose heading is lost. */
  startChapter(printed: number | undefined, line: number, title: string | null): void {
    const lost = printed === undefined;
    const n = printed ?? this.chapterNo + 1;
    if (n !== this.chapterNo + 1)
      throw new Error(`line ${line}: 第${chineseNumeral(n)}章 follows chapter ${this.chapterNo}`);
    this.chapterNo = n;
    this.sectionNo = 0;
    this.section = undefined;
    this.subheading = undefined;
    this.chapter = this.node({
      id: `c${n}`,
      kind: 'chapter',
      label_zh: `第${chineseNumeral(n)}章`,
      title_zh: title,
      ...(lost
        ? {
            heading_missing: true,
            note_zh: `标题在原文中缺失（整个章标题行）：本章起点由版式推断（原文第${line}行行首有空格，其后的节次从第一节重新开始），章号由前后章次推出。`,
            note_en: `Heading missing in the source (the whole chapter title line): the chapter's start is inferred from the layout (line ${line} of the source begins with a space, and the sections after it start again from 第一节), its number from the chapters around it.`,
          }
        : {}),
      line,
    });
  }

  /** Opens section `n` of the open chapter, or, with `n` undefined, the next section, whose heading is lost. */
  startSection(printed: number | undefined, line: number, title: string | null): void {
    const chapter = this.chapter;
    if (!chapter) throw new Error(`line ${line}: a section before the first chapter`);
    const lost = printed === undefined;
    const n = printed ?? this.sectionNo + 1;
    if (n !== this.sectionNo + 1)
      throw new Error(
        `line ${line}: 第${chineseNumeral(n)}节 follows section ${this.sectionNo} in ${chapter.id}`,
      );
    this.sectionNo = n;
    this.subheading = undefined;
    this.section = this.node({
      id: `${chapter.id}-s${n}`,
      kind: 'section',
      label_zh: `第${chineseNumeral(n)}节`,
      title_zh: title,
      ...(lost
        ? {
            heading_missing: true,
            note_zh: `标题在原文中缺失：本节起点由版式推断（原文第${line}行行首有空格），节号由前后节次推出。`,
            note_en: `Heading missing in the source: the section's start is inferred from the layout (line ${line} of the source begins with a space), its number from the sections around it.`,
          }
        : {}),
      parent: chapter.id,
      line,
    });
  }

  startSubheading(numeral: string, line: number, title: string): void {
    const section = this.section;
    if (!section) throw new Error(`line ${line}: a sub-heading outside a section`);
    this.subheading = this.node({
      id: `${section.id}-h${chineseNumber(numeral)}`,
      kind: 'subheading',
      label_zh: `（${numeral}）`,
      title_zh: title,
      parent: section.id,
      line,
    });
  }

  startBox(n: number, line: number, title: string): PlanTocNode {
    if (n !== this.boxNo + 1) throw new Error(`line ${line}: 专栏${n} follows 专栏${this.boxNo}`);
    this.boxNo = n;
    return this.node({
      id: `box${n}`,
      kind: 'box',
      label_zh: `专栏${n}`,
      title_zh: title,
      parent: this.innermost?.id,
      line,
    });
  }

  startTable(n: number, line: number, title: string): PlanTocNode {
    if (n !== this.tableNo + 1) throw new Error(`line ${line}: 表${n} follows 表${this.tableNo}`);
    this.tableNo = n;
    return this.node({
      id: `table${n}`,
      kind: 'table',
      label_zh: `表${n}`,
      title_zh: title,
      parent: this.innermost?.id,
      line,
    });
  }

  /** The next `-p{k}` id in a container: k counts from 1 in reading order, whatever interrupts it. */
  private nextId(key: string): string {
    const k = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, k);
    return `${key}-p${k}`;
  }

  /** A line of running text (outside boxes and tables). */
  addText(line: number, text: string): void {
    if (!this.chapter) {
      this.preface ??= this.node({
        id: 'pre',
        kind: 'preface',
        label_zh: null,
        title_zh: null,
        note_zh:
          '第一章之前的文字：印发通知和纲要的说明，原文无标题。首行“远景目标纲要的通知”是通知标题的末尾，标题的前部不在原文中。',
        note_en:
          "The text before 第一章: the notice of issue and the plan's opening statement, with no heading in the source. The first line, “远景目标纲要的通知”, is the end of the notice's title; the rest of that title is not in the source.",
        line,
      });
      this.push(this.preface, this.nextId('pre'), line, text);
      return;
    }
    const key = this.section?.id ?? this.chapter.id;
    this.push(this.innermost ?? this.chapter, this.nextId(key), line, text);
  }

  addBoxLine(box: PlanTocNode, line: number, text: string): void {
    this.push(box, this.nextId(box.id), line, text, { box: box.id });
  }

  addTableParagraph(table: PlanTocNode, suffix: string, line: number, text: string, cells?: string[]): void {
    this.push(table, `${table.id}-${suffix}`, line, text, { table: table.id, ...(cells ? { cells } : {}) });
  }

  private push(
    container: PlanTocNode,
    id: string,
    line: number,
    text: string,
    extra: { box?: string; table?: string; cells?: string[] } = {},
  ): void {
    const { cells, ...where } = extra;
    const paragraph: PlanParagraph = {
      id,
      ...(this.chapter ? { chapter: this.chapter.id } : {}),
      ...(this.section ? { section: this.section.id } : {}),
      ...(this.subheading ? { subheading: this.subheading.id } : {}),
      ...where,
      line,
      text,
      ...(cells ? { cells } : {}),
    };
    this.paragraphs.push(paragraph);
    container.paragraphs.push(id);
  }
}

/**
 * Reads a table from its `表N` caption line at `start` to its `备注` line; returns the index of the
 * line after it. Each row is a paragraph (`table{N}-head`, `-r{序号}`, `-r{parent}{a,b,…}` for a `#`
 * sub-row, `-g{n}` for a group row 一, 二, …) whose text is its cells joined by ` | `.
 */
function readTable(
  lines: readonly string[],
  start: number,
  n: number,
  title: string,
  b: PlanBuilder,
): number {
  const table = b.startTable(n, start + 1, title);
  b.addTableParagraph(table, 'title', start + 1, cleanLine(lines[start]));
  let cells: string[] | undefined;
  let rowLine = 0;
  let width = 0;
  let parentNo: string | undefined;
  let subRows = 0;
  const endRow = () => {
    if (!cells) return;
    const row = cells;
    cells = undefined;
    let suffix: string;
    const no = row[0];
    if (width === 0) {
      if (no !== '序号') throw new Error(`line ${rowLine}: 表${n} does not start with a 序号 header`);
      width = row.length;
      suffix = 'head';
    } else if (/^\d+$/.test(no)) {
      suffix = `r${no}`;
      parentNo = no;
      subRows = 0;
    } else if (new RegExp(`^${NUMERAL}$`).test(no)) {
      suffix = `g${chineseNumber(no)}`;
      parentNo = undefined;
    } else if (no === '' && row[1]?.startsWith('#') && parentNo) {
      suffix = `r${parentNo}${SUB_ROW_LETTERS[subRows++]}`;
    } else {
      throw new Error(`line ${rowLine}: 表${n} row with 序号 ${JSON.stringify(no)}`);
    }
    if (row.length !== width)
      throw new Error(`line ${rowLine}: 表${n} row has ${row.length} cells, the header ${width}`);
    b.addTableParagraph(table, suffix, rowLine, row.join(' | '), row);
  };
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i];
    const text = cleanLine(raw);
    if (raw.startsWith('\t')) {
      if (!cells) {
        cells = [];
        rowLine = i + 1;
      }
      cells.push(text);
    } else if (text === '') {
      endRow();
    } else if (TABLE_NOTE.test(text)) {
      endRow();
      b.addTableParagraph(table, 'note', i + 1, text);
      return i + 1;
    } else if (cells?.length) {
      // A cell wrapped onto a line of its own (no tab): the same cell, joined without a separator.
      cells[cells.length - 1] += text;
    } else {
      throw new Error(`line ${i + 1}: text between the rows of 表${n}`);
    }
  }
  throw new Error(`表${n} has no 备注 line`);
}

/** Whether the next chapter or section heading after line `from` is a 第一节, i.e. a chapter began before it. */
function nextHeadingStartsChapter(lines: readonly string[], from: number): boolean {
  for (let i = from + 1; i < lines.length; i++) {
    const heading = headingOf(cleanLine(lines[i]));
    if (heading?.kind === 'chapter') return false;
    if (heading?.kind === 'section') return heading.n === 1;
  }
  return false;
}

export function parsePlan(source: string): PlanDocument {
  const lines = source.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const b = new PlanBuilder();
  let box: PlanTocNode | undefined;
  // Whether the last line with text was a heading: body text right after one may begin with a space.
  let afterHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const text = cleanLine(raw);
    const line = i + 1;
    const heading = text === '' ? undefined : headingOf(text);
    if (box) {
      // A box runs to the next blank line, or to a heading that follows it without one.
      if (text !== '' && heading?.kind !== 'chapter' && heading?.kind !== 'section') {
        b.addBoxLine(box, line, text);
        continue;
      }
      box = undefined;
    }
    if (text === '') continue;
    if (heading?.kind === 'chapter') {
      let title = heading.title;
      const next = lines[i + 1] === undefined ? '' : cleanLine(lines[i + 1]);
      const after = lines[i + 2] === undefined ? '' : cleanLine(lines[i + 2]);
      if (title && next !== '' && !headingOf(next) && after === '') {
        title += next; // the title wraps onto the next line
        i++;
      }
      b.startChapter(heading.n, line, title);
    } else if (heading?.kind === 'section') {
      b.startSection(heading.n, line, heading.title);
    } else if (heading?.kind === 'subheading' && b.inChapter) {
      b.startSubheading(heading.numeral, line, heading.title);
    } else if (heading?.kind === 'box') {
      box = b.startBox(heading.n, line, heading.title);
    } else if (heading?.kind === 'table') {
      i = readTable(lines, i, heading.n, heading.title, b) - 1;
      afterHeading = false;
      continue;
    } else {
      if (b.inChapter && raw.startsWith(' ') && !afterHeading) {
        if (nextHeadingStartsChapter(lines, i)) b.startChapter(undefined, line, null);
        else b.startSection(undefined, line, null);
      }
      b.addText(line, text);
      afterHeading = false;
      continue;
    }
    afterHeading = true;
  }
  const title = /《(重庆市永川区[^》]*纲要)》/.exec(source)?.[1];
  if (!title) throw new Error('the plan title 《…纲要》 is not in the text');
  return {
    title_zh: title,
    source: PLAN_SOURCE_ID,
    source_file: PLAN_TEXT_FILE,
    toc: b.toc,
    paragraphs: b.paragraphs,
  };
}

/** plan.json's bytes: two-space JSON and a final newline. */
export function formatPlanDocument(doc: PlanDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
