/**
 * The plan's text as the reader shows it: one chapter's headings, paragraphs and tables, with the
 * register's commitments marked in the words they quote, in a style for their location level.
 * Every piece of the plan is bound as text (Lit text bindings), never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Register } from '../data/plan-register.ts';
import type { Commitment, LocationLevel, PlanParagraph } from '../data/schema.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import { headingLabel, headingNote, headingTitle } from './headings.ts';
import type { Block, PlanOutline } from './plan-outline.ts';
import { matchMarks, quoteMarks, type Run, splitAtMarks } from './quote-marks.ts';

/** What a run of words is marked with: commitments, the words an info panel asked to show, search hits. */
export type MarkValue = Commitment | 'focus' | 'search';

export interface TextContext {
  lang: Lang;
  outline: PlanOutline;
  register: Register | undefined;
  /** The paragraph the reader is at, and the words to emphasise in it. */
  current: string | null;
  focus: string | null;
  /** The reader's search, marked wherever it stands in the text. */
  query: string;
  /** The marked run whose commitments are listed to pick from. */
  picked: { paragraph: string; start: number } | null;
  onMark(paragraph: string, run: Run<MarkValue>): void;
  onParagraph(id: string): void;
  onCommitment(c: Commitment): void;
}

const PRECISION: readonly LocationLevel[] = ['mapped', 'town', 'district', 'not-located'];

/** The most precise level among a run's commitments: the style its mark takes. */
export function markLevel(commitments: readonly Commitment[]): LocationLevel {
  return PRECISION.find((l) => commitments.some((c) => c.location === l)) ?? 'not-located';
}

export function commitmentsOf(run: Run<MarkValue>): Commitment[] {
  return run.values.filter((v): v is Commitment => typeof v !== 'string');
}

/** The runs of a paragraph: its commitments' quotes, and the emphasised words if it is the current one. */
export function paragraphRuns(
  p: PlanParagraph,
  register: Register | undefined,
  focus: string | null,
  query = '',
): Run<MarkValue>[] {
  const items: { quote: string; value: MarkValue }[] = (register?.byParagraph.get(p.id) ?? []).map((c) => ({
    quote: c.plan_ref.quote,
    value: c,
  }));
  if (focus) items.push({ quote: focus, value: 'focus' });
  const marks = [...quoteMarks<MarkValue>(p.text, items), ...matchMarks<MarkValue>(p.text, query, 'search')];
  return splitAtMarks(p.text, marks);
}

function runs(ctx: TextContext, p: PlanParagraph) {
  return paragraphRuns(p, ctx.register, p.id === ctx.current ? ctx.focus : null, ctx.query).map((run) => {
    if (run.values.length === 0) return run.text;
    const commitments = commitmentsOf(run);
    const focus = run.values.includes('focus');
    const hit = run.values.includes('search');
    const level = commitments.length ? markLevel(commitments) : '';
    const names = commitments.map((c) => (ctx.lang === 'zh' ? c.name_zh : c.name_en)).join(' · ');
    const activate = () => ctx.onMark(p.id, run);
    return html`<mark class="${level} ${focus ? 'focus' : ''} ${hit ? 'hit' : ''}" data-start=${run.start}
      data-commitments=${commitments.map((c) => c.id).join(' ')} role=${commitments.length ? 'button' : nothing}
      tabindex=${commitments.length ? 0 : nothing} title=${names || nothing} @click=${activate}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      }}>${run.text}</mark>`;
  });
}

function commitmentButton(ctx: TextContext, c: Commitment) {
  return html`<li><button class="commitment" data-id=${c.id} @click=${() => ctx.onCommitment(c)}>
      <span class="dot ${c.location}"></span>${ctx.lang === 'en' ? c.name_en : c.name_zh}
      <span class="note">· ${t(ctx.lang, `location.${c.location}` as const)}</span></button></li>`;
}

