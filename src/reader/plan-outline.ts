/**
 * The plan's outline for the reader: which chapter a heading or a paragraph stands in, the first
 * paragraph under a heading, and a chapter as the blocks it is read in (headings, paragraphs and
 * tables in the order of the source's lines). Pure, built once per plan document.
 */
import type { PlanDocument, PlanParagraph, PlanTocNode } from '../data/schema.ts';

export type Block =
  | { kind: 'heading'; node: PlanTocNode }
  | { kind: 'paragraph'; paragraph: PlanParagraph }
  | { kind: 'table'; rows: PlanParagraph[] };

/** The toc id of the text before 第一章. */
export const PREFACE = 'pre';

export class PlanOutline {
  readonly #doc: PlanDocument;
  readonly #nodes = new Map<string, PlanTocNode>();
  readonly #chapterOfNode = new Map<string, string>();
  readonly #blocks = new Map<string, Block[]>();
  readonly #paragraphs = new Map<string, PlanParagraph>();

  constructor(doc: PlanDocument) {
    this.#doc = doc;
    for (const n of doc.toc) this.#nodes.set(n.id, n);
    for (const n of doc.toc) {
      let top = n;
      while (top.parent) top = this.#nodes.get(top.parent) ?? top;
      this.#chapterOfNode.set(n.id, top.id);
    }
    for (const p of doc.paragraphs) this.#paragraphs.set(p.id, p);
  }

  get document(): PlanDocument {
    return this.#doc;
  }

  get toc(): readonly PlanTocNode[] {
    return this.#doc.toc;
  }

  node(id: string): PlanTocNode | undefined {
    return this.#nodes.get(id);
  }

  paragraph(id: string): PlanParagraph | undefined {
    return this.#paragraphs.get(id);
  }

  /** The preface and the chapters, in order. */
  chapters(): PlanTocNode[] {
    return this.#doc.toc.filter((n) => n.kind === 'preface' || n.kind === 'chapter');
  }

  chapterOf(paragraph: PlanParagraph): string {
    return paragraph.chapter ?? PREFACE;
  }

  chapterOfNode(id: string): string | undefined {
    return this.#chapterOfNode.get(id);
  }

  /** How deep a heading sits: 0 for chapters and the preface, 1 for sections, and so on. */
  depth(node: PlanTocNode): number {
    let d = 0;
    for (let n = node; n.parent; n = this.#nodes.get(n.parent) ?? n) d++;
    return d;
  }

  /** The first paragraph under a heading: its own, or its first sub-heading's. */
  firstParagraph(id: string): string | undefined {
    const node = this.#nodes.get(id);
    if (!node) return undefined;
    if (node.paragraphs[0]) return node.paragraphs[0];
    const start = this.#doc.toc.indexOf(node);
    for (const n of this.#doc.toc.slice(start + 1)) {
      if (!this.#within(n, id)) break;
      if (n.paragraphs[0]) return n.paragraphs[0];
    }
    return undefined;
  }

  #within(node: PlanTocNode, ancestor: string): boolean {
    for (let n: PlanTocNode | undefined = node; n; n = n.parent ? this.#nodes.get(n.parent) : undefined)
      if (n.id === ancestor) return true;
    return false;
  }

  /** A chapter (or the preface) as it is read: headings and text by source line, table rows as tables. */
  blocks(chapter: string): Block[] {
    const cached = this.#blocks.get(chapter);
    if (cached) return cached;
    const items: { line: number; order: number; block: Block }[] = [];
    for (const node of this.#doc.toc)
      if (this.#chapterOfNode.get(node.id) === chapter)
        items.push({ line: node.line, order: 0, block: { kind: 'heading', node } });
    for (const paragraph of this.#doc.paragraphs)
      if (this.chapterOf(paragraph) === chapter)
        items.push({ line: paragraph.line, order: 1, block: { kind: 'paragraph', paragraph } });
    items.sort((a, b) => a.line - b.line || a.order - b.order);
    const blocks: Block[] = [];
    for (const { block } of items) {
      const last = blocks.at(-1);
      if (block.kind === 'paragraph' && block.paragraph.cells) {
        if (last?.kind === 'table' && last.rows[0].table === block.paragraph.table)
          last.rows.push(block.paragraph);
        else blocks.push({ kind: 'table', rows: [block.paragraph] });
      } else blocks.push(block);
    }
    this.#blocks.set(chapter, blocks);
    return blocks;
  }

  /** The chapter before and after this one, for paging. */
  neighbours(chapter: string): { previous?: PlanTocNode; next?: PlanTocNode } {
    const list = this.chapters();
    const k = list.findIndex((n) => n.id === chapter);
    return { previous: k > 0 ? list[k - 1] : undefined, next: k >= 0 ? list[k + 1] : undefined };
  }
}

const outlines = new WeakMap<PlanDocument, PlanOutline>();

/** The outline of a plan document, built once however often a view opens. */
export function outlineOf(doc: PlanDocument): PlanOutline {
  let outline = outlines.get(doc);
  if (!outline) {
    outline = new PlanOutline(doc);
    outlines.set(doc, outline);
  }
  return outline;
}
