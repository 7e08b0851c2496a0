/**
 * The planner tools panel: draw and measure, compare with the plan, import GeoJSON, export.
 * Loaded on demand when the panel first opens, so none of it weighs on start-up. What the
 * planner draws and imports lives in a session that outlives the panel (session.ts).
 */
import { consume } from '@lit/context';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import type { LayerId, PlanFeature } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import type { MapController } from '../map/map-controller.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import './compare/compare-section.ts';
import './draw/draw-section.ts';
import './export/export-section.ts';
import './import/import-section.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { type PlannerSession, sessionFor } from './session.ts';

const TABS = ['draw', 'compare', 'import', 'export'] as const;
type Tab = (typeof TABS)[number];

@customElement('planner-tools')
export class PlannerTools extends AtlasElement {
  static override styles = [
    sharedStyles,
    panelViewStyles,
    css`
      [role='tablist'] {
        display: flex;
        gap: 4px;
        margin: 8px 0;
        flex-wrap: wrap;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--atlas-accent);
        border-color: var(--atlas-accent);
        color: var(--atlas-accent-text);
      }
      .body {
        overflow: auto;
        min-height: 0;
      }
    `,
  ];

  @property({ attribute: false }) controller?: MapController;
  /** The draw tab sets the store's drawing mode, which gives the map's clicks to the drawing. */
  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @property({ attribute: false }) visibleLayers: readonly LayerId[] = [];
  /** The map's attribution line, for the exports and the print page. */
  @property() credits = '';
  @state() private tab: Tab = 'draw';
  @state() private dropping = false;

  #session?: PlannerSession;
  #container?: HTMLElement;

  get session(): PlannerSession | undefined {
    return this.#session;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.set({ drawMode: null });
    this.#unbindDrop();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('controller')) this.#bind();
    if (changed.has('tab') && this.#session) this.#session.tab = this.tab;
    this.#session?.setLang(this.lang);
    if (changed.has('tab') || changed.has('controller')) this.#applyTab();
  }

  #bind() {
    if (!this.controller || !this.isConnected) return;
    this.#session = sessionFor(this.controller);
    const tab = this.#session.tab;
    if ((TABS as readonly string[]).includes(tab)) this.tab = tab as Tab;
    this.#unbindDrop();
    this.#container = this.controller.container;
    this.#container.addEventListener('dragover', this.#onDragOver);
    this.#container.addEventListener('dragleave', this.#onDragLeave);
    this.#container.addEventListener('drop', this.#onDrop);
    this.#applyTab();
  }

  #unbindDrop() {
    this.#container?.removeEventListener('dragover', this.#onDragOver);
    this.#container?.removeEventListener('dragleave', this.#onDragLeave);
    this.#container?.removeEventListener('drop', this.#onDrop);
    this.#container = undefined;
  }

  /** The draw tab owns map clicks; the others give them back to feature selection. */
  #applyTab() {
    const s = this.#session;
    if (!s || !this.isConnected) return;
    this.store?.set({ drawMode: this.tab === 'draw' ? s.draw.mode : null });
  }

  #onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dropping = true;
  };

  #onDragLeave = () => {
    this.dropping = false;
  };

  #onDrop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    this.dropping = false;
    if (!file) return;
    e.preventDefault();
    this.tab = 'import';
    void this.#session?.importFile(file);
  };

  #tabs() {
    const lang = this.lang;
    return html`<div role="tablist" aria-label=${t(lang, 'tools.title')}>
      ${TABS.map(
        (tab) => html`<button role="tab" id="tab-${tab}" class="tab-${tab}" aria-selected=${this.tab === tab}
          aria-controls="panel" @click=${() => (this.tab = tab)}>${t(lang, `tools.tab.${tab}` as const)}</button>`,
      )}
    </div>`;
  }

  #body() {
    const session = this.#session;
    switch (this.tab) {
      case 'draw':
        return html`<draw-section .session=${session}></draw-section>`;
      case 'compare':
        return html`<compare-section .session=${session} .features=${this.features}></compare-section>`;
      case 'import':
        return html`<import-section .session=${session}></import-section>`;
      case 'export':
        return html`<export-section .session=${session} .features=${this.features}
          .visibleLayers=${this.visibleLayers} credits=${this.credits}></export-section>`;
    }
  }

  override render() {
    const lang = this.lang;
    return html`
      <header>
        <h2>${t(lang, 'tools.title')}</h2>
        <button class="close" aria-label=${t(lang, 'panel.close')}
          @click=${() => this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }))}>×</button>
      </header>
      ${this.#tabs()}
      ${this.dropping ? html`<p class="drop-hint" role="status">${t(lang, 'tools.import.drop')}</p>` : nothing}
      <div class="body" id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">${session(this.#session, () => this.#body())}</div>
    `;
  }
}

function session(s: PlannerSession | undefined, body: () => unknown) {
  return s ? body() : nothing;
}

declare global {
  interface HTMLElementTagNameMap {
    'planner-tools': PlannerTools;
  }
}
