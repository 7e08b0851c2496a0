import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { loadRegister } from '../data/plan-register.ts';
import type { Commitment, PlanFeature } from '../data/schema.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import { layerById } from '../layers/registry.ts';
import { SEARCH_ALIASES } from '../search/aliases.ts';
import { type SearchResult, searchAll } from '../search/search.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';

/** Where a register entry stands in the plan, and how it is located: `第二章 · 第二节 … · 规划未给出位置`. */
function entryWhere(c: Commitment, lang: Lang): string {
  const ref = [c.plan_ref.chapter, c.plan_ref.section, c.plan_ref.box].filter(Boolean).join(' · ');
  return `${ref} · ${t(lang, `search.location.${c.location}` as const)}`;
}

/**
 * Finds features and register entries by Chinese or English name, and by the aliases people use
 * (高铁站, HSR, "Phoenix Lake"); arrow keys move, Enter picks, Esc clears. An entry that a
 * feature places selects the feature; one that none places shows where it stands in the plan.
 */
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
      .main {
        display: grid;
        gap: 2px;
        min-width: 0;
      }
      .where {
        color: var(--atlas-text-muted);
        font-size: 0.8rem;
      }
      q {
        font-size: 0.8rem;
        color: var(--atlas-text);
        overflow: hidden;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
      }
      .entry-card {
        position: absolute;
        z-index: 5;
        top: calc(100% + 4px);
        left: 0;
        right: 0;
        padding: 10px 12px;
        display: grid;
        gap: 4px;
      }
      .entry-card header {
        display: flex;
        justify-content: space-between;
        align-items: start;
        gap: 8px;
      }
      .entry-card blockquote {
        margin: 0;
        padding-left: 8px;
        border-left: 3px solid var(--atlas-border);
        font-size: 0.85rem;
      }
      .entry-card .quote-en {
        margin: 0;
        font-size: 0.8rem;
        color: var(--atlas-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @state() private query = '';
  @state() private active = 0;
  @state() private open = false;
  /** The register, loaded when search is first used (it is not needed at start-up). */
  @state() private commitments: readonly Commitment[] = [];
  /** A picked entry that no feature places: where it stands in the plan. */
  @state() private shownEntry: Commitment | null = null;
  #registerAsked = false;

  get #hits(): SearchResult[] {
    return searchAll({
      features: this.features,
      commitments: this.commitments,
      aliases: SEARCH_ALIASES,
      query: this.query,
    });
  }

  #loadRegister() {
    if (this.#registerAsked) return;
    this.#registerAsked = true;
    loadRegister()
      .then((r) => (this.commitments = r.commitments))
      // Without the register, search still finds features; a later focus asks again.
      .catch(() => (this.#registerAsked = false));
  }

  #pick(hit: SearchResult | undefined) {
    if (!hit) return;
    this.open = false;
    const named = hit.type === 'feature' ? hit.feature.properties : hit.entry;
    this.query = this.lang === 'zh' ? named.name_zh : named.name_en;
    const id = hit.type === 'feature' ? hit.feature.properties.id : hit.entry.features[0];
    this.shownEntry = id === undefined && hit.type === 'entry' ? hit.entry : null;
    if (id === undefined) return;
    this.dispatchEvent(new CustomEvent('select-feature', { detail: { id }, bubbles: true, composed: true }));
  }

  #onKey(e: KeyboardEvent, hits: SearchResult[]) {
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
      if (this.open || this.query || this.shownEntry) e.stopPropagation();
      this.open = false;
      this.query = '';
      this.shownEntry = null;
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
        @focus=${() => this.#loadRegister()}
        @input=${(e: Event) => {
          this.#loadRegister();
          this.query = (e.target as HTMLInputElement).value;
          this.active = 0;
          this.open = true;
          this.shownEntry = null;
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
                : hits.map((hit, i) => this.#row(hit, i))
            }
          </ul>`
          : this.#entryCard()
      }
    `;
  }

  #row(hit: SearchResult, i: number) {
    const lang = this.lang;
    let name: string;
    let tag: string;
    let detail: unknown = nothing;
    if (hit.type === 'feature') {
      const p = hit.feature.properties;
      name = lang === 'zh' ? p.name_zh : p.name_en;
      tag = layerById(p.layer)?.title[lang] ?? '';
    } else {
      const c = hit.entry;
      name = lang === 'zh' ? c.name_zh : c.name_en;
      tag = t(lang, 'search.entry');
      detail = html`<span class="where">${entryWhere(c, lang)}</span>
        ${c.features.length === 0 ? html`<q lang="zh-CN">${c.plan_ref.quote}</q>` : nothing}`;
    }
    return html`<li
      id="hit-${i}"
      role="option"
      class=${hit.type}
      data-id=${hit.type === 'feature' ? hit.feature.properties.id : hit.entry.id}
      aria-selected=${i === this.active}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.#pick(hit)}
    >
      <span class="main"><span>${name}</span>${detail}</span>
      <span class="layer">${tag}</span>
    </li>`;
  }

  /** The picked entry that no feature places: its plan reference, location level and quote. */
  #entryCard() {
    const c = this.shownEntry;
    if (!c) return nothing;
    const lang = this.lang;
    return html`<section class="entry-card card" role="region" aria-label=${t(lang, 'search.entry')}>
      <header>
        <strong>${lang === 'zh' ? c.name_zh : c.name_en}</strong>
        <button class="close" aria-label=${t(lang, 'search.entryClose')} @click=${() => (this.shownEntry = null)}>×</button>
      </header>
      <span class="where">${entryWhere(c, lang)}</span>
      <blockquote lang="zh-CN">${c.plan_ref.quote}</blockquote>
      ${lang === 'en' && c.plan_ref.quote_en ? html`<p class="quote-en">${c.plan_ref.quote_en}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'search-box': SearchBox;
  }
}
