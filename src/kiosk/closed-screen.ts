/**
 * The dark screen outside opening hours: both languages at once (nobody is there to choose one),
 * the hours, the closed days and the next opening. A touch anywhere wakes the kiosk
 * (`kiosk-wake`); the touch reaches nothing below. The text block wanders (the kiosk moves it
 * every few minutes) so that no letter stays lit on one spot all night.
 */
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Lang, t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { type OpeningHours, WEEKDAYS } from '../url/opening-hours.ts';
import { formatSpan } from './hours.ts';

const pad = (n: number) => String(n).padStart(2, '0');

@customElement('kiosk-closed')
export class KioskClosed extends AtlasElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      z-index: 20;
      display: grid;
      place-items: center;
      background: #000;
      color: #8a8f98;
      cursor: default;
    }
    :host([hidden]) {
      display: none;
    }
    .text {
      display: grid;
      gap: 18px;
      justify-items: center;
      text-align: center;
      translate: var(--drift-x, 0) var(--drift-y, 0);
      transition: translate 2s ease-in-out;
    }
    h1 {
      margin: 0;
      font-size: 56px;
      font-weight: 500;
      color: #b8bcc4;
    }
    p {
      margin: 0;
      font-size: 26px;
      line-height: 1.4;
    }
    .touch {
      margin-top: 24px;
      font-size: 22px;
      color: #6b7078;
    }
  `;

  @property({ attribute: false }) hours: OpeningHours | null = null;
  /** When the hall opens next, or null. */
  @property({ attribute: false }) next: Date | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // The touch stops here: the screen lifts on its click, so the map below never sees it.
    for (const type of ['pointerdown', 'pointerup', 'touchstart', 'wheel'])
      this.addEventListener(type, this.#swallow, { signal: this.signal });
    this.addEventListener('click', this.#wake, { signal: this.signal });
  }

  #swallow = (e: Event) => e.stopPropagation();

  #wake = (e: Event) => {
    e.stopPropagation();
    this.emit('kiosk-wake');
  };

  /** Moves the text block by up to `range` px each way, at random. */
  drift(range = 80): void {
    const r = () => `${Math.round((Math.random() * 2 - 1) * range)}px`;
    this.style.setProperty('--drift-x', r());
    this.style.setProperty('--drift-y', r());
  }

  #lines(lang: Lang) {
    const h = this.hours;
    const lines: string[] = [];
    if (h && h.open !== h.close) lines.push(t(lang, 'kiosk.closed.hours', { hours: formatSpan(h) }));
    if (h?.closed.length) {
      const sep = lang === 'zh' ? '、' : ', ';
      const days = WEEKDAYS.filter((d) => h.closed.includes(d)).map((d) => t(lang, `kiosk.day.${d}`));
      lines.push(t(lang, 'kiosk.closed.days', { days: days.join(sep) }));
    }
    const n = this.next;
    if (n)
      lines.push(
        t(lang, 'kiosk.closed.next', {
          day: t(lang, `kiosk.day.${WEEKDAYS[n.getDay()]!}`),
          time: `${pad(n.getHours())}:${pad(n.getMinutes())}`,
        }),
      );
    return lines;
  }

  override render() {
    return html`<div class="text" role="status">
      <h1><span lang="zh-CN">${t('zh', 'kiosk.closed.title')}</span> / <span lang="en">${t('en', 'kiosk.closed.title')}</span></h1>
      ${(['zh', 'en'] as const).map(
        (lang) =>
          html`<div lang=${lang === 'zh' ? 'zh-CN' : 'en'}>${this.#lines(lang).map((l) => html`<p>${l}</p>`)}</div>`,
      )}
      <p class="touch">${t('zh', 'kiosk.closed.touch')} · ${t('en', 'kiosk.closed.touch')}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-closed': KioskClosed;
  }
}
