/**
 * The plan's indicator tables (`panel=indicators`): 表2, the 26 indicators of the 14th plan grouped
 * as the plan groups them, with the 2020 value, the 2025 target, attribute, unit, basis and
 * citation; 表1, the 13th plan's targets against what it achieved; the city-size figures of the
 * text (建成区, 城区人口). Each has a small chart where its two numbers share a basis, a "show on
 * map" where it has a side on the map, and the plan's own contradictions beside it. The column
 * of the plan year the map shows is highlighted (src/years/year-columns.ts).
 */
import { consume } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import type { IndicatorRow, IndicatorTable, IndicatorValue, LayerId, PlanFeature } from '../data/schema.ts';
import { formatQuantity } from '../format/format.ts';
import { type Lang, type MessageKey, t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import { type YearColumn, yearColumn } from '../years/year-columns.ts';
import type { PlanYear } from '../years/year-filter.ts';
import { barChart, type ChartBar } from './indicator-chart.ts';
import {
  comparable,
  groupedRows,
  type IndicatorTables,
  isHeading,
  loadIndicators,
  rowCitation,
  type TextFigure,
  textFigures,
} from './indicator-data.ts';
import { indicatorsStyles } from './indicators-styles.ts';
import './progress-section.ts';
import { progressQuantity, progressText } from './progress-format.ts';
import { type ProgressFile, progressFor, progressStore } from './progress-store.ts';

/** Short bar labels per column; the columns' own labels are the table headings. */
const BAR_LABELS: Record<string, MessageKey> = {
  value_2020: 'indicators.bar.value2020',
  target_2025: 'indicators.bar.target2025',
  target_13th: 'indicators.bar.target13th',
  actual_13th: 'indicators.bar.actual13th',
};

const ATTRIBUTES: Record<string, { key: MessageKey; cls: string }> = {
  预期性: { key: 'indicators.attr.expected', cls: 'expected' },
  约束性: { key: 'indicators.attr.binding', cls: 'binding' },
};

const BASES: Record<string, MessageKey> = {
  annual_average: 'indicators.basis.annualAverage',
  five_year_cumulative: 'indicators.basis.fiveYearTotal',
};

type Tab = 'table-2' | 'table-1';

@customElement('indicators-view')
export class IndicatorsView extends AtlasElement {
  static override styles = [sharedStyles, panelViewStyles, indicatorsStyles];

  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  /** In kiosk mode nothing opens a file chooser or downloads: the progress tools are not offered. */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /** The plan year the map shows, whose column is highlighted; null for the whole plan. */
  @property({ attribute: false }) year: PlanYear | null = null;
  @consume({ context: storeContext }) store?: Store<AppState>;
  @state() private data?: IndicatorTables;
  @state() private failed = false;
  @state() private tab: Tab = 'table-2';
  @state() private progress: ProgressFile | null = progressStore.state.file;

  override connectedCallback(): void {
    super.connectedCallback();
    this.own(progressStore.subscribe((s) => (this.progress = s.file)));
    this.#load();
  }

  #load() {
    this.failed = false;
    loadIndicators().then(
      (d) => (this.data = d),
      () => (this.failed = true),
    );
  }

  /** Shows the row's layers and selects its feature, or frames the layers' features. */
  #showOnMap(map: NonNullable<IndicatorRow['map']>) {
    this.#showLayers(map.layers);
    if (map.feature) this.emit('select-feature', { id: map.feature });
    else {
      const ids = this.features
        .filter((f) => map.layers.includes(f.properties.layer))
        .map((f) => f.properties.id);
      if (ids.length) this.emit('fly-to', { ids });
    }
  }

  #showLayers(layers: readonly LayerId[]) {
    const store = this.store;
    if (!store) return;
    const missing = layers.filter((l) => !store.state.layers.includes(l));
    if (missing.length) store.set({ layers: [...store.state.layers, ...missing] });
  }

  #cell(v: IndicatorValue | undefined) {
    if (!v) return '';
    const basis = v.basis ? BASES[v.basis] : undefined;
    return html`${v.text}${basis ? html`<br /><small>${t(this.lang, basis)}</small>` : nothing}`;
  }

  #chart(table: IndicatorTable, row: IndicatorRow, name: string) {
    const lang = this.lang;
    const [a, b] = table.columns.map((c) => row.values[c.key]);
    if (!a && !b) return nothing;
    if (!comparable(a, b)) {
      if (a?.value === undefined || b?.value === undefined) return nothing;
      const basis = (v: IndicatorValue) => t(lang, v.basis ? BASES[v.basis] : 'indicators.basis.year');
      return html`<p class="not-comparable">${t(lang, 'indicators.notComparable', { a: basis(a), b: basis(b) })}</p>`;
    }
    const bars: ChartBar[] = table.columns.map((c, k) => ({
      label: t(lang, BAR_LABELS[c.key] ?? 'indicators.bar.value'),
      value: row.values[c.key]?.value,
      text: row.values[c.key]?.text ?? '',
      kind:
        k === 0
          ? table.id === 'table-1'
            ? 'target'
            : 'baseline'
          : table.id === 'table-1'
            ? 'achieved'
            : 'target',
    }));
    // A loaded value joins the chart in its own style, only beside single-year figures.
    const latest = row.id ? progressFor(row.id, this.progress)[0] : undefined;
    if (latest && b?.basis === undefined)
      bars.push({
        label: t(lang, 'progress.bar'),
        value: latest.value,
        text: progressQuantity(latest, lang),
        kind: 'progress',
      });
    const label = t(lang, 'indicators.chartLabel', {
      name,
      values: bars.map((x) => `${x.label} ${x.text}`).join(lang === 'zh' ? '，' : ', '),
    });
    return barChart(bars, label);
  }

  #row(table: IndicatorTable, row: IndicatorRow): TemplateResult {
    const lang = this.lang;
    const name = lang === 'zh' ? row.name_zh : row.name_en;
    const cols = table.columns.length;
    if (isHeading(row))
      return html`<tr class="heading-row"><td class="num">${row.no}</td><td colspan=${cols + 1} class="name">${name}${row.unit ? ` (${row.unit})` : ''}</td></tr>`;
    const attr = row.attribute ? ATTRIBUTES[row.attribute] : undefined;
    return html`
      <tr class="indicator" data-no=${row.no} data-id=${row.id ?? nothing}>
        <td class="num">${row.no}</td>
        <td>
          <span class="name">${name}</span>${lang === 'en' ? html` <small lang="zh-CN">${row.name_zh}</small>` : nothing}
          <div class="meta">
            ${t(lang, 'indicators.unit')}: ${row.unit ?? '—'}
            ${attr ? html` · <span class="attr ${attr.cls}">${t(lang, attr.key)}</span>` : nothing}
            · <cite>${rowCitation(table, row)}</cite>
          </div>
          ${this.#chart(table, row, name)}
          ${row.id ? progressFor(row.id, this.progress).map((v) => html`<div class="progress-value" data-line=${v.line}>${progressText(v, lang)}</div>`) : nothing}
          ${row.map ? html`<button class="map" @click=${() => this.#showOnMap(row.map!)}>${t(lang, 'indicators.showOnMap')}</button>` : nothing}
        </td>
        ${table.columns.map((c) => html`<td class=${this.#colClass(c.key)}>${this.#cell(row.values[c.key])}</td>`)}
      </tr>
      ${(row.discrepancies ?? []).map(
        (d) => html`<tr class="discrepancy" data-no=${row.no}>
          <td colspan=${cols + 2}>
            <strong>⚠ ${t(lang, 'indicators.discrepancy')}</strong> ${lang === 'zh' ? d.zh : d.en}
            <br /><small>${t(lang, 'indicators.evidence')}:
              ${d.evidence.map((e, k) => html`${k ? '；' : ''}${e.paragraph} <q lang="zh-CN">${e.quote}</q>`)}</small>
          </td>
        </tr>`,
      )}
    `;
  }

  get #yearColumn(): YearColumn | null {
    return yearColumn(this.year);
  }

  /** A numeric cell's class: highlighted in the column of the year the map shows. */
  #colClass(key: string): string {
    return this.#yearColumn?.key === key ? 'num year-col' : 'num';
  }

  /** In the highlighted column's heading, when the year has no figure of its own in the plan. */
  #noFigure(key: string) {
    const col = this.#yearColumn;
    if (!col?.noFigure || col.key !== key || this.year === null) return nothing;
    return html`<br /><small class="no-figure">${t(this.lang, 'indicators.noYearFigure', { year: this.year })}</small>`;
  }

  /** Which column the year reads, above a table that has it. */
  #yearNote(keys: readonly string[]) {
    const col = this.#yearColumn;
    if (!col || this.year === null || !keys.includes(col.key)) return nothing;
    const key: MessageKey = col.noFigure ? 'indicators.yearNoFigure' : 'indicators.yearColumn';
    return html`<p class="intro year-note">${t(this.lang, key, { year: this.year })}</p>`;
  }

  #table(table: IndicatorTable) {
    const lang = this.lang;
    const cols = table.columns.length;
    const notes = lang === 'zh' ? table.notes_zh : table.notes_en;
    return html`
      ${this.#yearNote(table.columns.map((c) => c.key))}
      <table class=${table.id} aria-label=${lang === 'zh' ? table.title_zh : table.title_en}>
        <caption class="intro">${lang === 'zh' ? table.title_zh : table.title_en}</caption>
        <thead>
          <tr>
            <th class="no">${t(lang, 'indicators.no')}</th>
            <th>${t(lang, 'indicators.name')}</th>
            ${table.columns.map((c) => html`<th class=${this.#colClass(c.key)}>${lang === 'zh' ? c.label_zh : c.label_en}${this.#noFigure(c.key)}</th>`)}
          </tr>
        </thead>
        ${groupedRows(table).map(
          (g) => html`<tbody>
            ${g.zh ? html`<tr class="group"><th colspan=${cols + 2}>${lang === 'zh' ? g.zh : g.en}</th></tr>` : nothing}
            ${g.rows.map((r) => this.#row(table, r))}
          </tbody>`,
        )}
      </table>
      ${notes?.length ? html`<p class="intro">${t(lang, 'indicators.notes')}: ${notes.join(lang === 'zh' ? '；' : '; ')}</p>` : nothing}
    `;
  }

  #textFigure(f: TextFigure) {
    const lang = this.lang;
    const label = lang === 'zh' ? f.label_zh : f.label_en;
    const q = (v: number) => formatQuantity(v, f.unit, lang);
    const bars: ChartBar[] = [
      {
        label: t(lang, 'indicators.bar.value2020'),
        value: f.baseline,
        text: q(f.baseline),
        kind: 'baseline',
      },
      { label: t(lang, 'indicators.bar.target2025'), value: f.target, text: q(f.target), kind: 'target' },
    ];
    const p = f.feature.properties;
    return html`<tr class="text-figure" data-key=${f.key}>
      <td>
        <span class="name">${label}</span>
        <div class="meta"><cite>${[p.plan_ref.chapter, p.plan_ref.section].filter(Boolean).join(' ')} · ${p.plan_ref.paragraph}</cite></div>
        ${barChart(bars, t(lang, 'indicators.chartLabel', { name: label, values: `${q(f.baseline)} → ${q(f.target)}` }))}
        <button class="map" @click=${() => this.#showOnMap({ feature: p.id, layers: [p.layer] })}>${t(lang, 'indicators.showOnMap')}</button>
      </td>
      <td class=${this.#colClass('value_2020')}>${q(f.baseline)}</td>
      <td class=${this.#colClass('target_2025')}>${q(f.target)}</td>
    </tr>`;
  }

  #body(lang: Lang) {
    if (this.failed)
      return html`<p class="error" role="alert">${t(lang, 'indicators.failed')}
        <button @click=${() => this.#load()}>${t(lang, 'indicators.retry')}</button></p>`;
    const data = this.data;
    if (!data) return html`<p role="status">${t(lang, 'indicators.loading')}</p>`;
    const table = data.tables.find((x) => x.id === this.tab);
    const figures = this.tab === 'table-2' ? textFigures(this.features) : [];
    return html`
      ${table ? this.#table(table) : nothing}
      ${
        figures.length
          ? html`<h3>${t(lang, 'indicators.textFigures')}</h3>
            <table class="text-figures">
              <thead><tr><th>${t(lang, 'indicators.name')}</th>
                <th class=${this.#colClass('value_2020')}>${t(lang, 'indicators.bar.value2020')}${this.#noFigure('value_2020')}</th>
                <th class=${this.#colClass('target_2025')}>${t(lang, 'indicators.bar.target2025')}${this.#noFigure('target_2025')}</th></tr></thead>
              <tbody>${figures.map((f) => this.#textFigure(f))}</tbody>
            </table>`
          : nothing
      }
    `;
  }

  override render() {
    const lang = this.lang;
    const tab = (id: Tab, label: MessageKey) =>
      html`<button role="tab" data-tab=${id} aria-selected=${this.tab === id} @click=${() => (this.tab = id)}>${t(lang, label)}</button>`;
    return html`
      <header>
        <h2 id="indicators-title">${t(lang, 'indicators.title')}</h2>
        <button @click=${() => this.emit('close')} aria-label=${t(lang, 'indicators.close')}>×</button>
      </header>
      <div class="tabs" role="tablist">${tab('table-2', 'indicators.tab2')}${tab('table-1', 'indicators.tab1')}</div>
      <p class="intro">${t(lang, 'indicators.intro')}</p>
      <div class="scroll">
        ${this.#body(lang)}
        ${this.kiosk ? nothing : html`<progress-section></progress-section>`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'indicators-view': IndicatorsView;
  }
}
