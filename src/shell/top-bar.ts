/**
 * The top bar: the atlas's name, the keyboard search, a button per side view, the plan year and
 * its comparison (not on the kiosk, whose visitors see the whole plan), the language switch and the way home;
 * on a phone the buttons after the search are one row that scrolls sideways, so that the bar
 * keeps to three rows. It writes what the user asks for into the store; the home button
 * goes up as an event, since it moves the camera; search hits bubble up from the search box.
 */
import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import { panelsFor } from '../app/panels.ts';
import type { AppState, Store } from '../app/store.ts';
import type { PlanFeature } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import '../components/search-box.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import '../years/year-control.ts';

@customElement('atlas-top-bar')
export class TopBar extends AtlasElement {
  /**
   * Rendered into the shell's own shadow root (no shadow root of its own), so that the shell's
   * layout rules, kiosk rules included, place and size the bar's controls.
   */
  protected override createRenderRoot() {
    return this;
  }

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @property({ attribute: false }) panel: AppState['panel'] = null;
  @property({ type: Boolean }) kiosk = false;
  @property({ attribute: false }) year: AppState['year'] = null;
  @property({ attribute: false }) swipe: AppState['swipe'] = null;

  override render() {
    const lang = this.lang;
    const store = this.store;
    return html`
      <div class="brand card">
        <h1>${t(lang, 'app.title')}</h1>
        <p>${t(lang, 'app.subtitle')}</p>
      </div>
      <search-box class="card" .features=${this.features}></search-box>
      <div class="views">
      ${panelsFor(this.kiosk).map(
        (p) => html`<button
          class="panel-toggle ${p.id}-toggle card"
          aria-pressed=${this.panel === p.id}
          @click=${() => store?.set({ panel: this.panel === p.id ? null : p.id, selected: null })}
        >
          ${t(lang, p.label)}
        </button>`,
      )}
      ${this.kiosk ? nothing : html`<year-control .year=${this.year} .swipe=${this.swipe}></year-control>`}
      <button
        class="lang-toggle card"
        lang=${lang === 'zh' ? 'en' : 'zh-CN'}
        aria-label=${t(lang, 'lang.switchLabel')}
        @click=${() => store?.set({ lang: lang === 'zh' ? 'en' : 'zh' })}
      >
        ${t(lang, 'lang.switch')}
      </button>
      <button class="home card" aria-label=${t(lang, 'home.button')} title=${t(lang, 'home.button')}
        @click=${() => this.emit('home')}>
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor"
          d="M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3z" /></svg>
      </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-top-bar': TopBar;
  }
}
