import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate, type MessageKey } from '../../core/i18n.js';
import { hasResidual, inherentScore, isOverdue, residualScore, riskBand } from '../../models/risk-register/selectors.js';
import type { BandThresholds, Risk } from '../../models/risk-register/types.js';
import { icons } from '../../core/icons.js';
import { fieldLabels } from '../../core/field-labels.js';
import { commitOnEnter } from '../../core/fields.js';
import type { RiskLabels } from './labels.js';
import { selectOptions } from './select-options.js';

export interface RowContext {
  readonly: boolean;
  bands: BandThresholds;
  today: string;
  /** The labels in the worksheet's locale (a new object when the locale changes, so every row renders again). */
  labels: RiskLabels;
  /** The risk with this id in the current document. */
  find: (id: string) => Risk | undefined;
  /** Commits a change; `what` names it for the undo history and is written in the locale when it happens. */
  update: (id: string, patch: Partial<Risk>, what: MessageKey) => void;
  setResidual: (id: string, rating: { likelihood: number; impact: number } | undefined) => void;
  duplicate: (id: string) => void;
  remove: (id: string) => void;
  markDirty: (e: Event) => void;
  text: (e: Event) => string;
}

/** A score badge's band and words (written into the row's own template: one template per row renders fastest). */
function badge(score: number | undefined, bands: BandThresholds, L: RiskLabels): { band: string; text: string } {
  if (score === undefined) return { band: 'none', text: L.notRated };
  const band = riskBand(score, bands);
  return { band, text: L.badge(L.num(score), L.band[band]) };
}

const shown = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/**
 * One risk as a table row: every field editable inline, or shown as text in review mode. The row binds no listeners:
 * its fields say what they edit (`data-field`, `data-action`) and the table's listeners act on that (`rowEvents`),
 * which saves a thousand-row register twenty thousand listeners. The cells' card labels (`data-col`) are set once on
 * the table (`cardLabels`).
 */
export function renderRiskRow(risk: Risk, ctx: RowContext): TemplateResult {
  const L = ctx.labels;
  const OPTIONS = L.options;
  const name = risk.title || L.untitledRisk;
  const overdue = isOverdue(risk, ctx.today);
  const inherent = badge(inherentScore(risk), ctx.bands, L);
  const after = badge(residualScore(risk), ctx.bands, L);
  if (ctx.readonly) {
    return html`<tr part="row" data-id=${risk.id}>
      <th scope="row" class="risk">
        <span class="title">${risk.title}</span>
        <span class="category">${L.category[risk.category]}</span>
        ${risk.description ? html`<span class="description">${risk.description}</span>` : nothing}
      </th>
      <td class="rating" data-col="1"><span>${L.num(risk.likelihood)} × ${L.num(risk.impact)}</span> <span class="badge" data-band=${inherent.band}>${inherent.text}</span></td>
      <td class="rating" data-col="2">
        ${hasResidual(risk) ? html`<span>${L.num(risk.residualLikelihood!)} × ${L.num(risk.residualImpact!)}</span>` : nothing} <span class="badge" data-band=${after.band}>${after.text}</span>
      </td>
      <td class="wide" data-col="3"><strong>${L.response[risk.response]}</strong>${risk.mitigation ? html`<span class="description">${risk.mitigation}</span>` : nothing}</td>
      <td data-col="4">${risk.owner || '—'}</td>
      <td data-col="5">
        <span class="status" data-status=${risk.status}>${L.status[risk.status]}</span>
        <span class="date">${risk.reviewDate ? L.review(formatDate(L.locale, risk.reviewDate)) : L.noReview}</span>
        ${overdue ? html`<span class="overdue">${icons.warning} ${L.overdue}</span>` : nothing}
      </td>
    </tr>`;
  }

  return html`<tr part="row" data-id=${risk.id} ${fieldLabels(name, L.field)}>
    <th scope="row" class="risk">
      <textarea
        class="title"
        rows="1"
        data-field="title"
        required
        .value=${live(risk.title)}
      ></textarea>
      <select
        data-field="category"
        ${selectOptions(OPTIONS.category, risk.category)}
      ></select>
      <textarea
        class="description"
        rows="2"
        data-field="description"
        placeholder=${L.description}
        .value=${live(risk.description)}
      ></textarea>
    </th>
    <td class="rating" data-col="1">
      <span class="pair">
        <select
          data-field="likelihood"
          ${selectOptions(OPTIONS.rating, shown(risk.likelihood))}
        ></select>
        <span aria-hidden="true">×</span>
        <select
          data-field="impact"
          ${selectOptions(OPTIONS.rating, shown(risk.impact))}
        ></select>
      </span>
      <span class="badge" data-band=${inherent.band}>${inherent.text}</span>
    </td>
    <td class="rating" data-col="2">
      <span class="pair">
        <select
          data-field="residualLikelihood"
          ${selectOptions(OPTIONS.residual, shown(risk.residualLikelihood))}
        ></select>
        <span aria-hidden="true">×</span>
        <select
          data-field="residualImpact"
          ${selectOptions(OPTIONS.residual, shown(risk.residualImpact))}
        ></select>
      </span>
      <span class="badge" data-band=${after.band}>${after.text}</span>
    </td>
    <td class="wide" data-col="3">
      <select
        data-field="response"
        ${selectOptions(OPTIONS.response, risk.response)}
      ></select>
      <textarea
        rows="2"
        data-field="mitigation"
        placeholder=${L.mitigation}
        .value=${live(risk.mitigation)}
      ></textarea>
    </td>
    <td data-col="4">
      <textarea
        class="owner"
        rows="1"
        data-field="owner"
        placeholder=${L.owner}
        .value=${live(risk.owner)}
      ></textarea>
    </td>
    <td data-col="5">
      <select
        data-field="status"
        ${selectOptions(OPTIONS.status, risk.status)}
      ></select>
      <input
        type="date"
        data-field="reviewDate"
        .value=${live(risk.reviewDate ?? '')}
      />
      ${overdue ? html`<span class="overdue">${icons.warning} ${L.overdue}</span>` : nothing}
    </td>
    <td class="actions">
      <button type="button" class="icon" data-action="duplicate" title=${L.duplicateHint}>
        ${icons.copy}
      </button>
      <button type="button" class="icon danger" data-action="remove" title=${L.deleteHint}>
        ${icons.trash}
      </button>
    </td>
  </tr>`;
}

