import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, type Translate } from '../../core/i18n.js';
import { icons } from '../../core/icons.js';
import type { MatrixLayout } from '../../models/segmentation-matrix/layout.js';
import { segmentColor, segmentUsage } from '../../models/segmentation-matrix/selectors.js';
import type { Segment, SegmentationMatrixDocument } from '../../models/segmentation-matrix/types.js';

export interface LegendContext {
  doc: SegmentationMatrixDocument;
  layout: MatrixLayout;
  readonly: boolean;
  t: Translate;
  hidden: ReadonlySet<string>;
  toggle: (id: string) => void;
  update: (id: string, patch: Partial<Segment>, what: string) => void;
  add: () => void;
  remove: (id: string) => void;
  markDirty: (e: Event) => void;
  text: (e: Event) => string;
}

/** The legend: each segment's colour and shape, its count, a show/hide toggle and, when editing, its name and colour. */
export function renderLegend(ctx: LegendContext): TemplateResult {
  const { t } = ctx;
  const used = segmentUsage(ctx.doc);
  const hideHint = t('matrix.legend.hide');
  const showHint = t('matrix.legend.show');
  return html`<div class="legend" part="legend">
    <ul aria-label=${t('matrix.legend.label')}>
      ${ctx.doc.segments.map((s) => {
        const color = segmentColor(ctx.doc.segments, s.id);
        const count = used.get(s.id) ?? 0;
        const shown = !ctx.hidden.has(s.id);
        return html`<li data-segment=${s.id}>
          <label class="toggle" title=${shown ? hideHint : showHint}>
            <input type="checkbox" data-view .checked=${shown} @change=${() => ctx.toggle(s.id)} aria-label=${t('matrix.legend.showNamed', { label: s.label })} />
            <svg class="symbol" viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true">${svg`<path d=${ctx.layout.segmentSymbol(s.id, 90)} fill=${color}></path>`}</svg>
          </label>
          ${ctx.readonly
            ? html`<span class="segment-name">${s.label}</span>`
            : html`<input
                  class="segment-name"
                  aria-label=${t('matrix.legend.nameOf', { label: s.label })}
                  .value=${live(s.label)}
                  @input=${ctx.markDirty}
                  @change=${(e: Event) => ctx.update(s.id, { label: ctx.text(e).trim() || s.label }, t('matrix.legend.renamed'))}
                />
                <input
                  type="color"
                  aria-label=${t('matrix.legend.colourOf', { label: s.label })}
                  .value=${live(expandHex(color))}
                  @change=${(e: Event) => ctx.update(s.id, { color: (e.target as HTMLInputElement).value }, t('matrix.legend.recoloured'))}
                />`}
          <span class="segment-count" aria-label=${t('matrix.partners.count', { count })}>${formatNumber(t.locale, count)}</span>
          ${ctx.readonly
            ? nothing
            : html`<button
                type="button"
                class="icon danger"
                aria-label=${count ? t('matrix.legend.inUse', { label: s.label, count }) : t('matrix.legend.delete', { label: s.label })}
                aria-disabled=${count ? 'true' : 'false'}
                title=${t(count ? 'matrix.legend.inUseHint' : 'matrix.legend.deleteHint')}
                @click=${() => count || ctx.remove(s.id)}
              >
                ${icons.trash}
              </button>`}
        </li>`;
      })}
    </ul>
    ${ctx.readonly ? nothing : html`<button type="button" class="add-segment" @click=${ctx.add}>${icons.plus} ${t('matrix.legend.add')}</button>`}
  </div>`;
}

/** `<input type=color>` reads and writes only `#rrggbb`. */
const expandHex = (c: string): string => (c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c).toLowerCase();
