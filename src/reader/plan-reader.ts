/**
 * The plan reader (`panel=plan`, `para=<paragraph>`, `entry=<register id>`): the whole plan text
 * beside the map, with a table of contents, search, and the register's commitments marked in the
 * words they quote. A marked commitment with a place on the map opens its feature (the info panel
 * comes back here with "Read in the plan"); one without opens its register entry here. The
 * paragraph is in the URL, so a link to it can be shared.
 */
import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import { loadPlanText, loadRegister, type Register } from '../data/plan-register.ts';
import type { Commitment, PlanParagraph, PlanTocNode } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import { entryStyles } from './entry-styles.ts';
import { headingLabel, headingNote, headingTitle } from './headings.ts';
import { outlineOf, type PlanOutline } from './plan-outline.ts';
import { searchPlan } from './plan-search.ts';
import type { Run } from './quote-marks.ts';
import { markStyles, narrowReaderStyles, readerStyles } from './reader-styles.ts';
import { chapterText, commitmentsOf, type MarkValue, type TextContext } from './reader-text.ts';
import { registerEntry } from './register-entry.ts';

const LEVELS = ['mapped', 'town', 'district', 'not-located'] as const;

@customElement('plan-reader')
export class PlanReader extends AtlasElement {
  static override styles = [
    sharedStyles,
    panelViewStyles,
    markStyles,
    readerStyles,
    entryStyles,
    narrowReaderStyles,
  ];

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) para: string | null = null;
  @property({ attribute: false }) entry: string | null = null;
  @property({ attribute: false }) quote: string | null = null;
  @state() private outline?: PlanOutline;
  @state() private register?: Register;
  @state() private failure?: string;
  @state() private query = '';
  @state() private picked: { paragraph: string; start: number } | null = null;
  /** Set when the text should be scrolled to the current paragraph after the next render. */
  #scroll = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#load();
  }

  #load() {
    this.failure = undefined;
    loadPlanText()
      .then((plan) => (this.outline = outlineOf(plan.document)))
      .catch((err: unknown) => (this.failure = String(err)));
    loadRegister()
      .then((r) => (this.register = r))
      .catch((err: unknown) => (this.failure = String(err)));
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The register settles where an entry's paragraph is, so its arrival scrolls too.
    const moved = ['para', 'entry', 'outline', 'register'].some((k) => changed.has(k));
    if (moved) this.#scroll = true;
    if (changed.has('para')) this.picked = null;
  }

  protected override updated(): void {
    if (!this.#scroll || !this.outline) return;
    this.#scroll = false;
    const root = this.shadowRoot;
    const id = this.#currentParagraph()?.id;
    if (!root || !id || this.entry) return;
    root.getElementById(`para-${id}`)?.scrollIntoView({ block: 'center' });
    root.querySelector('nav [aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  /** The paragraph the reader is at: the link's, or the entry's, or the plan's first. */
  #currentParagraph(): PlanParagraph | undefined {
    const outline = this.outline;
    if (!outline) return undefined;
    const fromEntry = this.entry ? this.register?.byId.get(this.entry)?.plan_ref.paragraph : undefined;
    const id = this.para ?? fromEntry;
    return (id ? outline.paragraph(id) : undefined) ?? outline.paragraph(outline.firstParagraph('pre') ?? '');
  }

  #go(para: string | undefined, quote: string | null = null) {
    if (!para) return;
    this.#scroll = true;
    this.store?.set({ para, quote, entry: null });
    this.requestUpdate();
  }

  /** A commitment tapped in the text: its feature on the map, or its register entry. */
  #open(c: Commitment, paragraph = c.plan_ref.paragraph) {
    const feature = c.features[0];
    if ((c.location === 'mapped' || c.location === 'town') && feature) {
      this.store?.set({ para: paragraph });
      this.emit('select-feature', { id: feature, keepPanel: true });
    } else this.store?.set({ entry: c.id, para: paragraph });
  }

  #onMark(paragraph: string, run: Run<MarkValue>) {
    const list = [...new Set(commitmentsOf(run))];
    if (list.length === 1) this.#open(list[0], paragraph);
    else if (list.length > 1)
      this.picked =
        this.picked?.paragraph === paragraph && this.picked.start === run.start
          ? null
          : { paragraph, start: run.start };
  }

  #tocEntry(node: PlanTocNode, current: string | undefined) {
    const outline = this.outline;
    if (!outline) return nothing;
    const lang = this.lang;
    const title = headingTitle(node, lang);
    return html`<li><button class="d${Math.min(outline.depth(node), 3)}" data-toc=${node.id}
        aria-current=${node.id === current} title=${(title?.missing && headingNote(node, lang)) || nothing}
        @click=${() => this.#go(outline.firstParagraph(node.id))}>
      ${headingLabel(node, lang)}
      ${title ? html`<span class=${title.missing ? 'missing' : ''} lang=${title.missing ? nothing : 'zh-CN'}>${title.text}</span>` : nothing}
    </button></li>`;
  }

  #contents(current?: PlanParagraph) {
    const outline = this.outline;
    if (!outline) return nothing;
    const here = current
      ? (current.box ?? current.table ?? current.subheading ?? current.section ?? outline.chapterOf(current))
      : undefined;
    return html`<nav aria-label=${t(this.lang, 'reader.contents')}>
      ${this.lang === 'en' ? html`<p class="lang-note">${t(this.lang, 'reader.headingsChinese')}</p>` : nothing}
      <ol>${outline.toc.map((n) => this.#tocEntry(n, here))}</ol>
    </nav>`;
  }

  #results() {
    const outline = this.outline;
    if (!outline) return nothing;
    const lang = this.lang;
    const result = this.#search(this.query);
    return html`<nav class="hits" aria-label=${t(lang, 'reader.search')}>
      ${
        result.headings.length
          ? html`<p class="note">${t(lang, 'reader.headingResults')}</p>
            <ol>${result.headings.map((h) => this.#tocEntry(h.node, undefined))}</ol>`
          : nothing
      }
      <p class="note">${t(lang, 'reader.results', { n: result.paragraphs.length + result.more })}</p>
      ${result.headings.length + result.paragraphs.length === 0 ? html`<p>${t(lang, 'reader.noResults', { q: this.query })}</p>` : nothing}
      <ol>
        ${result.paragraphs.map(
          (h) => html`<li><button data-para=${h.paragraph.id} aria-current=${h.paragraph.id === this.para}
            @click=${() => this.#go(h.paragraph.id)} lang="zh-CN">${h.before}<mark class="search">${h.match}</mark>${h.after}
            ${h.count > 1 ? html`<span class="count">×${h.count}</span>` : nothing}</button></li>`,
        )}
      </ol>
      ${result.more ? html`<p class="note">${t(lang, 'reader.more', { n: result.more })}</p>` : nothing}
    </nav>`;
  }

  #searchCache?: { query: string; result: ReturnType<typeof searchPlan> };

  #search(query: string) {
    const doc = this.outline?.document;
    if (doc && this.#searchCache?.query !== query)
      this.#searchCache = { query, result: searchPlan(doc, query) };
    return this.#searchCache?.result ?? { headings: [], paragraphs: [], more: 0 };
  }

  #text(current?: PlanParagraph) {
    const outline = this.outline;
    if (!outline || !current) return nothing;
    const lang = this.lang;
    const chapter = outline.chapterOf(current);
    const ctx: TextContext = {
      lang,
      outline,
      register: this.register,
      current: current.id,
      focus: this.quote,
      query: this.query,
      picked: this.picked,
      onMark: (p, run) => this.#onMark(p, run),
      onParagraph: (id) => this.#go(id),
      onCommitment: (c) => this.#open(c),
    };
    const { previous, next } = outline.neighbours(chapter);
    return html`
      ${lang === 'en' ? html`<p class="lang-note text-lang">${t(lang, 'reader.textChinese')}</p>` : nothing}
      <div class="text">${chapterText(ctx, chapter)}</div>
      <div class="pager">
        ${previous ? html`<button class="previous" @click=${() => this.#go(outline.firstParagraph(previous.id))}>← ${t(lang, 'reader.previous')}</button>` : html`<span></span>`}
        ${next ? html`<button class="next" @click=${() => this.#go(outline.firstParagraph(next.id))}>${t(lang, 'reader.next')} →</button>` : nothing}
      </div>`;
  }

  #entryView() {
    const lang = this.lang;
    const id = this.entry;
    if (!id || !this.register) return nothing;
    const c = this.register.byId.get(id);
    if (!c) return nothing;
    return registerEntry(c, lang, {
      back: () => this.store?.set({ entry: null }),
      showText: (x) => this.#go(x.plan_ref.paragraph, x.plan_ref.quote),
      showMap: (x) => this.#open(x),
    });
  }

  override render() {
    const lang = this.lang;
    const current = this.#currentParagraph();
    const missing = this.outline && this.para && !this.outline.paragraph(this.para);
    const entryKnown = this.entry !== null && this.register?.byId.has(this.entry);
    const entryMissing = this.entry !== null && this.register !== undefined && !entryKnown;
    return html`
      <header>
        <h2 id="reader-title">${t(lang, 'reader.title')}</h2>
        <button @click=${() => this.emit('close')} aria-label=${t(lang, 'panel.close')}>×</button>
      </header>
      <div class="find" role="search">
        <input type="search" .value=${this.query} placeholder=${t(lang, 'reader.search')}
          aria-label=${t(lang, 'reader.search')} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        ${this.query ? html`<button class="clear" aria-label=${t(lang, 'reader.clearSearch')} @click=${() => (this.query = '')}>×</button>` : nothing}
      </div>
      <p class="legend">${t(lang, 'reader.legend')}
        ${LEVELS.map((l) => html`<span><span class="dot ${l}"></span>${t(lang, `location.${l}` as const)}</span>`)}</p>
      ${
        this.failure
          ? html`<p class="problem">${t(lang, 'reader.loadFailed', { reason: this.failure })}
        <button @click=${() => this.#load()}>${t(lang, 'notice.retry')}</button></p>`
          : nothing
      }
      ${missing ? html`<p class="problem">${t(lang, 'reader.paraMissing', { id: this.para ?? '' })}</p>` : nothing}
      ${entryMissing ? html`<p class="problem">${t(lang, 'reader.entryMissing', { id: this.entry ?? '' })}</p>` : nothing}
      ${
        this.outline
          ? html`<div class="columns">
            ${this.query.trim() ? this.#results() : this.#contents(current)}
            <article aria-labelledby="reader-title">${entryKnown ? this.#entryView() : this.#text(current)}</article>
          </div>`
          : this.failure
            ? nothing
            : html`<p class="note">${t(lang, 'reader.loading')}</p>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-reader': PlanReader;
  }
}