/** The row's field that an event came from, with its risk. */
function source(e: Event, ctx: RowContext): { field: HTMLInputElement; risk: Risk } | undefined {
  const field = e.target as HTMLInputElement;
  const id = field.closest<HTMLElement>('tr[data-id]')?.dataset.id;
  const risk = id === undefined ? undefined : ctx.find(id);
  return risk && { field, risk };
}

/** The listeners that the table body holds for all its rows (see `renderRiskRow`). */
export function rowEvents(ctx: RowContext) {
  return {
    change(e: Event): void {
      const at = source(e, ctx);
      const name = at?.field.dataset.field;
      if (!at || !name) return;
      const { field, risk } = at;
      const value = field.value;
      if (name === 'title') {
        const title = ctx.text(e).trim();
        if (title) ctx.update(risk.id, { title }, 'risk.changed.title');
        else field.value = risk.title;
      } else if (name === 'residualLikelihood' || name === 'residualImpact') {
        const likelihood = name === 'residualLikelihood' ? Number(value) : (risk.residualLikelihood ?? risk.likelihood);
        const impact = name === 'residualImpact' ? Number(value) : (risk.residualImpact ?? risk.impact);
        ctx.setResidual(risk.id, value ? { likelihood, impact } : undefined);
      } else if (name === 'description' || name === 'mitigation' || name === 'owner' || name === 'reviewDate') {
        const text = ctx.text(e);
        ctx.update(risk.id, { [name]: name === 'reviewDate' ? text || undefined : text }, `risk.changed.${name}`);
      } else if (name === 'likelihood' || name === 'impact') {
        ctx.update(risk.id, { [name]: Number(value) }, `risk.changed.${name}`);
      } else if (name === 'category' || name === 'response' || name === 'status') {
        ctx.update(risk.id, { [name]: value }, `risk.changed.${name}`);
      }
    },
    input(e: Event): void {
      if ((e.target as Element).localName === 'textarea') ctx.markDirty(e);
    },
    keydown(e: KeyboardEvent): void {
      const name = (e.target as HTMLElement).dataset.field;
      if (name === 'title' || name === 'owner') commitOnEnter(e);
    },
    click(e: Event): void {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      const at = button && source(e, ctx);
      if (!at) return;
      if (button.dataset.action === 'duplicate') ctx.duplicate(at.risk.id);
      else ctx.remove(at.risk.id);
    },
  };
}
