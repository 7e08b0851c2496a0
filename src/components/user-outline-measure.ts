import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatPercent, formatQuantity } from '../format/format.ts';
import { areaIn } from '../geo/measure.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { ratioBar } from '../ui/ratio-bar.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { userData } from '../user-data/user-data.ts';
import type { MeasuredOutline } from '../user-data/user-data-store.ts';

/**
 * In a feature's info panel: the outline the user assigned to it, measured on the ellipsoid
 * against the plan's area target, labelled as the user's own measurement. Loaded lazily by the
 * info panel, with the measuring code.
 */
@customElement('user-outline-measure')
export class UserOutlineMeasure extends AtlasElement {
  static override styles = [sharedStyles];

  @property() featureId = '';
  @property({ type: Number }) target = 0;
  @property() unit: 'km2' | 'ha' = 'km2';
  @state() private outlines: readonly MeasuredOutline[] = userData.state.outlines;

  override connectedCallback(): void {
    super.connectedCallback();
    this.own(userData.subscribe((s) => (this.outlines = s.outlines)));
    void userData.ready();
  }

  override render() {
    const own = this.outlines.find((o) => o.featureId === this.featureId);
    if (!own || !(this.target > 0)) return nothing;
    const lang = this.lang;
    const measured = areaIn(own.geometry, this.unit);
    const ratio = measured / this.target;
    return html`<section class="measure user-measured">
      <h3>${t(lang, 'panel.userMeasured')}</h3>
      <p class="measure-value">
        ${t(lang, 'panel.measuredValue', {
          measured: formatQuantity(measured, this.unit, lang),
          target: formatQuantity(this.target, this.unit, lang),
          ratio: formatPercent(ratio, lang),
        })}
      </p>
      ${ratioBar(ratio)}
      <p class="note">${t(lang, 'targets.userMeasured', { source: own.source, date: own.assignedAt.slice(0, 10) })}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'user-outline-measure': UserOutlineMeasure;
  }
}
