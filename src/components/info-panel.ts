import { consume } from '@lit/context';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import { areaTargetOf } from '../data/figures.ts';
import type { PlanFeature, Source } from '../data/schema.ts';
import { formatFigure, formatPercent, formatQuantity, statusLabel } from '../format/format.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import { progressRatio, progressText } from '../indicators/progress-format.ts';
import { type ProgressFile, progressForFeature, progressStore } from '../indicators/progress-store.ts';
import { layerById } from '../layers/registry.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { ratioBar } from '../ui/ratio-bar.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { type PlanYear, standsIn } from '../years/year-filter.ts';

/** Everything the plan says about one feature: names, status, figures, citation, and how its outline relates to its area figure. */
@customElement('info-panel')
export class InfoPanel extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-y: auto;
        max-height: 100%;
      }
      header {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        justify-content: space-between;
      }
      h2 {
        margin: 0;
        font-size: 1.2rem;
        line-height: 1.3;
      }
      .alt {
        color: var(--atlas-text-muted);
        margin: 2px 0 8px;
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 6px 0 10px;
      }
      .badge {
        border-radius: 999px;
        padding: 2px 10px;
        font-size: 0.8rem;
        background: var(--atlas-surface);
        border: 1px solid var(--atlas-border);
      }
      .badge.indicative {
        background: var(--atlas-warn-bg);
        border-color: var(--atlas-warn-border);
        color: var(--atlas-indicative);
        font-weight: 600;
      }
      h3 {
        font-size: 0.85rem;
        color: var(--atlas-text-muted);
        margin: 14px 0 4px;
      }
      dl {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 4px 12px;
        margin: 0;
      }
      dd {
        margin: 0;
        text-align: right;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      dd small {
        display: block;
        font-weight: 400;
        color: var(--atlas-text-muted);
      }
      ul {
        margin: 0;
        padding-left: 1.2em;
      }
      blockquote {
        margin: 4px 0;
        padding: 6px 10px;
        border-left: 3px solid var(--atlas-accent);
        background: var(--atlas-surface);
      }
      .quote-en {
        color: var(--atlas-text-muted);
        font-style: italic;
      }
      .measure .meter {
        margin: 6px 0 2px;
      }
      .measure .bar {
        display: block;
        width: 100%;
        height: 10px;
      }
      .note {
        font-size: 0.8rem;
        color: var(--atlas-text-muted);
      }
      a {
        color: var(--atlas-accent);
      }
      .actions {
        margin-top: 12px;
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      /* A value from a loaded progress file, never styled like the plan's figures. */
      .progress-value {
        margin: 4px 0;
        padding: 4px 8px;
        border: 1px dashed var(--atlas-warn-border);
        border-radius: var(--atlas-radius);
        background: var(--atlas-warn-bg);
        color: var(--atlas-indicative);
        font-size: 0.85rem;
      }
      .progress-value .bar {
        display: block;
        width: 100%;
        height: 6px;
      }
    `,
  ];

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) feature?: PlanFeature;
  @property({ attribute: false }) parent?: PlanFeature;
  @property({ attribute: false }) sources: readonly Source[] = [];
  /** The plan year the map shows: a feature it puts in the future says so, with its status. */
  @property({ attribute: false }) year: PlanYear | null = null;
  @state() private measure?: typeof import('../geo/measure.ts');
  @state() private progress: ProgressFile | null = progressStore.state.file;

  override connectedCallback(): void {
    super.connectedCallback();
    this.own(progressStore.subscribe((s) => (this.progress = s.file)));
  }

  #future(f: PlanFeature) {
    const p = f.properties;
    if (this.year === null || standsIn(p, this.year)) return nothing;
    const lang = this.lang;
    const target = p.target_year === undefined ? '' : t(lang, 'panel.futureTarget', { year: p.target_year });
    return html`<p class="note future-in-year">${t(lang, 'panel.futureInYear', { year: this.year, status: statusLabel(p.status, lang), target })}</p>`;
  }

  /** Values a loaded progress file gives for the commitments on this feature, each dated and sourced. */
  #progress(f: PlanFeature) {
    const values = progressForFeature(f.properties.id, this.progress);
    if (!values.length) return nothing;
    const lang = this.lang;
    return html`<section class="progress" aria-labelledby="progress-title">
      <h3 id="progress-title">${t(lang, 'progress.title')}</h3>
      ${values.map((v) => {
        const ratio = progressRatio(v);
        return html`<div class="progress-value" data-progress=${v.id}>
          <strong>${lang === 'zh' ? v.target.name_zh : v.target.name_en}</strong><br />${progressText(v, lang)}
          ${ratio === undefined ? nothing : ratioBar(ratio)}
        </div>`;
      })}
    </section>`;
  }

  override render() {
    const f = this.feature;
    if (!f) return nothing;
    const lang = this.lang;
    const p = f.properties;
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const name = (x: PlanFeature, l: Lang) => (l === 'zh' ? x.properties.name_zh : x.properties.name_en);
    const layer = layerById(p.layer);
    const fields = new Set(layer?.panelFields ?? []);
    const source = this.sources.find((s) => s.id === p.source);
    return html`
      <header>
        <div>
          <h2 id="info-title">${name(f, lang)}</h2>
          <p class="alt" lang=${other === 'zh' ? 'zh-CN' : 'en'}>${name(f, other)}</p>
        </div>
        <button class="close" @click=${() => this.emit('close')} aria-label=${t(lang, 'panel.close')}>×</button>
      </header>
      <div class="badges">
        ${layer ? html`<span class="badge">${layer.title[lang]}</span>` : nothing}
        <span class="badge status">${statusLabel(p.status, lang)}${p.target_year ? ` · ${p.target_year}` : ''}</span>
        ${
          p.geometry_accuracy === 'indicative'
            ? html`<span class="badge indicative" title=${t(lang, 'panel.indicativeNote')}>${t(lang, 'panel.indicative')}</span>`
            : p.geometry_accuracy === 'approximate'
              ? html`<span class="badge">${t(lang, 'panel.approximate')}</span>`
              : p.geometry_accuracy === 'town'
                ? html`<span class="badge indicative town">${t(lang, 'panel.townLevel')}</span>`
                : nothing
        }
      </div>
      ${p.geometry_accuracy === 'indicative' ? html`<p class="note">${t(lang, 'panel.indicativeNote')}</p>` : nothing}
      ${p.geometry_accuracy === 'town' ? html`<p class="note">${t(lang, 'panel.townLevelNote')}</p>` : nothing}
      ${
        fields.has('role') && (p.role_zh || p.role_en)
          ? html`<h3>${t(lang, 'panel.role')}</h3><p>${lang === 'zh' ? p.role_zh : p.role_en}</p>`
          : nothing
      }
      ${this.#future(f)}
      ${this.#areaStatement(f)}
      ${this.#progress(f)}
      <h3>${t(lang, 'panel.figures')}</h3>
      ${
        p.figures.length === 0
          ? html`<p class="note">${t(lang, 'panel.noFigures')}</p>`
          : html`<dl class="figures">
            ${p.figures.map((fig) => {
              const ff = formatFigure(fig, lang);
              return html`<dt>${ff.label}</dt><dd>${ff.value}${ff.year ? html`<small>${ff.year}</small>` : nothing}</dd>`;
            })}
          </dl>`
      }
      ${
        fields.has('industries') && p.industries?.length
          ? html`<h3>${t(lang, 'panel.industries')}</h3>
            <ul>${p.industries.map((i) => html`<li>${t(lang, `industry.${i}` as const)}</li>`)}</ul>`
          : nothing
      }
      ${
        fields.has('functions') && p.functions?.length
          ? html`<h3>${t(lang, 'panel.functions')}</h3><ul>${p.functions.map((x) => html`<li>${x[lang]}</li>`)}</ul>`
          : nothing
      }
      ${
        fields.has('specialities') && p.specialities?.length
          ? html`<h3>${t(lang, 'panel.specialities')}</h3><ul>${p.specialities.map((x) => html`<li>${x[lang]}</li>`)}</ul>`
          : nothing
      }
      ${
        this.parent
          ? html`<h3>${t(lang, 'panel.parent')}</h3>
            <p><a href="#" @click=${(e: Event) => {
              e.preventDefault();
              this.emit('select-feature', { id: this.parent?.properties.id });
            }}>${name(this.parent, lang)}</a></p>`
          : nothing
      }
      ${fields.has('code') && p.code ? html`<h3>${t(lang, 'panel.code')}</h3><p>${p.code}</p>` : nothing}
      <h3>${t(lang, 'panel.citation')}</h3>
      <p class="ref">${[p.plan_ref.chapter, p.plan_ref.section, p.plan_ref.box].filter(Boolean).join(' · ')}</p>
      <blockquote lang="zh-CN">${p.plan_ref.quote}</blockquote>
      ${lang === 'en' && p.plan_ref.quote_en ? html`<p class="quote-en">${p.plan_ref.quote_en}</p>` : nothing}
      ${
        source
          ? html`<h3>${t(lang, 'panel.source')}</h3><p class="note">${source.name} — ${source.attribution} (${source.licence})</p>`
          : nothing
      }
      <div class="actions">
        <button @click=${() => this.emit('zoom-to', { id: p.id })}>${t(lang, 'panel.zoomTo')}</button>
        <button class="read-in-plan" @click=${() => this.#readInPlan(f)}>${t(lang, 'panel.readInPlan')}</button>
      </div>
    `;
  }

  /** Opens the plan reader at the paragraph the feature's quote stands in, the quote emphasised. */
  #readInPlan(f: PlanFeature) {
    const ref = f.properties.plan_ref;
    this.store?.set({ selected: null, panel: 'plan', para: ref.paragraph, quote: ref.quote, entry: null });
  }

  /**
   * How the outline relates to the plan's area figure. An indicative outline is drawn to that
   * figure, so measuring it would only measure the drawing: it says so, with no ratio. Only a
   * measured outline (surveyed or from public maps) is set against the target, on the ellipsoid.
   */
  #areaStatement(f: PlanFeature) {
    const target = areaTargetOf(f.properties);
    if (!target || (target.unit !== 'km2' && target.unit !== 'ha')) return nothing;
    const lang = this.lang;
    const drawn =
      f.properties.geometry_accuracy === 'indicative' || f.properties.geometry_accuracy === 'town';
    // An outline the user assigned to the feature, if any, measured against the target (a lazy chunk).
    void import('./user-outline-measure.ts');
    const own = html`<user-outline-measure .featureId=${f.properties.id} .target=${target.value}
      .unit=${target.unit}></user-outline-measure>`;
    if (drawn)
      return html`<section class="measure drawn-to-figure" aria-labelledby="measure-title">
        <h3 id="measure-title">${t(lang, 'panel.planArea')}</h3>
        <p class="measure-value">${t(lang, 'panel.drawnToFigure', { target: formatQuantity(target.value, target.unit, lang) })}</p>
        <p class="note">${t(lang, 'panel.drawnToFigureNote')}</p>
      </section>${own}`;
    const measured = this.#measuredArea(f, target.unit);
    if (measured === undefined) return nothing;
    const ratio = measured / target.value;
    return html`
      <section class="measure" aria-labelledby="measure-title">
        <h3 id="measure-title">${t(lang, 'panel.measured')}</h3>
        <p class="measure-value">
          ${t(lang, 'panel.measuredValue', {
            measured: formatQuantity(measured, target.unit, lang),
            target: formatQuantity(target.value, target.unit, lang),
            ratio: formatPercent(ratio, lang),
          })}
        </p>
        <div class="meter" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(ratio * 100)}
          aria-label=${t(lang, 'panel.measured')}>
          ${ratioBar(ratio)}
        </div>
        <p class="note">${t(lang, 'panel.measuredNote')}</p>
      </section>
    `;
  }

  /** The ellipsoidal area of a measured outline; the measuring code loads when first needed. */
  #measuredArea(f: PlanFeature, unit: 'km2' | 'ha'): number | undefined {
    if (this.measure) return this.measure.areaIn(f.geometry, unit);
    void import('../geo/measure.ts').then((m) => (this.measure = m));
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'info-panel': InfoPanel;
  }
}
