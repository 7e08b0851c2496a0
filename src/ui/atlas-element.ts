/**
 * The base of the atlas's elements. It takes the reader's language from the shell's context, so
 * no parent passes it down by hand, and it tears down on disconnect whatever the element
 * registered with `own()` (store subscriptions, listeners, timers): an element left connected
 * for weeks on a kiosk, or reconnected a thousand times, holds nothing it no longer needs.
 */
import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { langContext } from '../i18n/context.ts';
import type { Lang } from '../i18n/i18n.ts';

export class AtlasElement extends LitElement {
  /** The reader's language; from the shell's context, or set directly outside it. */
  @consume({ context: langContext, subscribe: true })
  @property({ attribute: false })
  override lang: Lang = 'zh';

  #teardown: (() => void)[] = [];
  #signal: AbortController | null = null;

  /** Registers what to undo when the element disconnects; returns it, for an earlier undo. */
  protected own(teardown: () => void): () => void {
    this.#teardown.push(teardown);
    return teardown;
  }

  /** An abort signal for listeners (`{ signal }`), aborted when the element disconnects. */
  protected get signal(): AbortSignal {
    this.#signal ??= new AbortController();
    return this.#signal.signal;
  }

  protected emit(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const undo of this.#teardown.splice(0).reverse()) undo();
    this.#signal?.abort();
    this.#signal = null;
  }
}
