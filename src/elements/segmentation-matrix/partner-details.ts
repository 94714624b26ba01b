import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commitOnEnter } from '../../core/fields.js';
import { icons } from '../../core/icons.js';
import { quadrantLabel, quadrantOf } from '../../models/segmentation-matrix/selectors.js';
import type { Partner, SegmentationMatrixDocument } from '../../models/segmentation-matrix/types.js';

export interface DetailsContext {
  doc: SegmentationMatrixDocument;
  partner: Partner;
  readonly: boolean;
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
  const { partner: p, doc } = ctx;
  const extra = Object.entries(p).filter(([k]) => !KNOWN.has(k));
  const segment = doc.segments.find((s) => s.id === p.segment)?.label ?? p.segment;
  const num = (field: 'x' | 'y' | 'size', label: string, optional = false) =>
    ctx.readonly
      ? html`<dt>${label}</dt><dd>${p[field] ?? '—'}</dd>`
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
              if (n === undefined && optional) ctx.update({ [field]: undefined }, `${label} cleared`);
              else if (n === undefined || Number.isNaN(n) || n < 0) el.value = p[field] === undefined ? '' : String(p[field]);
              else ctx.update({ [field]: n }, `${label} changed`);
            }}
        /></label>`;
  return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && ctx.close()}>
    <div class="details-head">
      <h3 id="details-title">${p.name}</h3>
      <button type="button" class="icon" aria-label="Close details" @click=${ctx.close}><span aria-hidden="true">✕</span></button>
    </div>
    ${ctx.readonly
      ? html`<dl>
          <dt>Segment</dt>
          <dd>${segment}</dd>
          ${num('x', doc.axes.x.label || 'x')} ${num('y', doc.axes.y.label || 'y')}
          <dt>Quadrant</dt>
          <dd>${quadrantLabel(doc, quadrantOf(p))}</dd>
          ${num('size', 'Size')}
          <dt>Notes</dt>
          <dd class="notes">${p.notes || '—'}</dd>
        </dl>`
      : html`<div class="fields">
          <label class="wide"
            >Name
            <textarea
              rows="1"
              class="details-name"
              .value=${live(p.name)}
              @input=${ctx.markDirty}
              @keydown=${commitOnEnter}
              @change=${(e: Event) => {
                const name = ctx.text(e).trim();
                if (name) ctx.update({ name }, 'Name changed');
                else (e.target as HTMLTextAreaElement).value = p.name;
              }}
            ></textarea>
          </label>
          <label class="wide"
            >Segment
            <select @change=${(e: Event) => ctx.update({ segment: (e.target as HTMLSelectElement).value }, 'Segment changed')}>
              ${doc.segments.map((s) => html`<option value=${s.id} ?selected=${s.id === p.segment}>${s.label}</option>`)}
            </select>
          </label>
          ${num('x', doc.axes.x.label || 'x')} ${num('y', doc.axes.y.label || 'y')} ${num('size', 'Size', true)}
          <p class="quadrant-note">Quadrant: <strong>${quadrantLabel(doc, quadrantOf(p))}</strong></p>
          <label class="wide"
            >Notes
            <textarea
              rows="3"
              .value=${live(p.notes ?? '')}
              @input=${ctx.markDirty}
              @change=${(e: Event) => ctx.update({ notes: ctx.text(e) || undefined }, 'Notes changed')}
            ></textarea>
          </label>
        </div>`}
    ${extra.length
      ? html`<dl class="extra">
          <div class="extra-title">Other fields (kept as they are)</div>
          ${extra.map(([k, v]) => html`<dt>${k}</dt><dd><code>${JSON.stringify(v)}</code></dd>`)}
        </dl>`
      : nothing}
    ${ctx.readonly
      ? nothing
      : html`<div class="details-actions">
          <button type="button" @click=${ctx.duplicate}>${icons.copy} Duplicate</button>
          <button type="button" class="danger" @click=${ctx.remove}>${icons.trash} Delete</button>
        </div>`}
  </section>`;
}
