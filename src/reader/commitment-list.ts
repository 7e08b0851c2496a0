/**
 * The coverage view's list of commitments, filtered by location level and theme. Each row opens
 * the commitment's register entry and its paragraph in the reader, and, where a feature places it,
 * that feature on the map (closing its panel comes back here). Outside kiosk mode the list as
 * shown can be saved as CSV.
 */
import { consume } from '@lit/context';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import type { Commitment, LocationLevel, Theme } from '../data/schema.ts';
import { THEMES } from '../data/vocabulary.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { commitmentsCsv, filterCommitments } from './coverage.ts';
import { markStyles } from './reader-styles.ts';

const LEVELS: readonly LocationLevel[] = ['mapped', 'town', 'district', 'not-located'];

@customElement('commitment-list')
export class CommitmentList extends AtlasElement {
  static override styles = [
    sharedStyles,
    markStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
        margin: 4px 0 8px;
      }
      .filters button[aria-pressed='true'] {
        background: var(--atlas-accent);
        border-color: var(--atlas-accent);
        color: var(--atlas-accent-text);
      }
      select {
        font: inherit;
        min-height: var(--atlas-touch);
        border: 1px solid var(--atlas-border);
        border-radius: var(--atlas-radius);
        background: var(--atlas-bg);
      }
      .count {
        color: var(--atlas-text-muted);
        font-size: 0.85rem;
        margin: 0 0 4px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        border-bottom: 1px solid var(--atlas-border);
        padding: 6px 0;
      }
      .row {
        display: flex;
        gap: 6px;
        align-items: center;
      }
      button.name {
        flex: 1;
        border: none;
        background: none;
        padding: 0;
        font-weight: 600;
        text-align: left;
        min-height: 28px;
      }
      .row button:not(.name) {
        min-height: 28px;
        font-size: 0.8rem;
      }
      .note {
        color: var(--atlas-text-muted);
        font-size: 0.8rem;
        margin: 2px 0 0;
      }
    `,
  ];

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) commitments: readonly Commitment[] = [];
  @property({ type: Boolean }) kiosk = false;
  /** The level shown first: the commitments the map cannot show. */
  @state() level: LocationLevel | null = 'not-located';
  @state() theme: Theme | null = null;

  #shown(): Commitment[] {
    return filterCommitments(this.commitments, { level: this.level, theme: this.theme });
  }

  #entry(c: Commitment) {
    this.store?.set({ panel: 'plan', entry: c.id, para: c.plan_ref.paragraph, quote: null, selected: null });
  }

  #text(c: Commitment) {
    this.store?.set({
      panel: 'plan',
      entry: null,
      para: c.plan_ref.paragraph,
      quote: c.plan_ref.quote,
      selected: null,
    });
  }

  /** Saves the list as shown; a kiosk never renders the button. */
  async #csv() {
    const { downloadBlob, dateStamp } = await import('../tools/export/download.ts');
    const blob = new Blob([commitmentsCsv(this.#shown())], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, `yongchuan-commitments-${this.level ?? 'all'}-${dateStamp()}.csv`);
  }

  #row(c: Commitment) {
    const lang = this.lang;
    return html`<li data-id=${c.id}>
      <div class="row">
        <span class="dot ${c.location}" title=${t(lang, `location.${c.location}` as const)}></span>
        <button class="name" @click=${() => this.#entry(c)}>${lang === 'zh' ? c.name_zh : c.name_en}</button>
        <button class="text" @click=${() => this.#text(c)}>${t(lang, 'coverage.read')}</button>
        ${
          c.features[0]
            ? html`<button class="map" @click=${() => this.emit('select-feature', { id: c.features[0], keepPanel: true })}>
              ${t(lang, 'coverage.map')}</button>`
            : nothing
        }
      </div>
      ${c.note ? html`<p class="note">${c.note[lang]}</p>` : nothing}
    </li>`;
  }

  override render() {
    const lang = this.lang;
    const shown = this.#shown();
    const chip = (level: LocationLevel | null, label: string) =>
      html`<button class="level" data-level=${level ?? 'all'} aria-pressed=${this.level === level}
        @click=${() => (this.level = level)}>${label}</button>`;
    return html`
      <div class="filters" role="group" aria-label=${t(lang, 'coverage.byLevel')}>
        ${chip(null, t(lang, 'coverage.all'))}
        ${LEVELS.map((l) => chip(l, t(lang, `location.${l}` as const)))}
        <select aria-label=${t(lang, 'entry.theme')}
          @change=${(e: Event) => (this.theme = ((e.target as HTMLSelectElement).value || null) as Theme | null)}>
          <option value="" ?selected=${this.theme === null}>${t(lang, 'coverage.allThemes')}</option>
          ${THEMES.map((th) => html`<option value=${th} ?selected=${this.theme === th}>${t(lang, `theme.${th}` as const)}</option>`)}
        </select>
        ${this.kiosk ? nothing : html`<button class="export-csv" @click=${() => void this.#csv()}>${t(lang, 'coverage.csv')}</button>`}
      </div>
      <p class="count">${t(lang, 'coverage.shown', { n: shown.length })}</p>
      <ul class="commitments">${shown.map((c) => this.#row(c))}</ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'commitment-list': CommitmentList;
  }
}
