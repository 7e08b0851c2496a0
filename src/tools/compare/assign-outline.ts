import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PlanFeature } from '../../data/schema.ts';
import { t } from '../../i18n/i18n.ts';
import { targetRows } from '../../targets/targets.ts';
import { AtlasElement } from '../../ui/atlas-element.ts';
import { sharedStyles } from '../../ui/shared-styles.ts';
import type { MeasuredOutline } from '../../user-data/user-data-store.ts';
import type { PlannerSession } from '../session.ts';
import { toolsStyles } from '../tools-styles.ts';
import type { UserPolygon } from '../user-polygons.ts';

/**
 * Assigns the polygon Compare shows to a plan feature with an area target as its measured
 * outline (kept across reloads), and lists the outlines assigned, each removable.
 */
@customElement('assign-outline')
export class AssignOutline extends AtlasElement {
  static override styles = [sharedStyles, toolsStyles];

  @property({ attribute: false }) session?: PlannerSession;
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @property({ attribute: false }) polygon?: UserPolygon;
  /** The outlines assigned now (the store's), so that the list renders again when they change. */
  @property({ attribute: false }) outlines: readonly MeasuredOutline[] = [];
  @state() private featureId = '';

  #name(id: string) {
    const p = this.features.find((f) => f.properties.id === id)?.properties;
    return p ? (this.lang === 'zh' ? p.name_zh : p.name_en) : id;
  }

  #assign(featureId: string) {
    const { session, polygon } = this;
    if (!session || !polygon || !featureId) return;
    session.data.assign({
      featureId,
      geometry: polygon.geometry,
      source: polygon.source,
      assignedAt: new Date().toISOString(),
    });
  }

  override render() {
    const lang = this.lang;
    const data = this.session?.data;
    if (!data) return nothing;
    const targets = targetRows(this.features);
    const chosen = this.featureId || targets[0]?.id || '';
    return html`
      <h3>${t(lang, 'tools.outline.title')}</h3>
      <p class="hint">${t(lang, 'tools.outline.hint')}</p>
      <div class="row">
        <label>${t(lang, 'tools.outline.feature')}
          <select class="outline-feature" @change=${(e: Event) => (this.featureId = (e.target as HTMLSelectElement).value)}>
            ${targets.map((r) => html`<option value=${r.id} ?selected=${r.id === chosen}>${lang === 'zh' ? r.name_zh : r.name_en}</option>`)}
          </select>
        </label>
        <button class="assign" ?disabled=${!this.polygon || !chosen} @click=${() => this.#assign(chosen)}>${t(lang, 'tools.outline.assign')}</button>
      </div>
      <ul class="outlines">
        ${this.outlines.map(
          (o) => html`<li data-feature=${o.featureId}>
            ${t(lang, 'tools.outline.assigned', {
              feature: this.#name(o.featureId),
              source: o.source,
              date: o.assignedAt.slice(0, 10),
            })}
            <button class="unassign" @click=${() => data.unassign(o.featureId)}>${t(lang, 'tools.outline.remove')}</button>
          </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assign-outline': AssignOutline;
  }
}
