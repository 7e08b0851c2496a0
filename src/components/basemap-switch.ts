import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  BASEMAP_PARAM,
  BASEMAP_PRESETS,
  type BasemapPreset,
  switchedLink,
  TIANDITU_KEY_STORAGE,
} from '../basemap/basemap-choice.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';

function readKey(): string {
  try {
    return localStorage.getItem(TIANDITU_KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

/**
 * The layer panel's switch for an online basemap, off by default, loaded with the panel's first
 * render (a chunk of its own). Turning it on moves to basemap.html with the chosen preset, the
 * only page whose policy admits its host; off moves back. The 天地图 key is stored in this
 * browser only and never written into the link.
 */
@customElement('basemap-switch')
export class BasemapSwitch extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--atlas-border, #dee2e6); }
      label { display: flex; gap: 6px; align-items: center; }
      select, input[type='password'] { margin: 6px 0 0 22px; max-width: calc(100% - 22px); }
      p { margin: 4px 0 0 22px; font-size: 0.85em; color: var(--atlas-muted, #555); }
    `,
  ];

  @state() private preset: BasemapPreset = 'osm';
  @state() private key = readKey();
  readonly #on = new URLSearchParams(location.search).has(BASEMAP_PARAM);

  override connectedCallback(): void {
    super.connectedCallback();
    const asked = new URLSearchParams(location.search).get(BASEMAP_PARAM);
    if (BASEMAP_PRESETS.includes(asked as BasemapPreset)) this.preset = asked as BasemapPreset;
  }

  #go(on: boolean) {
    location.assign(switchedLink(location.href, on ? this.preset : null));
  }

  #setKey(key: string) {
    this.key = key.trim();
    try {
      if (this.key) localStorage.setItem(TIANDITU_KEY_STORAGE, this.key);
      else localStorage.removeItem(TIANDITU_KEY_STORAGE);
    } catch {
      // Private browsing without storage: the key lasts as long as the page.
    }
  }

  override render() {
    const lang = this.lang;
    return html`
      <label title=${t(lang, 'basemap.hint')}>
        <input type="checkbox" role="switch" class="basemap-switch" .checked=${this.#on}
          @change=${(e: Event) => this.#go((e.target as HTMLInputElement).checked)} />
        <span>${t(lang, 'basemap.switch')}</span>
      </label>
      <select class="basemap-preset" aria-label=${t(lang, 'basemap.preset')}
        @change=${(e: Event) => {
          this.preset = (e.target as HTMLSelectElement).value as BasemapPreset;
          if (this.#on) this.#go(true);
        }}>
        ${BASEMAP_PRESETS.map(
          (p) =>
            html`<option value=${p} ?selected=${p === this.preset}>${t(lang, `basemap.preset.${p}` as const)}</option>`,
        )}
      </select>
      ${
        this.preset.startsWith('tianditu')
          ? html`<input type="password" class="basemap-key" autocomplete="off" aria-label=${t(lang, 'basemap.key')}
              placeholder=${t(lang, 'basemap.key')} .value=${this.key}
              @change=${(e: Event) => this.#setKey((e.target as HTMLInputElement).value)} />
            <p>${t(lang, 'basemap.keyHint')}</p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basemap-switch': BasemapSwitch;
  }
}
