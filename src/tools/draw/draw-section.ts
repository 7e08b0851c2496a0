import { consume } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { storeContext } from '../../app/context.ts';
import type { AppState, DrawMode, Store } from '../../app/store.ts';
import { measureShape, runningTotals, type ShapeMeasure } from '../../geo/shape-measures.ts';
import type { DrawnShape } from '../../geo/shapes.ts';
import { type MessageKey, t } from '../../i18n/i18n.ts';
import { AtlasElement } from '../../ui/atlas-element.ts';
import { sharedStyles } from '../../ui/shared-styles.ts';
import { formatArea, formatLength } from '../format-measure.ts';
import type { PlannerSession } from '../session.ts';
import { toolsStyles } from '../tools-styles.ts';

const MODES: { mode: DrawMode; label: MessageKey }[] = [
  { mode: 'polygon', label: 'tools.draw.polygon' },
  { mode: 'line', label: 'tools.draw.line' },
  { mode: 'point', label: 'tools.draw.point' },
  { mode: 'select', label: 'tools.draw.select' },
];

/** Draw and measure: mode buttons, live measures of the shape being drawn, the shapes and their total. */
@customElement('draw-section')
export class DrawSection extends AtlasElement {
  static override styles = [sharedStyles, toolsStyles];

  @property({ attribute: false }) session?: PlannerSession;
  /** Modes are the store's `drawMode`: the map follows it. */
  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;

  #off?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#off?.();
    this.#off = undefined;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('session')) this.#attach();
  }

  #attach() {
    this.#off?.();
    this.#off = this.session?.draw.onChange(() => this.requestUpdate());
  }

  #label(shape: DrawnShape, i: number): string {
    return t(this.lang, `tools.draw.${shape.kind}.n` as const, { n: i + 1 });
  }

  #measureText(shape: Pick<DrawnShape, 'kind' | 'coords'>, m: ShapeMeasure): string {
    const lang = this.lang;
    if (shape.kind === 'polygon' && m.selfIntersecting) return t(lang, 'tools.draw.selfIntersecting');
    if (shape.kind === 'polygon')
      return t(lang, 'tools.draw.areaPerimeter', {
        area: formatArea(m.areaM2, lang),
        perimeter: formatLength(m.lengthM, lang),
      });
    if (shape.kind === 'line') return t(lang, 'tools.draw.length', { length: formatLength(m.lengthM, lang) });
    const [lon, lat] = shape.coords[0];
    return `${lat.toFixed(5)}°N ${lon.toFixed(5)}°E`;
  }

  /** A shape's measures, flagged when its edges cross, in the element `wrap` makes. */
  #measureCell(
    shape: Pick<DrawnShape, 'kind' | 'coords'>,
    wrap: (m: ShapeMeasure, text: string) => TemplateResult,
  ): TemplateResult {
    const m = measureShape(shape);
    return wrap(m, this.#measureText(shape, m));
  }

  override render() {
    const draw = this.session?.draw;
    if (!draw) return nothing;
    const lang = this.lang;
    const drawing = draw.drawing;
    const totals = runningTotals(draw.shapes);
    const counters = { polygon: 0, line: 0, point: 0 };
    return html`
      <div class="row" role="toolbar" aria-label=${t(lang, 'tools.draw.modes')}>
        ${MODES.map(
          (
            m,
          ) => html`<button data-mode=${m.mode} aria-pressed=${draw.mode === m.mode} @click=${() => this.store?.set({ drawMode: m.mode })}>
            ${t(lang, m.label)}
          </button>`,
        )}
      </div>
      <p class="hint">${t(lang, draw.mode === 'select' ? 'tools.draw.hintSelect' : 'tools.draw.hint')}</p>
      <div class="row">
        <button class="finish" ?disabled=${!drawing} @click=${() => draw.finish()}>${t(lang, 'tools.draw.finish')}</button>
        <button class="undo" ?disabled=${!draw.canUndo} @click=${() => draw.undo()}>${t(lang, 'tools.draw.undo')}</button>
        <button class="delete" ?disabled=${!draw.selected} @click=${() => draw.deleteSelected()}>${t(lang, 'tools.draw.delete')}</button>
        <button class="clear" ?disabled=${draw.shapes.length === 0} @click=${() => draw.clear()}>${t(lang, 'tools.draw.clear')}</button>
      </div>
      <div class="live" aria-live="polite">
        ${
          drawing && drawing.coords.length >= 2
            ? this.#measureCell(
                drawing,
                (m, text) =>
                  html`<p class="measure live-measure ${m.selfIntersecting ? 'error' : ''}">${text}</p>`,
              )
            : nothing
        }
      </div>
      ${
        draw.shapes.length > 0
          ? html`<h3>${t(lang, 'tools.draw.shapes')}</h3>
            <table class="shapes">
              <tbody>
                ${draw.shapes.map((s) => {
                  const n = counters[s.kind]++;
                  return html`<tr data-id=${s.id} aria-selected=${draw.selected?.id === s.id}>
                    <td><button class="link" @click=${() => {
                      this.store?.set({ drawMode: 'select' });
                      draw.select(s.id);
                    }}>${this.#label(s, n)}</button></td>
                    ${this.#measureCell(s, (m, text) => html`<td class="num shape-measure ${m.selfIntersecting ? 'error' : ''}">${text}</td>`)}
                  </tr>`;
                })}
              </tbody>
            </table>
            <h3>${t(lang, 'tools.draw.total')}</h3>
            <p class="measure total">
              ${totals.polygons > 0 ? html`<span class="total-area">${t(lang, 'tools.draw.totalArea', { n: totals.polygons, area: formatArea(totals.areaM2, lang), perimeter: formatLength(totals.perimeterM, lang) })}</span><br />` : nothing}
              ${totals.lines > 0 ? html`<span class="total-length">${t(lang, 'tools.draw.totalLength', { n: totals.lines, length: formatLength(totals.lengthM, lang) })}</span><br />` : nothing}
              ${totals.points > 0 ? html`<span>${t(lang, 'tools.draw.totalPoints', { n: totals.points })}</span>` : nothing}
            </p>
            <p class="hint">${t(lang, 'tools.draw.ellipsoid')}</p>`
          : nothing
      }
    `;
  }
}
