import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { commitOnEnter } from '../../core/fields.js';
import { icons } from '../../core/icons.js';
import { quadrantLabel, quadrantOf } from '../../models/segmentation-matrix/selectors.js';
import type { Partner, SegmentationMatrixDocument } from '../../models/segmentation-matrix/types.js';

export interface TableContext {
  doc: SegmentationMatrixDocument;
  readonly: boolean;
  hidden: ReadonlySet<string>;
  selectedId: string | null;
  update: (id: string, patch: Partial<Partner>, what: string) => void;
  remove: (id: string) => void;
  select: (id: string) => void;
  markDirty: (e: Event) => void;
  text: (e: Event) => string;
}

/** A number field's committed value, or undefined when it is empty or not a number. */
const numberOf = (e: Event): number | undefined => {
  const el = e.target as HTMLInputElement;
  return el.value === '' || Number.isNaN(el.valueAsNumber) ? undefined : el.valueAsNumber;
};

function row(p: Partner, ctx: TableContext): TemplateResult {
  const { doc } = ctx;
  const q = quadrantLabel(doc, quadrantOf(p));
  const segment = doc.segments.find((s) => s.id === p.segment)?.label ?? p.segment;
  if (ctx.readonly) {
    return html`<tr data-id=${p.id} part="row">
      <th scope="row">${p.name}</th>
      <td data-label="Segment">${segment}</td>
      <td class="num" data-label=${doc.axes.x.label || 'x'}>${p.x}</td>
      <td class="num" data-label=${doc.axes.y.label || 'y'}>${p.y}</td>
      <td data-label="Quadrant">${q}</td>
      <td class="num" data-label="Size">${p.size ?? '—'}</td>
      <td class="wide" data-label="Notes">${p.notes ?? ''}</td>
    </tr>`;
  }
  const coordinate = (axis: 'x' | 'y') => html`<input
    type="number"
    min="0"
    max="100"
    step="1"
    aria-label=${`${doc.axes[axis].label || axis} of ${p.name}`}
    .value=${live(String(p[axis]))}
    @change=${(e: Event) => {
      const n = numberOf(e);
      if (n === undefined) (e.target as HTMLInputElement).value = String(p[axis]);
      else ctx.update(p.id, { [axis]: n }, `${p.name} moved`);
    }}
  />`;
  return html`<tr data-id=${p.id} part="row" class=${p.id === ctx.selectedId ? 'selected' : ''}>
    <th scope="row">
      <textarea
        rows="1"
        class="name"
        aria-label="Partner name"
        .value=${live(p.name)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${(e: Event) => {
          const name = ctx.text(e).trim();
          if (name) ctx.update(p.id, { name }, 'Name changed');
          else (e.target as HTMLTextAreaElement).value = p.name;
        }}
      ></textarea>
    </th>
    <td data-label="Segment">
      <select aria-label=${`Segment of ${p.name}`} @change=${(e: Event) => ctx.update(p.id, { segment: (e.target as HTMLSelectElement).value }, 'Segment changed')}>
        ${doc.segments.map((s) => html`<option value=${s.id} ?selected=${s.id === p.segment}>${s.label}</option>`)}
      </select>
    </td>
    <td class="num" data-label=${doc.axes.x.label || 'x'}>${coordinate('x')}</td>
    <td class="num" data-label=${doc.axes.y.label || 'y'}>${coordinate('y')}</td>
    <td data-label="Quadrant">${q}</td>
    <td class="num" data-label="Size">
      <input
        type="number"
        min="0"
        step="any"
        aria-label=${`Size of ${p.name}`}
        placeholder="—"
        .value=${live(p.size === undefined ? '' : String(p.size))}
        @change=${(e: Event) => {
          const n = numberOf(e);
          ctx.update(p.id, { size: n !== undefined && n >= 0 ? n : undefined }, 'Size changed');
        }}
      />
    </td>
    <td class="wide" data-label="Notes">
      <textarea
        rows="1"
        aria-label=${`Notes on ${p.name}`}
        placeholder="Notes"
        .value=${live(p.notes ?? '')}
        @input=${ctx.markDirty}
        @change=${(e: Event) => ctx.update(p.id, { notes: ctx.text(e) || undefined }, 'Notes changed')}
      ></textarea>
    </td>
    <td class="actions">
      <button type="button" class="icon" aria-label=${`Show details of ${p.name}`} title="Details" @click=${() => ctx.select(p.id)}>
        <span aria-hidden="true">⋯</span>
      </button>
      <button type="button" class="icon danger" aria-label=${`Delete ${p.name}`} title="Delete" @click=${() => ctx.remove(p.id)}>${icons.trash}</button>
    </td>
  </tr>`;
}

/** The same partners as the chart, as an editable table: the path for screen readers and exact numbers. */
export function renderPartnerTable(ctx: TableContext): TemplateResult {
  const { doc } = ctx;
  const rows = doc.partners.filter((p) => !ctx.hidden.has(p.segment));
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Partners table">
    <table part="table" class="cards">
      <caption class="visually-hidden">Partners${ctx.hidden.size ? ' (some segments hidden)' : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Segment</th>
          <th scope="col" class="num">${doc.axes.x.label || 'x'}</th>
          <th scope="col" class="num">${doc.axes.y.label || 'y'}</th>
          <th scope="col">Quadrant</th>
          <th scope="col" class="num">Size</th>
          <th scope="col">Notes</th>
          ${ctx.readonly ? nothing : html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}
        </tr>
      </thead>
      <tbody>
        ${repeat(rows, (p) => p.id, (p) =>
          // A row renders again only when its partner or what every row shows changes (handlers read the current document).
          guard([p, doc.segments, doc.axes, doc.quadrants, ctx.readonly, p.id === ctx.selectedId], () => row(p, ctx)),
        )}
      </tbody>
    </table>
  </div>`;
}
