/**
 * The kiosk's own controls over the map: a big 中文/English toggle and a "Start tour"
 * button, the caption card while the tour plays, and the staff status line (shown with
 * `?kiosk&staff`, or by holding a finger on the top-left corner for two seconds).
 * Properties in, events out: `kiosk-lang` ({ lang }), `kiosk-start-tour`, `kiosk-staff`.
 */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TourStep } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './usage-view.ts';
import type { UsageStore } from './usage-store.ts';

const LONG_PRESS_MS = 2000;
/** Screen room the dock takes at the bottom in portrait (64 px margin, 64 px buttons, a gap). */
export const DOCK_ROOM = 136;

@customElement('kiosk-overlay')
export class KioskOverlay extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 10;
        pointer-events: none;
        font-size: 20px;
      }
      .dock,
      .caption,
      .veil,
      .corner,
      .staff {
        pointer-events: auto;
      }
      .dock {
        position: absolute;
        left: 50%;
        bottom: 40px;
        transform: translateX(-50%);
        display: flex;
        gap: 16px;
        align-items: center;
      }
      button {
        min-height: 64px;
        min-width: 64px;
        padding: 0 24px;
        font-size: 24px;
        border-radius: 32px;
        box-shadow: var(--atlas-shadow);
      }
      .langs {
        display: flex;
        border-radius: 32px;
        box-shadow: var(--atlas-shadow);
      }
      .langs button {
        box-shadow: none;
      }
      .langs button:first-child {
        border-radius: 32px 0 0 32px;
      }
      .langs button:last-child {
        border-radius: 0 32px 32px 0;
      }
      .langs button[aria-pressed='true'] {
        background: var(--atlas-accent);
        border-color: var(--atlas-accent);
        color: var(--atlas-accent-text);
      }
      .start {
        font-weight: 600;
      }
      /* Landscape: the district fills the middle; the dock waits in the bottom-left corner. */
      @media (orientation: landscape) {
        .dock {
          left: 40px;
          transform: none;
        }
      }
      /* Portrait: the dock sits centred above the attribution line. */
      @media (orientation: portrait) {
        .dock {
          bottom: 64px;
        }
      }
      /* "Still there?": a tap anywhere on the veil keeps the session and reaches nothing below. */
      .veil {
        position: absolute;
        inset: 0;
        z-index: 2;
        display: grid;
        place-items: center;
        background: rgb(0 0 0 / 35%);
      }
      .ask {
        display: grid;
        justify-items: center;
        gap: 28px;
        max-width: min(900px, calc(100vw - 64px));
        padding: 40px 48px;
        background: #fff;
        border-radius: 24px;
        box-shadow: var(--atlas-shadow);
        text-align: center;
      }
      .ask p {
        margin: 0;
        font-size: 36px;
        line-height: 1.35;
        font-weight: 600;
      }
      .ask .stay {
        min-height: 96px;
        min-width: 320px;
        font-size: 36px;
        border-radius: 48px;
      }
      /* Bottom left (the layer list is folded away; no info panel opens during the tour). */
      .caption {
        position: absolute;
        left: 20px;
        bottom: 32px;
        width: min(720px, calc(100vw - 420px));
        padding: 18px 24px 14px;
        background: rgb(255 255 255 / 94%);
        border-radius: 16px;
        box-shadow: var(--atlas-shadow);
      }
      .caption h2 {
        margin: 0 0 6px;
        font-size: 28px;
        line-height: 1.25;
      }
      .caption p {
        margin: 0;
        font-size: 22px;
        line-height: 1.45;
      }
      .caption .note {
        font-size: 0.8em;
        color: var(--atlas-text-muted);
      }
      .caption .hint {
        margin-top: 10px;
        font-size: 16px;
        color: var(--atlas-text-muted);
        display: flex;
        justify-content: space-between;
      }
      /* Portrait: the caption spans the width, above the attribution line. */
      @media (orientation: portrait) {
        .caption {
          right: 20px;
          bottom: 64px;
          width: auto;
        }
      }
      @media (max-width: 720px) {
        .caption {
          right: 20px;
          width: auto;
          bottom: calc(55vh + 20px);
        }
      }
      .corner {
        position: absolute;
        top: 0;
        left: 0;
        width: 56px;
        height: 56px;
      }
      .staff {
        position: absolute;
        left: 8px;
        right: 8px;
        top: 4px;
        font: 12px/1.4 ui-monospace, monospace;
        background: rgb(0 0 0 / 72%);
        color: #fff;
        padding: 2px 8px;
        border-radius: 4px;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        pointer-events: none;
      }
    `,
  ];

  /** The step on screen while the tour plays, or null. */
  @property({ attribute: false }) step: TourStep | null = null;
  @property({ type: Number }) stepNumber = 0;
  @property({ type: Number }) stepCount = 0;
  @property({ type: Boolean }) tourAvailable = false;
  @property({ type: Boolean }) staff = false;
  /** The tour plays as a 3D sand table: its caption says the heights are only for the view. */
  @property({ type: Boolean }) sandTable = false;
  @property() status = '';
  /** Seconds left of the "Still there?" countdown while it shows, or null. */
  @property({ attribute: false }) countdown: number | null = null;
  /** The usage figures, for staff only: set when the kiosk was started with `staff`. */
  @property({ attribute: false }) usage: UsageStore | null = null;
  /** The kiosk controller, for the staff and for browser tests. */
  controller: unknown = null;

  #pressTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#pressTimer);
  }

  #pressStart = () => {
    clearTimeout(this.#pressTimer);
    this.#pressTimer = setTimeout(() => this.emit('kiosk-staff'), LONG_PRESS_MS);
  };

  #pressEnd = () => clearTimeout(this.#pressTimer);

  override render() {
    const lang = this.lang;
    const step = this.step;
    const left = this.countdown;
    return html`
      ${
        left !== null
          ? html`<div class="veil" role="alertdialog" aria-labelledby="ask">
              <div class="ask"><p id="ask" aria-live="assertive">${t(lang, 'kiosk.stillThere', { seconds: left })}</p>
                <button class="stay primary">${t(lang, 'kiosk.stay')}</button></div>
            </div>`
          : nothing
      }
      <div class="corner" aria-hidden="true" @pointerdown=${this.#pressStart} @pointerup=${this.#pressEnd}
        @pointercancel=${this.#pressEnd} @pointerleave=${this.#pressEnd}></div>
      ${this.staff ? html`<div class="staff" role="status">${this.status}</div>` : nothing}
      ${this.staff && this.usage ? html`<kiosk-usage .store=${this.usage}></kiosk-usage>` : nothing}
      ${
        step
          ? html`<section class="caption" aria-live="polite" lang=${lang === 'zh' ? 'zh-CN' : 'en'}>
              <h2>${step.title[lang]}</h2>
              <p>${step.caption[lang]}</p>
              ${this.sandTable ? html`<p class="note">${t(lang, 'kiosk.sandTableNote')}</p>` : nothing}
              <div class="hint"><span>${t(lang, 'kiosk.touchToExplore')}</span>
                <span>${this.stepNumber} / ${this.stepCount}</span></div>
            </section>`
          : html`<div class="dock">
              <div class="langs" role="group" aria-label=${t(lang, 'lang.switchLabel')}>
                <button lang="zh-CN" aria-pressed=${lang === 'zh'} @click=${() => this.emit('kiosk-lang', { lang: 'zh' })}>中文</button>
                <button lang="en" aria-pressed=${lang === 'en'} @click=${() => this.emit('kiosk-lang', { lang: 'en' })}>English</button>
              </div>
              ${
                this.tourAvailable
                  ? html`<button class="start primary" @click=${() => this.emit('kiosk-start-tour')}>
                      ▶ ${t(lang, 'kiosk.startTour')}</button>`
                  : nothing
              }
            </div>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-overlay': KioskOverlay;
  }
}