/** The commitments of the tapped words, when there are several to choose between. */
function pickList(ctx: TextContext, p: PlanParagraph) {
  const picked = ctx.picked;
  if (picked?.paragraph !== p.id) return nothing;
  const run = paragraphRuns(p, ctx.register, p.id === ctx.current ? ctx.focus : null, ctx.query).find(
    (r) => r.start === picked.start,
  );
  const list = run ? commitmentsOf(run) : [];
  if (list.length < 2) return nothing;
  return html`<div class="pick" role="group">
    ${t(ctx.lang, 'reader.pick', { n: list.length })}
    <ul>${list.map((c) => commitmentButton(ctx, c))}</ul>
  </div>`;
}

/** In English, each paragraph's quotes with their English rendering beside them, and the commitments quoting each. */
function gloss(ctx: TextContext, p: PlanParagraph) {
  if (ctx.lang !== 'en') return nothing;
  const list = ctx.register?.byParagraph.get(p.id);
  if (!list?.length) return nothing;
  const byQuote = new Map<string, Commitment[]>();
  for (const c of list) byQuote.set(c.plan_ref.quote, [...(byQuote.get(c.plan_ref.quote) ?? []), c]);
  return html`<div class="gloss" lang="en">${t(ctx.lang, 'reader.inParagraph')}
    ${[...byQuote].map(([quote, cs]) => {
      const en = [...new Set(cs.flatMap((c) => (c.plan_ref.quote_en ? [c.plan_ref.quote_en] : [])))].join(
        ' / ',
      );
      return html`<div class="quote"><span lang="zh-CN">「${quote}」</span>
          ${en ? html`<span class="en">${en}</span>` : nothing}</div>
        <ul>${cs.map((c) => commitmentButton(ctx, c))}</ul>`;
    })}
  </div>`;
}

function paragraph(ctx: TextContext, p: PlanParagraph) {
  const current = p.id === ctx.current;
  return html`<div class="para ${p.box ? 'box' : ''} ${current ? 'current' : ''}" id=${`para-${p.id}`}
    data-para=${p.id}>
    <button class="link" aria-label=${t(ctx.lang, 'reader.paraLink')} title=${p.id}
      @click=${() => ctx.onParagraph(p.id)}>¶</button>
    <p lang="zh-CN">${runs(ctx, p)}</p>
    ${pickList(ctx, p)}
    ${gloss(ctx, p)}
  </div>`;
}

function table(ctx: TextContext, rows: readonly PlanParagraph[]) {
  return html`<table class="plan-table" lang="zh-CN">
    ${rows.map(
      (r) => html`<tr id=${`para-${r.id}`} data-para=${r.id} class=${r.id === ctx.current ? 'current' : ''}>
        ${(r.cells ?? [r.text]).map((cell) => (r.id.endsWith('-head') ? html`<th>${cell}</th>` : html`<td>${cell}</td>`))}
      </tr>`,
    )}
  </table>`;
}

function heading(ctx: TextContext, block: Extract<Block, { kind: 'heading' }>) {
  const { node } = block;
  const depth = Math.min(ctx.outline.depth(node), 3);
  const title = headingTitle(node, ctx.lang);
  const note = title?.missing ? headingNote(node, ctx.lang) : undefined;
  return html`<div class="heading d${depth}" id=${`toc-${node.id}`} role="heading" aria-level=${depth + 3}>
    <span class="num">${headingLabel(node, ctx.lang)}</span>${
      title
        ? title.missing
          ? html`<span class="missing" title=${note ?? nothing}>${title.text}</span>`
          : html`<span lang="zh-CN">${title.text}</span>`
        : nothing
    }
    ${note ? html`<p class="note">${note}</p>` : nothing}
  </div>`;
}

/** One chapter (or the preface) of the plan. */
export function chapterText(ctx: TextContext, chapter: string): TemplateResult {
  return html`${ctx.outline
    .blocks(chapter)
    .map((b) =>
      b.kind === 'heading'
        ? heading(ctx, b)
        : b.kind === 'table'
          ? table(ctx, b.rows)
          : paragraph(ctx, b.paragraph),
    )}`;
}
