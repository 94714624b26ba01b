import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { icons } from '../../core/icons.js';
import { commitOnEnter } from '../../core/fields.js';
import { formatCurrency, formatPercent, type MessageKey, type Translate } from '../../core/i18n.js';
import type { Standing } from '../../models/deal-comparator/selectors.js';
import { DEAL_STRUCTURES, IP_OWNERSHIPS, type DealOption, type DealTerms, type NumericTerm } from '../../models/deal-comparator/types.js';
import { ipLabel, once, structureLabel } from './format.js';
import { standingBadges, type ItemAction } from './grid.js';

export interface TermsContext {
  t: Translate;
  readonly: boolean;
  currency: string;
  /** Right to left: "earlier" is to the right, so the arrows swap. */
  rtl: boolean;
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
  /** The field's label; `{currency}` is the document's currency code. */
  label: MessageKey;
  max?: number;
  step: string;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  { term: 'revenueSharePct', label: 'deal.field.revenueShare', max: 100, step: 'any' },
  { term: 'upfrontInvestment', label: 'deal.field.upfront', step: 'any' },
  { term: 'equityPct', label: 'deal.field.equity', max: 100, step: 'any' },
  { term: 'termMonths', label: 'deal.field.term', step: '1' },
];

/** A numeric term's field label. */
export const fieldLabel = (t: Translate, f: NumberField, currency: string): string => once(t, f.label, { currency }, currency);

/** A term as text, for review mode and the formatted hint, in the locale's number and currency formats. */
export function termText(t: Translate, terms: DealTerms, term: NumericTerm, currency: string): string {
  const value = terms[term];
  if (value === undefined) return once(t, 'deal.notSet');
  switch (term) {
    case 'upfrontInvestment':
      return formatCurrency(t.locale, value, currency);
    case 'termMonths':
      return once(t, 'deal.months', { count: value }, String(value));
    default:
      return formatPercent(t.locale, value / 100, 2);
  }
}

function readonlyCard(o: DealOption, ctx: TermsContext): TemplateResult {
  const { t } = ctx;
  const terms = o.terms;
  return html`<dl class="terms-list">
    <div><dt>${once(t, 'deal.field.structure')}</dt><dd>${structureLabel(t, o.structure)}</dd></div>
    ${NUMBER_FIELDS.map((f) => html`<div><dt>${fieldLabel(t, f, ctx.currency)}</dt><dd>${termText(t, terms, f.term, ctx.currency)}</dd></div>`)}
    <div><dt>${once(t, 'deal.field.ip')}</dt><dd>${terms.ipOwnership ? ipLabel(t, terms.ipOwnership) : once(t, 'deal.notSet')}</dd></div>
    <div class="full"><dt>${once(t, 'deal.field.exit')}</dt><dd>${terms.exitCriteria || '—'}</dd></div>
    <div class="full"><dt>${once(t, 'deal.field.notes')}</dt><dd>${o.notes || '—'}</dd></div>
  </dl>`;
}

/** One option's card: name, structure, terms and notes, with its reorder, duplicate and delete actions. */
export function renderOptionCard(o: DealOption, standing: Standing, index: number, count: number, ctx: TermsContext): TemplateResult {
  const { t } = ctx;
  const name = o.name || t('deal.option.fallback', { n: index + 1 });
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
              aria-label=${t('deal.option.nameField', { n: index + 1 })}
              .value=${live(o.name)}
              @input=${ctx.markDirty}
              @keydown=${commitOnEnter}
              @change=${(e: Event) => ctx.onName(o.id, e)}
            ></textarea>
          </h4>`}
      <span class="card-standing">${standingBadges(t, standing)}</span>
    </div>
    ${ctx.readonly
      ? readonlyCard(o, ctx)
      : html`<div class="fields">
          <label class="field">
            <span class="field-label">${once(t, 'deal.field.structure')}</span>
            <select @change=${(e: Event) => ctx.onStructure(o.id, (e.target as HTMLSelectElement).value)}>
              ${DEAL_STRUCTURES.map((s) => html`<option value=${s} ?selected=${s === o.structure}>${structureLabel(t, s)}</option>`)}
            </select>
          </label>
          <label class="field">
            <span class="field-label">${once(t, 'deal.field.ip')}</span>
            <select @change=${(e: Event) => ctx.onIp(o.id, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${o.terms.ipOwnership === undefined}>${once(t, 'deal.notSet')}</option>
              ${IP_OWNERSHIPS.map((s) => html`<option value=${s} ?selected=${s === o.terms.ipOwnership}>${ipLabel(t, s)}</option>`)}
            </select>
          </label>
          ${NUMBER_FIELDS.map((f) => {
            const value = o.terms[f.term];
            const money = f.term === 'upfrontInvestment' && value !== undefined;
            return html`<div class="field">
              <label class="field-label" for=${id(f.term)}>${fieldLabel(t, f, ctx.currency)}</label>
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
              ${money ? html`<span class="formatted" id=${id('money')}>${termText(t, o.terms, f.term, ctx.currency)}</span>` : nothing}
            </div>`;
          })}
          <label class="field full">
            <span class="field-label">${once(t, 'deal.field.exit')}</span>
            <textarea
              rows="2"
              .value=${live(o.terms.exitCriteria ?? '')}
              @input=${ctx.markDirty}
              @change=${(e: Event) => ctx.onText(o.id, 'exitCriteria', e)}
            ></textarea>
          </label>
          <label class="field full">
            <span class="field-label">${once(t, 'deal.field.notes')}</span>
            <textarea rows="2" .value=${live(o.notes ?? '')} @input=${ctx.markDirty} @change=${(e: Event) => ctx.onText(o.id, 'notes', e)}></textarea>
          </label>
        </div>
        <div class="card-actions">
          <button
            type="button"
            class="icon small earlier"
            aria-label=${t('deal.moveEarlierNamed', { name })}
            title=${once(t, 'deal.moveEarlier')}
            aria-disabled=${String(index === 0)}
            @click=${action('earlier')}
          >
            ${ctx.rtl ? icons.right : icons.left}
          </button>
          <button
            type="button"
            class="icon small later"
            aria-label=${t('deal.moveLaterNamed', { name })}
            title=${once(t, 'deal.moveLater')}
            aria-disabled=${String(index === count - 1)}
            @click=${action('later')}
          >
            ${ctx.rtl ? icons.left : icons.right}
          </button>
          <button type="button" class="small duplicate" aria-label=${t('deal.duplicateNamed', { name })} @click=${action('duplicate')}>
            ${icons.copy} ${once(t, 'deal.duplicate')}
          </button>
          <button type="button" class="small danger remove" aria-label=${t('deal.deleteNamed', { name })} @click=${action('remove')}>
            ${icons.trash} ${once(t, 'deal.delete')}
          </button>
        </div>`}
  </article>`;
}
