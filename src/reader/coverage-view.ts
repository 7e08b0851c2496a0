/**
 * The coverage view (`panel=coverage`): how many of the register's commitments the map places,
 * with breakdowns by chapter and 专栏, by theme and by location level, and the commitments that
 * are not located with the register's reason. Every figure is counted from the register when the
 * view opens; a chapter or box opens the reader there. Beneath, the commitments themselves,
 * filtered by level (the not-located first) and theme (commitment-list.ts).
 */
import { consume } from '@lit/context';
import { css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import { loadPlanText, loadRegister } from '../data/plan-register.ts';
import type { Commitment, LocationLevel } from '../data/schema.ts';
import { formatNumber, formatPercent } from '../format/format.ts';
import { type Lang, loadLang, t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import { type Coverage, coverage, type LevelCounts } from './coverage.ts';
import { numberLabel } from './headings.ts';
import { outlineOf, type PlanOutline } from './plan-outline.ts';
import { markStyles } from './reader-styles.ts';
import './commitment-list.ts';

// The headline is said in both languages at once (issue 10: "已上图 N / M 项规划承诺 · N of M commitments mapped").
await loadLang('en');

const LEVELS: readonly LocationLevel[] = ['mapped', 'town', 'district', 'not-located'];

/** A bar of a group's levels, each as long as its share; lengths are SVG attributes (the CSP refuses inline styles). */
function levelBar(counts: LevelCounts, big = false) {
  let x = 0;
  const parts = LEVELS.map((l) => {
    const w = counts.total ? (counts[l] / counts.total) * 100 : 0;
    const rect = svg`<rect class=${l} x=${x} width=${w} height="6" />`;
    x += w;
    return rect;
  });
  return svg`<svg class="levels ${big ? 'big' : ''}" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">${parts}</svg>`;
}

@customElement('coverage-view')
export class CoverageView extends AtlasElement {
  static override styles = [
    sharedStyles,
    panelViewStyles,
    markStyles,
    css`
      .body {
        overflow-y: auto;
        min-height: 0;
      }
      .headline {
        font-size: 1.35rem;
        font-weight: 700;
        margin: 10px 0 0;
        font-variant-numeric: tabular-nums;
      }
      .alt,
      .note {
        color: var(--atlas-text-muted);
        font-size: 0.85rem;
        margin: 2px 0 6px;
      }
      h3 {
        font-size: 0.95rem;
        margin: 18px 0 6px;
      }
      svg.levels {
        display: block;
        width: 100%;
        height: 6px;
        border-radius: 3px;
        background: var(--atlas-surface);
      }
      svg.levels.big {
        height: 12px;
      }
      rect.mapped {
        fill: #0b5cad;
      }
      rect.town {
        fill: #b35c00;
      }
      rect.district {
        fill: #2e7d32;
      }
      rect.not-located {
        fill: #9ca3af;
      }
      table {
        font-size: 0.85rem;
      }
      th,
      td {
        padding: 4px 4px;
      }
      td.n,
      th.n {
        text-align: right;
        width: 3.6em;
      }
      tr.box td:first-child {
        padding-left: 18px;
      }
      td button {
        border: none;
        background: none;
        padding: 0;
        min-height: 24px;
        text-align: left;
      }
      td .title {
        color: var(--atlas-text-muted);
      }
    `,
  ];

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ type: Boolean }) kiosk = false;
  @state() private counted?: Coverage;
  @state() private commitments: readonly Commitment[] = [];
  @state() private outline?: PlanOutline;
  @state() private failure?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    loadRegister()
      .then((r) => {
        this.counted = coverage(r.commitments);
        this.commitments = r.commitments;
      })
      .catch((err: unknown) => (this.failure = String(err)));
    loadPlanText()
      .then((p) => (this.outline = outlineOf(p.document)))
      .catch((err: unknown) => console.error('coverage: the plan text did not load', err));
  }

  /** Opens the reader at the first paragraph of a chapter or box (`第二章`, `专栏5`). */
  #read(label: string) {
    const node = this.outline?.toc.find(
      (n) => n.label_zh === label && (n.kind === 'chapter' || n.kind === 'box' || n.kind === 'table'),
    );
    const para = node ? this.outline?.firstParagraph(node.id) : undefined;
    if (para) this.store?.set({ panel: 'plan', para, quote: null, entry: null, selected: null });
  }

  #cells(counts: LevelCounts) {
    const lang = this.lang;
    return html`<td class="n" data-col="total">${formatNumber(counts.total, lang)}</td>
      ${LEVELS.map((l) => html`<td class="n" data-col=${l}>${formatNumber(counts[l], lang)}</td>`)}`;
  }

  #head(first: string) {
    const lang = this.lang;
    return html`<thead><tr><th>${first}</th><th class="n">${t(lang, 'coverage.total')}</th>
      ${LEVELS.map(
        (l) => html`<th class="n" title=${t(lang, `location.${l}` as const)}><span class="dot ${l}"></span>
          <span class="visually-hidden">${t(lang, `location.${l}` as const)}</span></th>`,
      )}</tr></thead>`;
  }

  #groupName(label: string, lang: Lang) {
    const node = this.outline?.toc.find((n) => n.label_zh === label && n.kind !== 'section');
    return html`<button @click=${() => this.#read(label)}>${numberLabel(label, lang)}</button>
      ${node?.title_zh ? html`<span class="title" lang="zh-CN">${node.title_zh}</span>` : nothing}`;
  }

  #byChapter(c: Coverage) {
    const lang = this.lang;
    return html`<h3>${t(lang, 'coverage.byChapter')}</h3>
      <table class="by-chapter">${this.#head(t(lang, 'coverage.group'))}
        <tbody>${c.byChapter.map(
          (
            ch,
          ) => html`<tr class="chapter" data-chapter=${ch.key}><td>${this.#groupName(ch.key, lang)}${levelBar(ch.counts)}</td>
              ${this.#cells(ch.counts)}</tr>
            ${ch.boxes.map(
              (b) =>
                html`<tr class="box" data-box=${b.key}><td>${this.#groupName(b.key, lang)}</td>${this.#cells(b.counts)}</tr>`,
            )}`,
        )}</tbody>
      </table>`;
  }

  #byTheme(c: Coverage) {
    const lang = this.lang;
    return html`<h3>${t(lang, 'coverage.byTheme')}</h3>
      <table class="by-theme">${this.#head(t(lang, 'entry.theme'))}
        <tbody>${c.byTheme.map(
          (
            g,
          ) => html`<tr data-theme=${g.key}><td>${t(lang, `theme.${g.key}` as const)}${levelBar(g.counts)}</td>
            ${this.#cells(g.counts)}</tr>`,
        )}</tbody>
      </table>`;
  }

  #byLevel(c: Coverage) {
    const lang = this.lang;
    return html`<h3>${t(lang, 'coverage.byLevel')}</h3>
      <table class="by-level"><tbody>${LEVELS.map(
        (
          l,
        ) => html`<tr data-level=${l}><td><span class="dot ${l}"></span>${t(lang, `location.${l}` as const)}</td>
          <td class="n" data-col="count">${formatNumber(c.all[l], lang)}</td>
          <td class="n">${formatPercent(c.all.total ? c.all[l] / c.all.total : 0, lang)}</td></tr>`,
      )}</tbody></table>
      <p class="note">${t(lang, 'location.note')}</p>`;
  }

  override render() {
    const lang = this.lang;
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const c = this.counted;
    const headline = (l: Lang) => (c ? t(l, 'coverage.headline', { n: c.all.mapped, m: c.all.total }) : '');
    return html`
      <header>
        <h2 id="coverage-title">${t(lang, 'coverage.title')}</h2>
        <button @click=${() => this.emit('close')} aria-label=${t(lang, 'panel.close')}>×</button>
      </header>
      ${this.failure ? html`<p class="note">${t(lang, 'reader.loadFailed', { reason: this.failure })}</p>` : nothing}
      ${
        c
          ? html`<div class="body">
            <p class="headline" data-mapped=${c.all.mapped} data-total=${c.all.total}>${headline(lang)}</p>
            <p class="alt" lang=${other === 'zh' ? 'zh-CN' : 'en'}>${headline(other)}</p>
            ${levelBar(c.all, true)}
            <p class="note">${t(lang, 'coverage.rest', { town: c.all.town, district: c.all.district, none: c.all['not-located'] })}
              ${t(lang, 'coverage.fromRegister')}</p>
            ${this.#byLevel(c)} ${this.#byChapter(c)} ${this.#byTheme(c)}
            <h3>${t(lang, 'coverage.list')}</h3>
            <commitment-list .commitments=${this.commitments} .kiosk=${this.kiosk}></commitment-list>
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
    'coverage-view': CoverageView;
  }
}
