import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { hasResidual, inherentScore, isOverdue, residualScore, riskBand } from '../../models/risk-register/selectors.js';
import {
  RATINGS,
  RISK_CATEGORIES,
  RISK_RESPONSES,
  RISK_STATUSES,
  type BandThresholds,
  type Risk,
} from '../../models/risk-register/types.js';
import { icons } from '../../core/icons.js';
import { commitOnEnter } from '../../core/fields.js';
import { BAND_LABEL } from './heat-map.js';
import { OptionList, selectOptions } from './select-options.js';

export const CATEGORY_LABEL: Record<Risk['category'], string> = {
  antitrust: 'Antitrust',
  'data-sharing': 'Data sharing',
  regulatory: 'Regulatory',
  ip: 'IP',
  commercial: 'Commercial',
  operational: 'Operational',
  reputational: 'Reputational',
  concentration: 'Concentration',
  other: 'Other',
};
const RESPONSE_LABEL: Record<Risk['response'], string> = { avoid: 'Avoid', reduce: 'Reduce', transfer: 'Transfer', accept: 'Accept' };
const STATUS_LABEL: Record<Risk['status'], string> = { open: 'Open', monitoring: 'Monitoring', closed: 'Closed' };

export interface RowContext {
  readonly: boolean;
  bands: BandThresholds;
  today: string;
  update: (id: string, patch: Partial<Risk>, what: string) => void;
  setResidual: (id: string, rating: { likelihood: number; impact: number } | undefined) => void;
  duplicate: (id: string) => void;
  remove: (id: string) => void;
  markDirty: (e: Event) => void;
  text: (e: Event) => string;
}

/** A score badge's band and words (written into the row's own template: one template per row renders fastest). */
function badge(score: number | undefined, bands: BandThresholds): { band: string; text: string } {
  if (score === undefined) return { band: 'none', text: 'not rated' };
  const band = riskBand(score, bands);
  return { band, text: `${score} ${BAND_LABEL[band]}` };
}

const optionList = <T extends string | number>(options: readonly T[], names: (v: T) => string, empty?: string): OptionList =>
  new OptionList([...(empty !== undefined ? [['', empty] as const] : []), ...options.map((o) => [String(o), names(o)] as const)]);

/** The option lists, built once for every row. */
const OPTIONS = {
  category: optionList(RISK_CATEGORIES, (c) => CATEGORY_LABEL[c]),
  rating: optionList(RATINGS as readonly number[], String),
  residual: optionList(RATINGS as readonly number[], String, '–'),
  response: optionList(RISK_RESPONSES, (r) => RESPONSE_LABEL[r]),
  status: optionList(RISK_STATUSES, (s) => STATUS_LABEL[s]),
};

