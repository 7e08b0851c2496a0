import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type Message, say, t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';

export interface Notice {
  id: string;
  level: 'warning' | 'error';
  /** One line for everyone, said in the reader's language. */
  summary: Message;
  /** The exact problems, for whoever fixes them: messages, or the validator's own lines. */
  details: readonly (Message | string)[];
  /** What the reader can do about it, e.g. try again. */
  action?: { label: Message; run: () => void };
}

/** Problems the user should know about, stated once, with the details one click away. */
@customElement('notice-banner')
export class NoticeBanner extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .notice {
        margin-bottom: 6px;
        padding: 8px 12px;
        border-left: 4px solid var(--atlas-warn-border);
        background: var(--atlas-warn-bg);
      }
      .notice.error {
        border-color: var(--atlas-error-border);
        background: var(--atlas-error-bg);
      }
      .row {
        display: flex;
        gap: 8px;
        align-items: center;
        justify-content: space-between;
      }
      details {
        font-size: 0.8rem;
        margin-top: 4px;
      }
      /* The app's own font: a monospace font holds no Chinese, which would show as empty boxes. */
      pre {
        font-family: var(--atlas-font);
        font-size: 0.85rem;
        white-space: pre-wrap;
        margin: 4px 0 0;
        max-height: 30vh;
        overflow: auto;
      }
    `,
  ];

  @property({ attribute: false }) notices: readonly Notice[] = [];
  @state() private dismissed = new Set<string>();

  override render() {
    const visible = this.notices.filter((n) => !this.dismissed.has(n.id));
    if (visible.length === 0) return nothing;
    return html`${visible.map(
      (
        n,
      ) => html`<div class="notice card ${n.level}" role=${n.level === 'error' ? 'alert' : 'status'} data-notice=${n.id}>
        <div class="row">
          <span>${say(this.lang, n.summary)}</span>
          ${n.action ? html`<button class="action" @click=${n.action.run}>${say(this.lang, n.action.label)}</button>` : nothing}
          <button @click=${() => (this.dismissed = new Set([...this.dismissed, n.id]))} aria-label=${t(this.lang, 'notice.dismiss')}>×</button>
        </div>
        ${
          n.details.length
            ? html`<details><summary>${t(this.lang, 'notice.details')}</summary><pre>${n.details.map((d) => (typeof d === 'string' ? d : say(this.lang, d))).join('\n')}</pre></details>`
            : nothing
        }
      </div>`,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'notice-banner': NoticeBanner;
  }
}
