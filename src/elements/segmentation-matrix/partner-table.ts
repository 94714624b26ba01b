import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { commitOnEnter } from '../../core/fields.js';
import { formatNumber, type Translate } from '../../core/i18n.js';
import { icons } from '../../core/icons.js';
import { quadrantLabel, quadrantOf } from '../../models/segmentation-matrix/selectors.js';
import type { Partner, SegmentationMatrixDocument } from '../../models/segmentation-matrix/types.js';
import { cardLabels } from '../../core/card-labels.js';

export interface TableContext {
  doc: SegmentationMatrixDocument;
  /**
   * The partners listed (a page of the document's, without hidden segments), in order. The table renders again
   * only when this array, or what every row shows, changes: pass the same array while the rows are the same.
   */
  rows: readonly Partner[];
  readonly: boolean;
  t: Translate;
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

/** The words every row shows, read once per render. */
interface RowStrings {
  segment: string;
  quadrant: string;
  size: string;
  notes: string;
  x: string;
  y: string;
  partnerName: string;
  details: string;
  delete: string;
}

function rowStrings(ctx: TableContext): RowStrings {
  const { t, doc } = ctx;
  return {
    segment: t('matrix.field.segment'),
    quadrant: t('matrix.field.quadrant'),
    size: t('matrix.field.size'),
    notes: t('matrix.field.notes'),
    x: doc.axes.x.label || t('matrix.axis.x'),
    y: doc.axes.y.label || t('matrix.axis.y'),
    partnerName: t('matrix.table.partnerName'),
    details: t('matrix.table.details'),
    delete: t('matrix.delete'),
  };
}

function row(p: Partner, ctx: TableContext, s: RowStrings): TemplateResult {
  const { doc, t } = ctx;
  const num = (n: number) => formatNumber(t.locale, n);
  const q = quadrantLabel(doc, quadrantOf(p));
  const segment = doc.segments.find((s) => s.id === p.segment)?.label ?? p.segment;
  if (ctx.readonly) {
    return html`<tr data-id=${p.id} part="row">
      <th scope="row">${p.name}</th>
      <td data-col="1">${segment}</td>
      <td class="num" data-col="2">${num(p.x)}</td>
      <td class="num" data-col="3">${num(p.y)}</td>
      <td data-col="4">${q}</td>
      <td class="num" data-col="5">${p.size === undefined ? '—' : num(p.size)}</td>
      <td class="wide" data-col="6">${p.notes ?? ''}</td>
    </tr>`;
  }
  const coordinate = (axis: 'x' | 'y') => html`<input
    type="number"
    min="0"
    max="100"
    step="1"
    aria-label=${t('matrix.table.coordinateOf', { axis: s[axis], name: p.name })}
    .value=${live(String(p[axis]))}
    @change=${(e: Event) => {
      const n = numberOf(e);
      if (n === undefined) (e.target as HTMLInputElement).value = String(p[axis]);
      else ctx.update(p.id, { [axis]: n }, t('matrix.moved.table', { name: p.name }));
    }}
  />`;
  return html`<tr data-id=${p.id} part="row" class=${p.id === ctx.selectedId ? 'selected' : ''}>
    <th scope="row">
      <textarea
        rows="1"
        class="name"
        aria-label=${s.partnerName}
        .value=${live(p.name)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${(e: Event) => {
          const name = ctx.text(e).trim();
          if (name) ctx.update(p.id, { name }, t('matrix.changed.name'));
          else (e.target as HTMLTextAreaElement).value = p.name;
        }}
      ></textarea>
    </th>
    <td data-col="1">
      <select
        aria-label=${t('matrix.table.segmentOf', { name: p.name })}
        @change=${(e: Event) => ctx.update(p.id, { segment: (e.target as HTMLSelectElement).value }, t('matrix.changed.segment'))}
      >
        ${doc.segments.map((s) => html`<option value=${s.id} ?selected=${s.id === p.segment}>${s.label}</option>`)}
      </select>
    </td>
    <td class="num" data-col="2">${coordinate('x')}</td>
    <td class="num" data-col="3">${coordinate('y')}</td>
    <td data-col="4">${q}</td>
    <td class="num" data-col="5">
      <input
        type="number"
        min="0"
        step="any"
        aria-label=${t('matrix.table.sizeOf', { name: p.name })}
        placeholder="—"
        .value=${live(p.size === undefined ? '' : String(p.size))}
        @change=${(e: Event) => {
          const n = numberOf(e);
          ctx.update(p.id, { size: n !== undefined && n >= 0 ? n : undefined }, t('matrix.changed.size'));
        }}
      />
    </td>
    <td class="wide" data-col="6">
      <textarea
        rows="1"
        aria-label=${t('matrix.table.notesOn', { name: p.name })}
        placeholder=${s.notes}
        .value=${live(p.notes ?? '')}
        @input=${ctx.markDirty}
        @change=${(e: Event) => ctx.update(p.id, { notes: ctx.text(e) || undefined }, t('matrix.changed.notes'))}
      ></textarea>
    </td>
    <td class="actions">
      <button type="button" class="icon" aria-label=${t('matrix.table.detailsOf', { name: p.name })} title=${s.details} @click=${() => ctx.select(p.id)}>
        <span aria-hidden="true">⋯</span>
      </button>
      <button type="button" class="icon danger" aria-label=${t('matrix.table.deleteOf', { name: p.name })} title=${s.delete} @click=${() => ctx.remove(p.id)}>${icons.trash}</button>
    </td>
  </tr>`;
}

/**
 * The same partners as the chart, as an editable table: the path for screen readers and exact numbers.
 * Behind a guard: a change that touches none of its rows (a point moved further down the list than the table
 * shows) does not walk the table at all. Handlers read the current document when they run, not the one here.
 */
export function renderPartnerTable(ctx: TableContext): unknown {
  const { doc } = ctx;
  return guard([ctx.rows, doc.segments, doc.axes, doc.quadrants, ctx.readonly, ctx.selectedId, ctx.t, ctx.hidden], () => table(ctx));
}

function table(ctx: TableContext): TemplateResult {
  const { doc, t, rows } = ctx;
  const s = rowStrings(ctx);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('matrix.table.region')}>
    <table part="table" class="cards" ${cardLabels([s.segment, s.x, s.y, s.quadrant, s.size, s.notes])}>
      <caption class="visually-hidden">${t(ctx.hidden.size ? 'matrix.table.captionFiltered' : 'matrix.table.title')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('matrix.field.partner')}</th>
          <th scope="col">${s.segment}</th>
          <th scope="col" class="num">${s.x}</th>
          <th scope="col" class="num">${s.y}</th>
          <th scope="col">${s.quadrant}</th>
          <th scope="col" class="num">${s.size}</th>
          <th scope="col">${s.notes}</th>
          ${ctx.readonly ? nothing : html`<th scope="col"><span class="visually-hidden">${t('matrix.table.actions')}</span></th>`}
        </tr>
      </thead>
      <tbody>
        ${repeat(rows, (p) => p.id, (p) =>
          // A row renders again only when its partner or what every row shows changes (handlers read the current document).
          guard([p, doc.segments, doc.axes, doc.quadrants, ctx.readonly, p.id === ctx.selectedId, t], () => row(p, ctx, s)),
        )}
      </tbody>
    </table>
  </div>`;
}
