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

const badge = (score: number | undefined, bands: BandThresholds): TemplateResult =>
  score === undefined
    ? html`<span class="badge" data-band="none">not rated</span>`
    : html`<span class="badge" data-band=${riskBand(score, bands)}>${score} ${BAND_LABEL[riskBand(score, bands)]}</span>`;

function select<T extends string | number>(
  label: string,
  value: T | undefined,
  options: readonly T[],
  names: (v: T) => string,
  onPick: (v: string) => void,
  empty?: string,
): TemplateResult {
  return html`<select aria-label=${label} @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
    ${empty !== undefined ? html`<option value="" ?selected=${value === undefined}>${empty}</option>` : nothing}
    ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${names(o)}</option>`)}
  </select>`;
}

/** One risk as a table row: every field editable inline, or shown as text in review mode. */
export function renderRiskRow(risk: Risk, ctx: RowContext): TemplateResult {
  const name = risk.title || 'untitled risk';
  const overdue = isOverdue(risk, ctx.today);
  const residual = residualScore(risk);
  const ratings = RATINGS as readonly number[];
  const num = (s: string) => Number(s);

  if (ctx.readonly) {
    return html`<tr part="row" data-id=${risk.id}>
      <th scope="row" class="risk">
        <span class="title">${risk.title}</span>
        <span class="category">${CATEGORY_LABEL[risk.category]}</span>
        ${risk.description ? html`<span class="description">${risk.description}</span>` : nothing}
      </th>
      <td class="rating" data-label="Inherent"><span>${risk.likelihood} × ${risk.impact}</span> ${badge(inherentScore(risk), ctx.bands)}</td>
      <td class="rating" data-label="Residual">
        ${hasResidual(risk) ? html`<span>${risk.residualLikelihood} × ${risk.residualImpact}</span>` : nothing} ${badge(residual, ctx.bands)}
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
      ${select(`Category of ${name}`, risk.category, RISK_CATEGORIES, (c) => CATEGORY_LABEL[c], (v) =>
        ctx.update(risk.id, { category: v as Risk['category'] }, 'Category changed'),
      )}
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
        ${select(`Likelihood of ${name}`, risk.likelihood, ratings, String, (v) => ctx.update(risk.id, { likelihood: num(v) }, 'Likelihood changed'))}
        <span aria-hidden="true">×</span>
        ${select(`Impact of ${name}`, risk.impact, ratings, String, (v) => ctx.update(risk.id, { impact: num(v) }, 'Impact changed'))}
      </span>
      ${badge(inherentScore(risk), ctx.bands)}
    </td>
    <td class="rating" data-label="Residual">
      <span class="pair">
        ${select(`Residual likelihood of ${name}`, risk.residualLikelihood, ratings, String, (v) =>
          ctx.setResidual(risk.id, v ? { likelihood: num(v), impact: risk.residualImpact ?? risk.impact } : undefined), '–')}
        <span aria-hidden="true">×</span>
        ${select(`Residual impact of ${name}`, risk.residualImpact, ratings, String, (v) =>
          ctx.setResidual(risk.id, v ? { likelihood: risk.residualLikelihood ?? risk.likelihood, impact: num(v) } : undefined), '–')}
      </span>
      ${badge(residual, ctx.bands)}
    </td>
    <td class="wide" data-label="Response and mitigation">
      ${select(`Response to ${name}`, risk.response, RISK_RESPONSES, (r) => RESPONSE_LABEL[r], (v) =>
        ctx.update(risk.id, { response: v as Risk['response'] }, 'Response changed'),
      )}
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
      ${select(`Status of ${name}`, risk.status, RISK_STATUSES, (s) => STATUS_LABEL[s], (v) =>
        ctx.update(risk.id, { status: v as Risk['status'] }, 'Status changed'),
      )}
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
