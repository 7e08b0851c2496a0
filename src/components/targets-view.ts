import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LayerId, PlanFeature } from '../data/schema.ts';
import { formatPercent, formatQuantity, statusLabel } from '../format/format.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';
import { progressRatio, progressText } from '../indicators/progress-format.ts';
import { type ProgressFile, progressForFeature, progressStore } from '../indicators/progress-store.ts';
import { layerById } from '../layers/registry.ts';
import { type SortKey, sortRows, type TargetRow, targetRows, targetsCsv } from '../targets/targets.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { ratioBar } from '../ui/ratio-bar.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import { userData } from '../user-data/user-data.ts';
import type { MeasuredOutline } from '../user-data/user-data-store.ts';
import { type PlanYear, standsIn } from '../years/year-filter.ts';

const NO_OUTLINES: readonly MeasuredOutline[] = [];

const COLUMNS: { key: SortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'name', label: 'targets.name' },
  { key: 'layer', label: 'targets.layer' },
  { key: 'target', label: 'targets.target', numeric: true },
  { key: 'measured', label: 'targets.measured', numeric: true },
  { key: 'ratio', label: 'targets.ratio', numeric: true },
  { key: 'status', label: 'targets.status' },
];

/** Every feature with an area target: target, mapped area, ratio; sortable, exportable. */
@customElement('targets-view')
export class TargetsView extends AtlasElement {
  static override styles = [
    sharedStyles,
    panelViewStyles,
    css`
      .intro {
        color: var(--atlas-text-muted);
        font-size: 0.85rem;
      }
      .scroll {
        overflow: auto;
      }
      th,
      td {
        padding: 6px 8px;
      }
      th button {
        border: none;
        background: none;
        padding: 0;
        min-height: 0;
        font-weight: 700;
      }
      .num {
        text-align: right;
      }
      tbody tr {
        cursor: pointer;
      }
      tbody tr:hover,
      tbody tr:focus-visible {
        background: var(--atlas-surface);
      }
      .bar {
        display: block;
        width: 100%;
        height: 4px;
        margin-top: 3px;
      }
      .tools {
        display: flex;
        gap: 8px;
      }
      .drawn {
        color: var(--atlas-indicative);
        font-size: 0.85rem;
      }
      /* A feature the chosen plan year puts in the future: greyed, as the map ghosts it. */
      tr.future > td {
        color: var(--atlas-text-muted);
      }
      tr.future .ratio,
      tr.future legend-swatch {
        opacity: 0.6;
      }
      .future-note,
      .baseline {
        color: var(--atlas-text-muted);
      }
      /* A value from a loaded progress file, never styled like the plan's figures. */
      .progress-value {
        padding: 2px 6px;
        border: 1px dashed var(--atlas-warn-border);
        border-radius: var(--atlas-radius);
        background: var(--atlas-warn-bg);
        color: var(--atlas-indicative);
        font-size: 0.8rem;
      }
    `,
  ];

  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  /** In kiosk mode nothing downloads: the CSV export is not offered. */
  @property({ type: Boolean }) kiosk = false;
  /** The plan year the map shows: rows it puts in the future are greyed and say so. */
  @property({ attribute: false }) year: PlanYear | null = null;
  @state() private sortKey: SortKey = 'layer';
  @state() private descending = false;
  @state() private progress: ProgressFile | null = progressStore.state.file;
  /** The user's own outlines assigned to features: the only measured ratio of an indicative outline. */
  @state() private outlines: readonly MeasuredOutline[] = userData.state.outlines;

  override connectedCallback(): void {
    super.connectedCallback();
    this.own(progressStore.subscribe((s) => (this.progress = s.file)));
    this.own(userData.subscribe((s) => (this.outlines = s.outlines)));
    void userData.ready();
  }

  #rowsOf?: { features: readonly PlanFeature[]; outlines: readonly MeasuredOutline[]; rows: TargetRow[] };

  /** The rows of the features now loaded, measured once per set of features and of outlines. */
  #rows(): TargetRow[] {
    const { features } = this;
    // A kiosk shows the plan alone: no outline a visitor's browser may hold from earlier use.
    const outlines = this.kiosk ? NO_OUTLINES : this.outlines;
    if (this.#rowsOf?.features !== features || this.#rowsOf.outlines !== outlines)
      this.#rowsOf = { features, outlines, rows: targetRows(features, outlines) };
    return this.#rowsOf.rows;
  }

