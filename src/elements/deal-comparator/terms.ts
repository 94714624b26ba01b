import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { icons } from '../../core/icons.js';
import { commitOnEnter } from '../../core/fields.js';
import { formatMoney, type Standing } from '../../models/deal-comparator/selectors.js';
import {
  DEAL_STRUCTURES,
  IP_LABEL,
  IP_OWNERSHIPS,
  STRUCTURE_LABEL,
  type DealOption,
  type DealTerms,
  type NumericTerm,
} from '../../models/deal-comparator/types.js';
import { standingBadges, type ItemAction } from './grid.js';

export interface TermsContext {
  readonly: boolean;
  currency: string;
  locale: string | undefined;
  onName: (id: string, e: Event) => void;
  onStructure: (id: string, value: string) => void;
  onIp: (id: string, value: string) => void;
  onNumber: (id: string, term: NumericTerm, input: HTMLInputElement) => void;
  onText: (id: string, field: 'exitCriteria' | 'notes', e: Event) => void;
  onAction: (id: string, action: ItemAction) => void;
  markDirty: (e: Event) => void;
}

interface NumberField {
  term: NumericTerm;
  label: (currency: string) => string;
  max?: number;
  step: string;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  { term: 'revenueSharePct', label: () => 'Revenue share (%)', max: 100, step: 'any' },
  { term: 'upfrontInvestment', label: (cur) => `Upfront investment (${cur})`, step: 'any' },
  { term: 'equityPct', label: () => 'Equity (%)', max: 100, step: 'any' },
  { term: 'termMonths', label: () => 'Term (months)', step: '1' },
];

/** A term as text, for review mode and the formatted hint. */
export function termText(terms: DealTerms, term: NumericTerm, currency: string, locale: string | undefined): string {
  const value = terms[term];
  if (value === undefined) return 'Not set';
  switch (term) {
    case 'upfrontInvestment':
      return formatMoney(value, currency, locale);
    case 'termMonths':
      return `${value} ${value === 1 ? 'month' : 'months'}`;
    default:
      return `${value}%`;
  }
}

function readonlyCard(o: DealOption, ctx: TermsContext): TemplateResult {
  const t = o.terms;
  return html`<dl class="terms-list">
    <div><dt>Structure</dt><dd>${STRUCTURE_LABEL[o.structure]}</dd></div>
    ${NUMBER_FIELDS.map((f) => html`<div><dt>${f.label(ctx.currency)}</dt><dd>${termText(t, f.term, ctx.currency, ctx.locale)}</dd></div>`)}
    <div><dt>IP ownership</dt><dd>${t.ipOwnership ? IP_LABEL[t.ipOwnership] : 'Not set'}</dd></div>
    <div class="full"><dt>Exit criteria</dt><dd>${t.exitCriteria || '—'}</dd></div>
    <div class="full"><dt>Notes</dt><dd>${o.notes || '—'}</dd></div>
  </dl>`;
}

/** One option's card: name, structure, terms and notes, with its reorder, duplicate and delete actions. */
export function renderOptionCard(o: DealOption, standing: Standing, index: number, count: number, ctx: TermsContext): TemplateResult {
  const name = o.name || `option ${index + 1}`;
  const id = (field: string) => `o${index}-${field}`;
  const action = (a: ItemAction) => () => ctx.onAction(o.id, a);
  return html`<article class="option-card" part="option" data-id=${o.id} data-leader=${String(standing.leader)} aria-labelledby=${id('name')}>
    <div class="card-head">
      ${ctx.readonly
        ? html`<h4 class="option-title" id=${id('name')}>${o.name}</h4>`
        : html`<h4 class="option-title" id=${id('name')}>
            <textarea
              class="option-name"
              rows="1"
              aria-label=${`Option ${index + 1} name`}
              .value=${live(o.name)}
              @input=${ctx.markDirty}
              @keydown=${commitOnEnter}
              @change=${(e: Event) => ctx.onName(o.id, e)}
            ></textarea>
          </h4>`}
      <span class="card-standing">${standingBadges(standing)}</span>
    </div>
    ${ctx.readonly
      ? readonlyCard(o, ctx)
      : html`<div class="fields">
          <label class="field">
            <span class="field-label">Structure</span>
            <select @change=${(e: Event) => ctx.onStructure(o.id, (e.target as HTMLSelectElement).value)}>
              ${DEAL_STRUCTURES.map((s) => html`<option value=${s} ?selected=${s === o.structure}>${STRUCTURE_LABEL[s]}</option>`)}
            </select>
          </label>
          <label class="field">
            <span class="field-label">IP ownership</span>
            <select @change=${(e: Event) => ctx.onIp(o.id, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${o.terms.ipOwnership === undefined}>Not set</option>
              ${IP_OWNERSHIPS.map((s) => html`<option value=${s} ?selected=${s === o.terms.ipOwnership}>${IP_LABEL[s]}</option>`)}
            </select>
          </label>
          ${NUMBER_FIELDS.map((f) => {
            const value = o.terms[f.term];
            const money = f.term === 'upfrontInvestment' && value !== undefined;
            return html`<div class="field">
              <label class="field-label" for=${id(f.term)}>${f.label(ctx.currency)}</label>
              <input
                id=${id(f.term)}
                type="number"
                min="0"
                max=${f.max ?? nothing}
                step=${f.step}
                inputmode="decimal"
                aria-describedby=${money ? id('money') : nothing}
                .value=${live(value === undefined ? '' : String(value))}
                @input=${ctx.markDirty}
                @change=${(e: Event) => ctx.onNumber(o.id, f.term, e.target as HTMLInputElement)}
              />
              ${money ? html`<span class="formatted" id=${id('money')}>${termText(o.terms, f.term, ctx.currency, ctx.locale)}</span>` : nothing}
            </div>`;
          })}
          <label class="field full">
            <span class="field-label">Exit criteria</span>
            <textarea
              rows="2"
              .value=${live(o.terms.exitCriteria ?? '')}
              @input=${ctx.markDirty}
              @change=${(e: Event) => ctx.onText(o.id, 'exitCriteria', e)}
            ></textarea>
          </label>
          <label class="field full">
            <span class="field-label">Notes</span>
            <textarea rows="2" .value=${live(o.notes ?? '')} @input=${ctx.markDirty} @change=${(e: Event) => ctx.onText(o.id, 'notes', e)}></textarea>
          </label>
        </div>
        <div class="card-actions">
          <button type="button" class="icon small earlier" aria-label=${`Move ${name} earlier`} title="Move earlier" aria-disabled=${String(index === 0)} @click=${action('earlier')}>
            ${icons.left}
          </button>
          <button type="button" class="icon small later" aria-label=${`Move ${name} later`} title="Move later" aria-disabled=${String(index === count - 1)} @click=${action('later')}>
            ${icons.right}
          </button>
          <button type="button" class="small duplicate" aria-label=${`Duplicate ${name}`} @click=${action('duplicate')}>${icons.copy} Duplicate</button>
          <button type="button" class="small danger remove" aria-label=${`Delete ${name}`} @click=${action('remove')}>${icons.trash} Delete</button>
        </div>`}
  </article>`;
}