const picked = (e: Event): string => (e.target as HTMLSelectElement).value;
const shown = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** One risk as a table row: every field editable inline, or shown as text in review mode. */
export function renderRiskRow(risk: Risk, ctx: RowContext): TemplateResult {
  const name = risk.title || 'untitled risk';
  const overdue = isOverdue(risk, ctx.today);
  const inherent = badge(inherentScore(risk), ctx.bands);
  const after = badge(residualScore(risk), ctx.bands);
  const num = (e: Event) => Number(picked(e));

  if (ctx.readonly) {
    return html`<tr part="row" data-id=${risk.id}>
      <th scope="row" class="risk">
        <span class="title">${risk.title}</span>
        <span class="category">${CATEGORY_LABEL[risk.category]}</span>
        ${risk.description ? html`<span class="description">${risk.description}</span>` : nothing}
      </th>
      <td class="rating" data-label="Inherent"><span>${risk.likelihood} × ${risk.impact}</span> <span class="badge" data-band=${inherent.band}>${inherent.text}</span></td>
      <td class="rating" data-label="Residual">
        ${hasResidual(risk) ? html`<span>${risk.residualLikelihood} × ${risk.residualImpact}</span>` : nothing} <span class="badge" data-band=${after.band}>${after.text}</span>
      </td>
      <td class="wide" data-label="Response and mitigation"><strong>${RESPONSE_LABEL[risk.response]}</strong>${risk.mitigation ? html`<span class="description">${risk.mitigation}</span>` : nothing}</td>
      <td data-label="Owner">${risk.owner || '—'}</td>
      <td data-label="Status and review">
        <span class="status" data-status=${risk.status}>${STATUS_LABEL[risk.status]}</span>
        <span class="date">${risk.reviewDate ? `Review ${risk.reviewDate}` : 'No review date'}</span>
        ${overdue ? html`<span class="overdue">${icons.warning} Overdue</span>` : nothing}
      </td>
    </tr>`;
  }

  return html`<tr part="row" data-id=${risk.id}>
    <th scope="row" class="risk">
      <textarea
        class="title"
        rows="1"
        aria-label="Risk title"
        required
        .value=${live(risk.title)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${(e: Event) => {
          const title = ctx.text(e).trim();
          if (title) ctx.update(risk.id, { title }, 'Title changed');
          else (e.target as HTMLTextAreaElement).value = risk.title;
        }}
      ></textarea>
      <select
        aria-label=${`Category of ${name}`}
        @change=${(e: Event) => ctx.update(risk.id, { category: picked(e) as Risk['category'] }, 'Category changed')}
        ${selectOptions(OPTIONS.category, risk.category)}
      ></select>
      <textarea
        class="description"
        rows="2"
        aria-label=${`Description of ${name}`}
        placeholder="Description"
        .value=${live(risk.description)}
        @input=${ctx.markDirty}
        @change=${(e: Event) => ctx.update(risk.id, { description: ctx.text(e) }, 'Description changed')}
      ></textarea>
    </th>
    <td class="rating" data-label="Inherent">
      <span class="pair">
        <select
          aria-label=${`Likelihood of ${name}`}
          @change=${(e: Event) => ctx.update(risk.id, { likelihood: num(e) }, 'Likelihood changed')}
          ${selectOptions(OPTIONS.rating, shown(risk.likelihood))}
        ></select>
        <span aria-hidden="true">×</span>
        <select
          aria-label=${`Impact of ${name}`}
          @change=${(e: Event) => ctx.update(risk.id, { impact: num(e) }, 'Impact changed')}
          ${selectOptions(OPTIONS.rating, shown(risk.impact))}
        ></select>
      </span>
      <span class="badge" data-band=${inherent.band}>${inherent.text}</span>
    </td>
    <td class="rating" data-label="Residual">
      <span class="pair">
        <select
          aria-label=${`Residual likelihood of ${name}`}
          @change=${(e: Event) => ctx.setResidual(risk.id, picked(e) ? { likelihood: num(e), impact: risk.residualImpact ?? risk.impact } : undefined)}
          ${selectOptions(OPTIONS.residual, shown(risk.residualLikelihood))}
        ></select>
        <span aria-hidden="true">×</span>
        <select
          aria-label=${`Residual impact of ${name}`}
          @change=${(e: Event) => ctx.setResidual(risk.id, picked(e) ? { likelihood: risk.residualLikelihood ?? risk.likelihood, impact: num(e) } : undefined)}
          ${selectOptions(OPTIONS.residual, shown(risk.residualImpact))}
        ></select>
      </span>
      <span class="badge" data-band=${after.band}>${after.text}</span>
    </td>
    <td class="wide" data-label="Response and mitigation">
      <select
        aria-label=${`Response to ${name}`}
        @change=${(e: Event) => ctx.update(risk.id, { response: picked(e) as Risk['response'] }, 'Response changed')}
        ${selectOptions(OPTIONS.response, risk.response)}
      ></select>
      <textarea
        rows="2"
        aria-label=${`Mitigation of ${name}`}
        placeholder="Mitigation"
        .value=${live(risk.mitigation)}
        @input=${ctx.markDirty}
        @change=${(e: Event) => ctx.update(risk.id, { mitigation: ctx.text(e) }, 'Mitigation changed')}
      ></textarea>
    </td>
    <td data-label="Owner">
      <textarea
        class="owner"
        rows="1"
        aria-label=${`Owner of ${name}`}
        placeholder="Owner"
        .value=${live(risk.owner)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${(e: Event) => ctx.update(risk.id, { owner: ctx.text(e) }, 'Owner changed')}
      ></textarea>
    </td>
    <td data-label="Status and review">
      <select
        aria-label=${`Status of ${name}`}
        @change=${(e: Event) => ctx.update(risk.id, { status: picked(e) as Risk['status'] }, 'Status changed')}
        ${selectOptions(OPTIONS.status, risk.status)}
      ></select>
      <input
        type="date"
        aria-label=${`Review date of ${name}`}
        .value=${live(risk.reviewDate ?? '')}
        @change=${(e: Event) => ctx.update(risk.id, { reviewDate: ctx.text(e) || undefined }, 'Review date changed')}
      />
      ${overdue ? html`<span class="overdue">${icons.warning} Overdue</span>` : nothing}
    </td>
    <td class="actions">
      <button type="button" class="icon" aria-label=${`Duplicate ${name}`} title="Duplicate" @click=${() => ctx.duplicate(risk.id)}>
        ${icons.copy}
      </button>
      <button type="button" class="icon danger" aria-label=${`Delete ${name}`} title="Delete" @click=${() => ctx.remove(risk.id)}>
        ${icons.trash}
      </button>
    </td>
  </tr>`;
}