  /** Whose measurement a ratio is: the user's outline says so, with its file and date. */
  #basis(r: TargetRow) {
    const own = r.userOutline;
    if (!own) return nothing;
    return html`<br /><small class="user-measured">${t(this.lang, 'targets.userMeasured', { source: own.source, date: own.assignedAt.slice(0, 10) })}</small>`;
  }

  #sort(key: SortKey) {
    this.descending = this.sortKey === key ? !this.descending : false;
    this.sortKey = key;
  }

  #export() {
    const blob = new Blob([targetsCsv(this.#rows())], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'yongchuan-plan-area-targets.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  /** Progress a loaded file gives for the row's area, against the target: a real ratio, dated and sourced. */
  #progress(r: TargetRow) {
    const v = progressForFeature(r.id, this.progress).find((x) => x.unit === r.unit);
    if (!v) return nothing;
    const ratio = progressRatio(v);
    return html`<div class="progress-value" data-progress=${v.id}>${progressText(v, this.lang)}${ratio === undefined ? nothing : ratioBar(ratio)}</div>`;
  }

  /** Whether the year puts the row's feature in the future (its status and target year say so). */
  #future(r: TargetRow): boolean {
    return !standsIn({ status: r.status, target_year: r.featureYear }, this.year);
  }

  /** The 2020 baseline beside the target, when the map shows 2020 and the plan gives one. */
  #baseline(r: TargetRow) {
    if (this.year !== 2020 || r.baseline2020 === undefined) return nothing;
    const value = formatQuantity(r.baseline2020, r.unit, this.lang);
    return html`<br /><small class="baseline">${t(this.lang, 'targets.baseline2020', { value })}</small>`;
  }

  #yearNote(rows: readonly TargetRow[]) {
    const year = this.year;
    if (year === null) return nothing;
    const future = rows.filter((r) => this.#future(r)).length;
    const key = future === 0 ? 'targets.yearNoneFuture' : 'targets.yearNote';
    return html`<p class="intro year-note">${t(this.lang, key, { year, future, all: rows.length })}</p>`;
  }

  override render() {
    const lang = this.lang;
    const rows = sortRows(this.#rows(), this.sortKey, this.descending, lang);
    const year = this.year;
    return html`
      <header>
        <h2 id="targets-title">${t(lang, 'targets.title')}</h2>
        <div class="tools">
          ${this.kiosk ? nothing : html`<button class="export" @click=${() => this.#export()}>${t(lang, 'targets.export')}</button>`}
          <button @click=${() => this.emit('close')} aria-label=${t(lang, 'targets.close')}>×</button>
        </div>
      </header>
      <p class="intro">${t(lang, 'targets.intro')}</p>
      ${this.#yearNote(rows)}
      <div class="scroll">
        <table aria-labelledby="targets-title">
          <thead>
            <tr>
              ${COLUMNS.map(
                (c) => html`<th
                  class=${c.numeric ? 'num' : ''}
                  aria-sort=${this.sortKey === c.key ? (this.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button data-sort=${c.key} @click=${() => this.#sort(c.key)}
                    aria-label=${t(lang, 'targets.sortBy', { column: t(lang, c.label) })}>
                    ${t(lang, c.label)}${this.sortKey === c.key ? (this.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>`,
              )}
              <th>${t(lang, 'targets.progress')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr
                tabindex="0"
                data-id=${r.id}
                class=${this.#future(r) ? 'future' : ''}
                @click=${() => this.emit('select-feature', { id: r.id })}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    this.emit('select-feature', { id: r.id });
                  }
                }}
              >
                <td>${lang === 'zh' ? r.name_zh : r.name_en}<br /><small>${r.citation}</small></td>
                <td>${layerById(r.layer as LayerId)?.title[lang] ?? r.layer}</td>
                <td class="num">${formatQuantity(r.target, r.unit, lang)}${r.year ? html`<br /><small>${r.year}</small>` : ''}${this.#baseline(r)}</td>
                ${
                  r.measured === undefined || r.ratio === undefined
                    ? html`<td class="drawn" colspan="2">${t(lang, 'targets.drawnToFigure')}</td>`
                    : html`<td class="num">${formatQuantity(r.measured, r.unit, lang)}</td>
                      <td class="num ratio">${formatPercent(r.ratio, lang)}${ratioBar(r.ratio)}${this.#basis(r)}</td>`
                }
                <td>${statusLabel(r.status, lang)}${
                  year !== null && this.#future(r)
                    ? html`<br /><small class="future-note">${t(lang, 'targets.future', { year })}</small>`
                    : nothing
                }</td>
                <td>${this.#progress(r)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'targets-view': TargetsView;
  }
}
