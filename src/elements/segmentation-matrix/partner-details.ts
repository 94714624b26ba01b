import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commitOnEnter } from '../../core/fields.js';
import { formatNumber, type Translate } from '../../core/i18n.js';
import { icons } from '../../core/icons.js';
import { quadrantLabel, quadrantOf } from '../../models/segmentation-matrix/selectors.js';
import type { Partner, SegmentationMatrixDocument } from '../../models/segmentation-matrix/types.js';

export interface DetailsContext {
  doc: SegmentationMatrixDocument;
  partner: Partner;
  readonly: boolean;
  t: Translate;
  update: (patch: Partial<Partner>, what: string) => void;
  duplicate: () => void;
  remove: () => void;
  close: () => void;
  markDirty: (e: Event) => void;
  text: (e: Event) => string;
}

const KNOWN = new Set(['id', 'name', 'segment', 'x', 'y', 'size', 'notes']);

/** A chosen partner in full: every field, including ones this library does not know (shown, never dropped). */
export function renderDetails(ctx: DetailsContext): TemplateResult {
  const { partner: p, doc, t } = ctx;
  const extra = Object.entries(p).filter(([k]) => !KNOWN.has(k));
  const segment = doc.segments.find((s) => s.id === p.segment)?.label ?? p.segment;
  const num = (field: 'x' | 'y' | 'size', label: string, optional = false) =>
    ctx.readonly
      ? html`<dt>${label}</dt><dd>${p[field] === undefined ? '—' : formatNumber(t.locale, p[field])}</dd>`
      : html`<label
          >${label}
          <input
            type="number"
            min="0"
            max=${field === 'size' ? nothing : 100}
            step=${field === 'size' ? 'any' : 1}
            .value=${live(p[field] === undefined ? '' : String(p[field]))}
            @change=${(e: Event) => {
              const el = e.target as HTMLInputElement;
              const n = el.value === '' ? undefined : el.valueAsNumber;
              if (n === undefined && optional) ctx.update({ [field]: undefined }, t('matrix.changed.cleared', { field: label }));
              else if (n === undefined || Number.isNaN(n) || n < 0) el.value = p[field] === undefined ? '' : String(p[field]);
              else ctx.update({ [field]: n }, t('matrix.changed.field', { field: label }));
            }}
        /></label>`;
  return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && ctx.close()}>
    <div class="details-head">
      <h3 id="details-title">${p.name}</h3>
      <button type="button" class="icon" aria-label=${t('matrix.details.close')} @click=${ctx.close}><span aria-hidden="true">✕</span></button>
    </div>
    ${ctx.readonly
      ? html`<dl>
          <dt>${t('matrix.field.segment')}</dt>
          <dd>${segment}</dd>
          ${num('x', doc.axes.x.label || t('matrix.axis.x'))} ${num('y', doc.axes.y.label || t('matrix.axis.y'))}
          <dt>${t('matrix.field.quadrant')}</dt>
          <dd>${quadrantLabel(doc, quadrantOf(p))}</dd>
          ${num('size', t('matrix.field.size'))}
          <dt>${t('matrix.field.notes')}</dt>
          <dd class="notes">${p.notes || '—'}</dd>
        </dl>`
      : html`<div class="fields">
          <label class="wide"
            >${t('matrix.field.name')}
            <textarea
              rows="1"
              class="details-name"
              .value=${live(p.name)}
              @input=${ctx.markDirty}
              @keydown=${commitOnEnter}
              @change=${(e: Event) => {
                const name = ctx.text(e).trim();
                if (name) ctx.update({ name }, t('matrix.changed.name'));
                else (e.target as HTMLTextAreaElement).value = p.name;
              }}
            ></textarea>
          </label>
          <label class="wide"
            >${t('matrix.field.segment')}
            <select @change=${(e: Event) => ctx.update({ segment: (e.target as HTMLSelectElement).value }, t('matrix.changed.segment'))}>
              ${doc.segments.map((s) => html`<option value=${s.id} ?selected=${s.id === p.segment}>${s.label}</option>`)}
            </select>
          </label>
          ${num('x', doc.axes.x.label || t('matrix.axis.x'))} ${num('y', doc.axes.y.label || t('matrix.axis.y'))} ${num('size', t('matrix.field.size'), true)}
          <p class="quadrant-note">${quadrantNote(t, quadrantLabel(doc, quadrantOf(p)))}</p>
          <label class="wide"
            >${t('matrix.field.notes')}
            <textarea
              rows="3"
              .value=${live(p.notes ?? '')}
              @input=${ctx.markDirty}
              @change=${(e: Event) => ctx.update({ notes: ctx.text(e) || undefined }, t('matrix.changed.notes'))}
            ></textarea>
          </label>
        </div>`}
    ${extra.length
      ? html`<dl class="extra">
          <div class="extra-title">${t('matrix.details.extra')}</div>
          ${extra.map(([k, v]) => html`<dt>${k}</dt><dd><code>${JSON.stringify(v)}</code></dd>`)}
        </dl>`
      : nothing}
    ${ctx.readonly
      ? nothing
      : html`<div class="details-actions">
          <button type="button" @click=${ctx.duplicate}>${icons.copy} ${t('matrix.details.duplicate')}</button>
          <button type="button" class="danger" @click=${ctx.remove}>${icons.trash} ${t('matrix.delete')}</button>
        </div>`}
  </section>`;
}

/** "Quadrant: <strong>Monitor</strong>", with the words around the quadrant in the locale's order. */
function quadrantNote(t: Translate, quadrant: string): TemplateResult {
  return html`${t.rich('matrix.details.quadrantIs', {}, { quadrant: html`<strong>${quadrant}</strong>` })}`;
}
