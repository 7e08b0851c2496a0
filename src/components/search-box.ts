import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PlanFeature } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { layerById } from '../layers/registry.ts';
import { type SearchHit, searchFeatures } from '../search/search.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';

/** Finds features by Chinese or English name; arrow keys move, Enter picks, Esc clears. */
@customElement('search-box')
export class SearchBox extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      input {
        font: inherit;
        width: 100%;
        min-height: var(--atlas-touch);
        padding: 0 12px;
        border: 1px solid var(--atlas-border);
        border-radius: var(--atlas-radius);
      }
      ul {
        position: absolute;
        z-index: 5;
        top: calc(100% + 4px);
        left: 0;
        right: 0;
        margin: 0;
        padding: 4px;
        list-style: none;
        max-height: 60vh;
        overflow-y: auto;
      }
      li {
        padding: 6px 8px;
        border-radius: 6px;
        cursor: pointer;
        display: flex;
        justify-content: space-between;
        gap: 8px;
      }
      li[aria-selected='true'],
      li:hover {
        background: var(--atlas-surface);
      }
      .layer {
        color: var(--atlas-text-muted);
        font-size: 0.8rem;
        white-space: nowrap;
      }
      .empty {
        color: var(--atlas-text-muted);
        cursor: default;
      }
    `,
  ];

  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @state() private query = '';
  @state() private active = 0;
  @state() private open = false;

  get #hits(): SearchHit[] {
    return searchFeatures(this.features, this.query);
  }

  #pick(hit: SearchHit | undefined) {
    if (!hit) return;
    this.open = false;
    this.query = this.lang === 'zh' ? hit.feature.properties.name_zh : hit.feature.properties.name_en;
    this.dispatchEvent(
      new CustomEvent('select-feature', {
        detail: { id: hit.feature.properties.id },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #onKey(e: KeyboardEvent, hits: SearchHit[]) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.open = true;
      this.active = Math.min(this.active + 1, hits.length - 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      this.active = Math.max(this.active - 1, 0);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.#pick(hits[this.active]);
    } else if (e.key === 'Escape') {
      if (this.open || this.query) e.stopPropagation();
      this.open = false;
      this.query = '';
    }
  }

  override render() {
    const lang = this.lang;
    const hits = this.#hits;
    const expanded = this.open && this.query.trim() !== '';
    return html`
      <label class="visually-hidden" for="q">${t(lang, 'search.label')}</label>
      <input
        id="q"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="results"
        aria-expanded=${expanded}
        aria-activedescendant=${expanded && hits[this.active] ? `hit-${this.active}` : ''}
        placeholder=${t(lang, 'search.placeholder')}
        .value=${this.query}
        @input=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          this.active = 0;
          this.open = true;
        }}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e, hits)}
        @blur=${() => setTimeout(() => (this.open = false), 150)}
      />
      ${
        expanded
          ? html`<ul id="results" role="listbox" class="card" aria-label=${t(lang, 'search.results', { count: hits.length })}>
            ${
              hits.length === 0
                ? html`<li class="empty" role="option" aria-disabled="true">${t(lang, 'search.noResults')}</li>`
                : hits.map((hit, i) => {
                    const p = hit.feature.properties;
                    return html`<li
                    id="hit-${i}"
                    role="option"
                    aria-selected=${i === this.active}
                    @mousedown=${(e: Event) => e.preventDefault()}
                    @click=${() => this.#pick(hit)}
                  >
                    <span>${lang === 'zh' ? p.name_zh : p.name_en}</span>
                    <span class="layer">${layerById(p.layer)?.title[lang] ?? nothing}</span>
                  </li>`;
                  })
            }
          </ul>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'search-box': SearchBox;
  }
}
