/**
 * The plan-year control of the top bar: the year the map shows, and the comparison of two
 * years side by side (a second map beyond a divider, src/map/year-compare-map.ts). While
 * comparing, the first menu is the left year and a second menu the right one. Not on the kiosk.
 * Rendered into the top bar's root, whose shell styles place it.
 */
import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { startSwipe } from './year-compare.ts';
import { isPlanYear, PLAN_YEARS, type PlanYear } from './year-filter.ts';

@customElement('year-control')
export class YearControl extends AtlasElement {
  protected override createRenderRoot() {
    return this;
  }

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) year: AppState['year'] = null;
  @property({ attribute: false }) swipe: AppState['swipe'] = null;

  #options(chosen: PlanYear | null, whole: boolean) {
    const lang = this.lang;
    return html`${whole ? html`<option value="" ?selected=${chosen === null}>${t(lang, 'year.all')}</option>` : nothing}
      ${PLAN_YEARS.map((y) => html`<option value=${y} ?selected=${chosen === y}>${t(lang, `year.y${y}` as const)}</option>`)}`;
  }

  /** A side's new year; the other side takes the old one rather than show the same year twice. */
  #side(side: 'left' | 'right', e: Event) {
    const swipe = this.swipe;
    const n = Number((e.target as HTMLSelectElement).value);
    if (!swipe || !isPlanYear(n)) return;
    const other = side === 'left' ? 'right' : 'left';
    this.store?.set({
      swipe: { ...swipe, [side]: n, [other]: swipe[other] === n ? swipe[side] : swipe[other] },
    });
  }

  override render() {
    const lang = this.lang;
    const swipe = this.swipe;
    const onYear = (e: Event) => {
      const n = Number((e.target as HTMLSelectElement).value);
      this.store?.set({ year: isPlanYear(n) ? n : null });
    };
    const toggle = () => this.store?.set({ swipe: swipe ? null : startSwipe(this.year) });
    return html`<label class="year-select card">${t(lang, swipe ? 'year.compareLeft' : 'year.label')}
        <select class="year ${swipe ? 'left-year' : ''}" @change=${swipe ? (e: Event) => this.#side('left', e) : onYear}>
          ${this.#options(swipe ? swipe.left : this.year, !swipe)}
        </select>
      </label>
      ${
        swipe
          ? html`<label class="year-select card">${t(lang, 'year.compareRight')}
            <select class="right-year" @change=${(e: Event) => this.#side('right', e)}>${this.#options(swipe.right, false)}</select>
          </label>`
          : nothing
      }
      <button class="compare-years card" aria-pressed=${swipe !== null} @click=${toggle}>
        ${t(lang, swipe ? 'year.compareEnd' : 'year.compare')}
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'year-control': YearControl;
  }
}
