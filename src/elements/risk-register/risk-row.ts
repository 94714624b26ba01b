import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate, type MessageKey } from '../../core/i18n.js';
import { hasResidual, inherentScore, isOverdue, residualScore, riskBand } from '../../models/risk-register/selectors.js';
import type { BandThresholds, Risk } from '../../models/risk-register/types.js';
import { icons } from '../../core/icons.js';
import { commitOnEnter } from '../../core/fields.js';
import type { RiskLabels } from './labels.js';
import { selectOptions } from './select-options.js';

export interface RowContext {
  readonly: boolean;
  bands: BandThresholds;
  today: string;
  /** The labels in the worksheet's locale (a new object when the locale changes, so every row renders again). */
  labels: RiskLabels;
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

const picked = (e: Event): string => (e.target as HTMLSelectElement).value;
const shown = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** One risk as a table row: every field editable inline, or shown as text in review mode. */
export function renderRiskRow(risk: Risk, ctx: RowContext): TemplateResult {
  const L = ctx.labels;
  const OPTIONS = L.options;
  const name = risk.title || L.untitledRisk;
  const overdue = isOverdue(risk, ctx.today);
  const inherent = badge(inherentScore(risk), ctx.bands, L);
  const after = badge(residualScore(risk), ctx.bands, L);
  const num = (e: Event) => Number(picked(e));

  if (ctx.readonly) {
    return html`<tr part="row" data-id=${risk.id}>
      <th scope="row" class="risk">
        <span class="title">${risk.title}</span>
        <span class="category">${L.category[risk.category]}</span>
        ${risk.description ? html`<span class="description">${risk.description}</span>` : nothing}
      </th>
      <td class="rating" data-label=${L.inherent}><span>${L.num(risk.likelihood)} × ${L.num(risk.impact)}</span> <span class="badge" data-band=${inherent.band}>${inherent.text}</span></td>
      <td class="rating" data-label=${L.residual}>
        ${hasResidual(risk) ? html`<span>${L.num(risk.residualLikelihood!)} × ${L.num(risk.residualImpact!)}</span>` : nothing} <span class="badge" data-band=${after.band}>${after.text}</span>
      </td>
      <td class="wide" data-label=${L.responseColumn}><strong>${L.response[risk.response]}</strong>${risk.mitigation ? html`<span class="description">${risk.mitigation}</span>` : nothing}</td>
      <td data-label=${L.owner}>${risk.owner || '—'}</td>
      <td data-label=${L.statusReview}>
        <span class="status" data-status=${risk.status}>${L.status[risk.status]}</span>
        <span class="date">${risk.reviewDate ? L.review(formatDate(L.locale, risk.reviewDate)) : L.noReview}</span>
        ${overdue ? html`<span class="overdue">${icons.warning} ${L.overdue}</span>` : nothing}
      </td>
    </tr>`;
  }

  return html`<tr part="row" data-id=${risk.id}>
    <th scope="row" class="risk">
      <textarea
        class="title"
        rows="1"
        aria-label=${L.riskTitle}
        required
        .value=${live(risk.title)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${(e: Event) => {
          const title = ctx.text(e).trim();
          if (title) ctx.update(risk.id, { title }, 'risk.changed.title');
          else (e.target as HTMLTextAreaElement).value = risk.title;
        }}
      ></textarea>
      <select
        aria-label=${L.categoryOf(name)}
        @change=${(e: Event) => ctx.update(risk.id, { category: picked(e) as Risk['category'] }, 'risk.changed.category')}
        ${selectOptions(OPTIONS.category, risk.category)}
      ></select>
      <textarea
        class="description"
        rows="2"
        aria-label=${L.descriptionOf(name)}
        placeholder=${L.description}
        .value=${live(risk.description)}
        @input=${ctx.markDirty}
        @change=${(e: Event) => ctx.update(risk.id, { description: ctx.text(e) }, 'risk.changed.description')}
      ></textarea>
    </th>
    <td class="rating" data-label=${L.inherent}>
      <span class="pair">
        <select
          aria-label=${L.likelihoodOf(name)}
          @change=${(e: Event) => ctx.update(risk.id, { likelihood: num(e) }, 'risk.changed.likelihood')}
          ${selectOptions(OPTIONS.rating, shown(risk.likelihood))}
        ></select>
        <span aria-hidden="true">×</span>
        <select
          aria-label=${L.impactOf(name)}
          @change=${(e: Event) => ctx.update(risk.id, { impact: num(e) }, 'risk.changed.impact')}
          ${selectOptions(OPTIONS.rating, shown(risk.impact))}
        ></select>
      </span>
      <span class="badge" data-band=${inherent.band}>${inherent.text}</span>
    </td>
    <td class="rating" data-label=${L.residual}>
      <span class="pair">
        <select
          aria-label=${L.residualLikelihoodOf(name)}
          @change=${(e: Event) => ctx.setResidual(risk.id, picked(e) ? { likelihood: num(e), impact: risk.residualImpact ?? risk.impact } : undefined)}
          ${selectOptions(OPTIONS.residual, shown(risk.residualLikelihood))}
        ></select>
        <span aria-hidden="true">×</span>
        <select
          aria-label=${L.residualImpactOf(name)}
          @change=${(e: Event) => ctx.setResidual(risk.id, picked(e) ? { likelihood: risk.residualLikelihood ?? risk.likelihood, impact: num(e) } : undefined)}
          ${selectOptions(OPTIONS.residual, shown(risk.residualImpact))}
        ></select>
      </span>
      <span class="badge" data-band=${after.band}>${after.text}</span>
    </td>
    <td class="wide" data-label=${L.responseColumn}>
      <select
        aria-label=${L.responseTo(name)}
        @change=${(e: Event) => ctx.update(risk.id, { response: picked(e) as Risk['response'] }, 'risk.changed.response')}
        ${selectOptions(OPTIONS.response, risk.response)}
      ></select>
      <textarea
        rows="2"
        aria-label=${L.mitigationOf(name)}
        placeholder=${L.mitigation}
        .value=${live(risk.mitigation)}
        @input=${ctx.markDirty}
        @change=${(e: Event) => ctx.update(risk.id, { mitigation: ctx.text(e) }, 'risk.changed.mitigation')}
      ></textarea>
    </td>
    <td data-label=${L.owner}>
      <textarea
        class="owner"
        rows="1"
        aria-label=${L.ownerOf(name)}
        placeholder=${L.owner}
        .value=${live(risk.owner)}
        @input=${ctx.markDirty}
        @keydown=${commitOnEnter}
        @change=${(e: Event) => ctx.update(risk.id, { owner: ctx.text(e) }, 'risk.changed.owner')}
      ></textarea>
    </td>
    <td data-label=${L.statusReview}>
      <select
        aria-label=${L.statusOf(name)}
        @change=${(e: Event) => ctx.update(risk.id, { status: picked(e) as Risk['status'] }, 'risk.changed.status')}
        ${selectOptions(OPTIONS.status, risk.status)}
      ></select>
      <input
        type="date"
        aria-label=${L.reviewDateOf(name)}
        .value=${live(risk.reviewDate ?? '')}
        @change=${(e: Event) => ctx.update(risk.id, { reviewDate: ctx.text(e) || undefined }, 'risk.changed.reviewDate')}
      />
      ${overdue ? html`<span class="overdue">${icons.warning} ${L.overdue}</span>` : nothing}
    </td>
    <td class="actions">
      <button type="button" class="icon" aria-label=${L.duplicate(name)} title=${L.duplicateHint} @click=${() => ctx.duplicate(risk.id)}>
        ${icons.copy}
      </button>
      <button type="button" class="icon danger" aria-label=${L.remove(name)} title=${L.deleteHint} @click=${() => ctx.remove(risk.id)}>
        ${icons.trash}
      </button>
    </td>
  </tr>`;
}
