import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { icons } from '../../core/icons.js';
import type { MessageKey } from '../../core/i18n.js';
import { styleProps } from '../../core/style-props.js';
import { RovingFocus } from '../../core/roving.js';
import { WorksheetElement } from '../../core/worksheet-element.js';
import type { KindSpec } from '../../models/shared/kind.js';
import {
  addCriterion,
  addOption,
  addPresetCriteria,
  duplicateCriterion,
  duplicateOption,
  moveCriterion,
  moveOption,
  nextCriterionId,
  nextOptionId,
  removeCriterion,
  removeOption,
  setCurrency,
  setScore,
  setWeight,
  updateCriterion,
  updateOption,
  updateTerms,
  useSampleDeal,
} from '../../models/deal-comparator/ops.js';
import { analyseDeal, currencyOf, type DealAnalysis } from '../../models/deal-comparator/selectors.js';
import { weightSensitivity, type SensitivityReport } from '../../models/deal-comparator/sensitivity.js';
import type { PresetCriterionId } from '../../models/deal-comparator/sample.js';
import { dealComparatorSpec } from '../../models/deal-comparator/spec.js';
import { IP_OWNERSHIPS, DEAL_STRUCTURES, SCORE_MAX, SCORE_MIN, type DealComparatorDocument, type DealOption, type NumericTerm } from '../../models/deal-comparator/types.js';
import { chartLayout, renderBarChart, renderBreakdown, renderChartTable, renderLegend } from './bar-chart.js';
import { dealComparatorStyles } from './deal-comparator.styles.js';
import { leaderSentence } from './format.js';
import { renderGrid, type GridContext, type ItemAction } from './grid.js';
import './messages.js';
import { renderSensitivity } from './sensitivity-table.js';
import { renderOptionCard, type TermsContext } from './terms.js';

/** Currencies offered in the picker; a document's own code is added when it is not among them. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'KRW', 'SGD', 'CAD', 'AUD', 'CHF', 'SEK', 'AED', 'SAR', 'BRL'] as const;

/** The short name of each numeric term, for notices and announcements. */
const TERM_LABEL: Record<NumericTerm, MessageKey> = {
  revenueSharePct: 'deal.term.revenueShare',
  upfrontInvestment: 'deal.term.upfront',
  equityPct: 'deal.term.equity',
  termMonths: 'deal.term.months',
};

/** While a weight is dragged, the chart is redrawn at most this often (the grid and totals follow every step). */
const CHART_DRAG_MS = 150;

/** Every figure the view shows for one document object; computed once per document (immutable, so a WeakMap key). */
interface Figures {
  analysis: DealAnalysis;
  sensitivity: SensitivityReport;
}

/**
 * A deal-structure comparator: options scored against weighted criteria, with live totals and ranks, a bar chart
 * of the totals split by criterion, and how far each weight can move before the leader changes.
 *
 * @summary Weighted comparison of partnership deal structures, with sensitivity analysis, CSV and a Markdown decision memo.
 *
 * @csspart summary - The sentence that says who leads and by how much, or why no one does.
 * @csspart actions - The row of actions above the grid (add option, add criterion, currency).
 * @csspart grid - The scrollable comparison grid (criteria × options).
 * @csspart chart - The bar chart panel with its legend and data table.
 * @csspart bar - One option's bar in the chart (focusable; arrow keys move between bars).
 * @csspart legend - The list of criteria with their colours and numbers.
 * @csspart chart-table - The data table behind the chart.
 * @csspart sensitivity - The sensitivity panel.
 * @csspart terms - The section with one card per option.
 * @csspart option - One option's card (name, structure, terms, notes).
 *
 * @cssprop --pw-chart-1 - Colour of criterion 1 (and 9, 17…) in the chart.
 * @cssprop --pw-chart-2 - Colour of criterion 2 (and 10, 18…).
 * @cssprop --pw-chart-3 - Colour of criterion 3.
 * @cssprop --pw-chart-4 - Colour of criterion 4.
 * @cssprop --pw-chart-5 - Colour of criterion 5.
 * @cssprop --pw-chart-6 - Colour of criterion 6.
 * @cssprop --pw-chart-7 - Colour of criterion 7.
 * @cssprop --pw-chart-8 - Colour of criterion 8.
 * @cssprop --pw-chart-text - Numbers printed on chart segments.
 * @cssprop --pw-color-leader - Accent of the leading option (always paired with the word "Leader").
 */
export class PwDealComparator extends WorksheetElement<DealComparatorDocument> {
  static override styles = [...WorksheetElement.styles, dealComparatorStyles];

  /** @internal A weight being dragged: the document it would make, shown live and committed on release. */
  @state() private draft: { base: DealComparatorDocument; doc: DealComparatorDocument } | undefined;
  /** @internal A refused entry (a score of 11, a negative weight), shown beside the grid. */
  @state() private fieldNotice = '';
  /**
   * Whether the chart's data table is shown. It is drawn only then: closed, its 600 numbers (20 × 30) would be
   * written again on every weight change for no one to see.
   */
  @state() private chartTableOpen = false;
  /**
   * @internal A click on the summary (or Enter or Space on it) draws the table before the details opens, so it never
   * shows empty. The details keeps its own `open`: bound from here, it would be toggled twice by one click.
   */
  private readonly onChartTableSummary = (e: Event): void => {
    this.chartTableOpen = !((e.currentTarget as HTMLElement).parentElement as HTMLDetailsElement).open;
  };
  /** @internal Any other way it opens or closes (a script, find in page). */
  private readonly onChartTableToggle = (e: Event): void => {
    this.chartTableOpen = (e.currentTarget as HTMLDetailsElement).open;
  };
  /** @internal The option whose breakdown is shown under the chart. */
  @state() private focusedBar: string | undefined;
  /** @internal */
  @state() private chartWidth = 560;

  /** @internal */
  private readonly figures = new WeakMap<DealComparatorDocument, Figures>();
  /** @internal */
  private readonly roving = new RovingFocus(this, '.bars .bar', () => 1);
  /** @internal */
  private resizeObserver: ResizeObserver | undefined;

  /** @internal */
  protected override get spec(): KindSpec<DealComparatorDocument> {
    return dealComparatorSpec;
  }
  /** @internal */
  protected override get untitled(): string {
    return this.t('deal.untitled');
  }

  /** @internal The document on screen: the dragged draft while a weight slider moves, else the committed one. */
  private get shown(): DealComparatorDocument {
    return this.draft && this.draft.base === this.doc ? this.draft.doc : this.doc;
  }

  /** @internal */
  private figuresFor(doc: DealComparatorDocument): Figures {
    let f = this.figures.get(doc);
    if (!f) {
      const analysis = analyseDeal(doc);
      f = { analysis, sensitivity: weightSensitivity(doc, analysis) };
      this.figures.set(doc, f);
    }
    return f;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedBox = undefined;
    clearTimeout(this.chartTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The box stays the same element from one render to the next: looked for again only once it has gone (a search
    // of the whole view on every edit cost about a quarter of a millisecond in a 20 × 30 comparison).
    if (this.observedBox?.isConnected) return;
    const box = this.renderRoot.querySelector<HTMLElement>('.chart-box');
    if (box && !this.resizeObserver) {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.floor(entries[0]!.contentRect.width);
        // Small changes are ignored so that a scrollbar appearing cannot start a resize loop.
        if (width > 0 && Math.abs(width - this.chartWidth) > 4) this.chartWidth = width;
      });
    }
    if (box && this.resizeObserver && box !== this.observedBox) {
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(box);
      this.observedBox = box;
    }
  }
  /** @internal */
  private observedBox: HTMLElement | undefined;

  // ── edits ──────────────────────────────────────────────────────────

  /** @internal Commits an edit and says when it changed who leads. */
  private apply(next: DealComparatorDocument, what: string): void {
    if (next === this.doc) return;
    const before = this.figuresFor(this.doc).analysis;
    const after = this.figuresFor(next).analysis;
    let message = what;
    if (before.leaderId !== after.leaderId || before.noLeader !== after.noLeader) {
      message = this.t('deal.leader.changed', { edit: what, leader: leaderSentence(this.t, next, after) });
    }
    this.draft = undefined;
    this.fieldNotice = '';
    this.commit(next, message);
  }

  /** @internal */
  private refuseEntry(input: HTMLInputElement, restore: string, message: string): void {
    input.value = restore;
    delete input.dataset.dirty;
    this.fieldNotice = message;
    this.announce(message);
  }

  /** @internal */
  private readonly onScore = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    if (!input.classList?.contains('score-input')) return;
    const optionId = input.dataset.o!;
    const criterionId = input.dataset.c!;
    const option = this.doc.options.find((o) => o.id === optionId);
    const criterion = this.doc.criteria.find((c) => c.id === criterionId);
    if (!option || !criterion) return;
    delete input.dataset.dirty;
    const previous = Object.hasOwn(option.scores, criterionId) ? String(option.scores[criterionId]) : '';
    const raw = input.value.trim();
    const names = { option: option.name, criterion: criterion.label, min: SCORE_MIN, max: SCORE_MAX };
    if (raw === '') {
      // An empty number field is also what the browser reports for text it cannot read ("abc").
      if (input.validity.badInput) return this.refuseEntry(input, previous, this.t('deal.score.notNumber', names));
      this.apply(setScore(this.doc, optionId, criterionId, undefined), this.t('deal.score.cleared', names));
      return;
    }
    const score = Number(raw);
    if (!Number.isFinite(score) || score < SCORE_MIN || score > SCORE_MAX) {
      return this.refuseEntry(input, previous, this.t('deal.score.outOfRange', { ...names, value: raw }));
    }
    this.apply(setScore(this.doc, optionId, criterionId, score), this.t('deal.score.set', { ...names, score }));
  };

  /** @internal */
  private onWeight(id: string, input: HTMLInputElement, final: boolean): void {
    const criterion = this.doc.criteria.find((c) => c.id === id);
    if (!criterion) return;
    const raw = input.value.trim();
    const weight = Number(raw);
    if (raw === '' || !Number.isFinite(weight) || weight < 0) {
      const message = raw === '' ? this.t('deal.weight.refusedEmpty', { criterion: criterion.label }) : this.t('deal.weight.refused', { value: raw, criterion: criterion.label });
      return this.refuseEntry(input, String(criterion.weight), message);
    }
    delete input.dataset.dirty;
    const base = this.doc;
    const next = setWeight(this.draft?.base === base ? this.draft.doc : base, id, weight);
    if (!final) {
      this.draft = { base, doc: next };
      return;
    }
    this.apply(setWeight(base, id, weight), this.t('deal.weight.set', { criterion: criterion.label, weight }));
    this.draft = undefined;
  }

  /** @internal */
  private async focusAfterUpdate(selector: string, fallback?: string): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const target = root.querySelector<HTMLElement>(selector) ?? (fallback ? root.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
    if (target instanceof HTMLTextAreaElement) target.select();
  }

  /** @internal The preset criteria, labelled in the learner's language. */
  private addPresets(): void {
    const t = this.t;
    const labels: Record<PresetCriterionId, string> = {
      'strategic-fit': t('deal.preset.strategicFit'),
      'revenue-potential': t('deal.preset.revenuePotential'),
      control: t('deal.preset.control'),
      'ip-position': t('deal.preset.ipPosition'),
      capital: t('deal.preset.capital'),
      'time-to-value': t('deal.preset.timeToValue'),
      exit: t('deal.preset.exit'),
      regulatory: t('deal.preset.regulatory'),
    };
    this.apply(addPresetCriteria(this.doc, labels), t('deal.presetsAdded'));
  }

  /** @internal */
  private async addCriterionRow(): Promise<void> {
    const id = nextCriterionId(this.doc);
    this.apply(addCriterion(this.doc, { id, label: this.t('deal.criterion.newLabel') }), this.t('deal.criterion.added'));
    await this.focusAfterUpdate(`tr[data-id="${CSS.escape(id)}"] textarea.crit-label`);
  }

  /** @internal */
  private async addOptionCard(): Promise<void> {
    const id = nextOptionId(this.doc);
    this.apply(addOption(this.doc, { id, name: this.t('deal.option.newName') }), this.t('deal.option.added'));
    await this.updateComplete;
    const card = this.renderRoot.querySelector<HTMLElement>(`.option-card[data-id="${CSS.escape(id)}"]`);
    card?.scrollIntoView?.({ block: 'nearest' });
    await this.focusAfterUpdate(`.option-card[data-id="${CSS.escape(id)}"] textarea.option-name`);
  }

  /** @internal */
  private async onCriterionAction(id: string, action: ItemAction): Promise<void> {
    const index = this.doc.criteria.findIndex((c) => c.id === id);
    const c = this.doc.criteria[index];
    if (!c) return;
    const row = (cid: string, button: string) => `tr[data-id="${CSS.escape(cid)}"] button.${button}`;
    switch (action) {
      case 'earlier':
      case 'later': {
        const to = action === 'earlier' ? index - 1 : index + 1;
        if (to < 0 || to >= this.doc.criteria.length) return;
        this.apply(moveCriterion(this.doc, id, to), this.t(action === 'earlier' ? 'deal.criterion.movedUp' : 'deal.criterion.movedDown', { name: c.label, row: to + 1 }));
        // Moving a row takes focus off its button; put it back (or on the other arrow at an end).
        return this.focusAfterUpdate(
          row(id, to === 0 || to === this.doc.criteria.length - 1 ? (action === 'earlier' ? 'later' : 'earlier') : action),
        );
      }
      case 'duplicate': {
        const before = new Set(this.doc.criteria.map((x) => x.id));
        this.apply(duplicateCriterion(this.doc, id, this.t('deal.copySuffix')), this.t('deal.criterion.duplicated', { name: c.label }));
        const copy = this.doc.criteria.find((x) => !before.has(x.id));
        if (copy) await this.focusAfterUpdate(`tr[data-id="${CSS.escape(copy.id)}"] textarea.crit-label`);
        return;
      }
      case 'remove': {
        this.apply(removeCriterion(this.doc, id), this.t('deal.criterion.deleted', { name: c.label }));
        const next = this.doc.criteria[Math.min(index, this.doc.criteria.length - 1)];
        return this.focusAfterUpdate(next ? row(next.id, 'remove') : 'button.add-criterion');
      }
    }
  }

  /** @internal */
  private async onOptionAction(id: string, action: ItemAction): Promise<void> {
    const index = this.doc.options.findIndex((o) => o.id === id);
    const o = this.doc.options[index];
    if (!o) return;
    const card = (oid: string, button: string) => `.option-card[data-id="${CSS.escape(oid)}"] button.${button}`;
    switch (action) {
      case 'earlier':
      case 'later': {
        const to = action === 'earlier' ? index - 1 : index + 1;
        if (to < 0 || to >= this.doc.options.length) return;
        this.apply(moveOption(this.doc, id, to), this.t('deal.option.moved', { name: o.name, position: to + 1 }));
        return this.focusAfterUpdate(
          card(id, to === 0 || to === this.doc.options.length - 1 ? (action === 'earlier' ? 'later' : 'earlier') : action),
        );
      }
      case 'duplicate': {
        const before = new Set(this.doc.options.map((x) => x.id));
        this.apply(duplicateOption(this.doc, id, this.t('deal.copySuffix')), this.t('deal.option.duplicated', { name: o.name }));
        const copy = this.doc.options.find((x) => !before.has(x.id));
        if (copy) await this.focusAfterUpdate(`.option-card[data-id="${CSS.escape(copy.id)}"] textarea.option-name`);
        return;
      }
      case 'remove': {
        this.apply(removeOption(this.doc, id), this.t('deal.option.deleted', { name: o.name }));
        const next = this.doc.options[Math.min(index, this.doc.options.length - 1)];
        return this.focusAfterUpdate(next ? card(next.id, 'remove') : 'button.add-option');
      }
    }
  }

  /** @internal A name or label may not be emptied: the field goes back to what it was. */
  private renameWith(e: Event, current: string, rename: (text: string) => void): void {
    const text = this.committedText(e).trim();
    if (text) rename(text);
    else (e.target as HTMLTextAreaElement).value = current;
  }

  /** @internal */
  private readonly grid: Omit<GridContext, 't' | 'readonly' | 'doc' | 'analysis' | 'sensitivity'> = {
    onLabel: (id, e) => {
      const c = this.doc.criteria.find((x) => x.id === id);
      if (c) this.renameWith(e, c.label, (label) => this.apply(updateCriterion(this.doc, id, { label }), this.t('deal.criterion.renamed')));
    },
    onCriterionAction: (id, action) => void this.onCriterionAction(id, action),
    onWeight: (id, input, final) => this.onWeight(id, input, final),
    onScore: this.onScore,
    markDirty: this.markDirty,
  };

  /** @internal */
  private readonly terms: Omit<TermsContext, 't' | 'readonly' | 'currency' | 'rtl'> = {
    onName: (id, e) => {
      const o = this.doc.options.find((x) => x.id === id);
      if (o) this.renameWith(e, o.name, (name) => this.apply(updateOption(this.doc, id, { name }), this.t('deal.option.renamed')));
    },
    onStructure: (id, value) => {
      if ((DEAL_STRUCTURES as readonly string[]).includes(value)) {
        this.apply(updateOption(this.doc, id, { structure: value as DealOption['structure'] }), this.t('deal.option.structureChanged'));
      }
    },
    onIp: (id, value) => {
      const ip = (IP_OWNERSHIPS as readonly string[]).includes(value) ? (value as NonNullable<DealOption['terms']['ipOwnership']>) : undefined;
      this.apply(updateTerms(this.doc, id, { ipOwnership: ip }), this.t('deal.option.ipChanged'));
    },
    onNumber: (id, term, input) => this.onTermNumber(id, term, input),
    onText: (id, field, e) => {
      const o = this.doc.options.find((x) => x.id === id);
      if (!o) return;
      const text = this.committedText(e);
      if (field === 'notes') {
        if ((o.notes ?? '') !== text) this.apply(updateOption(this.doc, id, { notes: text }), this.t('deal.option.notesChanged'));
      } else if ((o.terms.exitCriteria ?? '') !== text) {
        this.apply(updateTerms(this.doc, id, { exitCriteria: text }), this.t('deal.option.exitChanged'));
      }
    },
    onAction: (id, action) => void this.onOptionAction(id, action),
    markDirty: this.markDirty,
  };

  /** @internal */
  private onTermNumber(id: string, term: NumericTerm, input: HTMLInputElement): void {
    const o = this.doc.options.find((x) => x.id === id);
    if (!o) return;
    const previous = o.terms[term] === undefined ? '' : String(o.terms[term]);
    const raw = input.value.trim();
    const label = this.t(TERM_LABEL[term]);
    if (raw === '') {
      if (input.validity.badInput) return this.refuseEntry(input, previous, this.t('deal.term.notNumber', { label }));
      delete input.dataset.dirty;
      this.apply(updateTerms(this.doc, id, { [term]: undefined }), this.t('deal.term.cleared', { label }));
      return;
    }
    const value = Number(raw);
    const max = term === 'revenueSharePct' || term === 'equityPct' ? 100 : Infinity;
    const whole = term === 'termMonths';
    if (!Number.isFinite(value) || value < 0 || value > max || (whole && !Number.isInteger(value))) {
      const range: MessageKey = max === 100 ? 'deal.term.percentRange' : whole ? 'deal.term.monthsRange' : 'deal.term.amountRange';
      return this.refuseEntry(input, previous, this.t(range, { label, value: raw }));
    }
    delete input.dataset.dirty;
    this.apply(updateTerms(this.doc, id, { [term]: value }), this.t('deal.term.set', { label, option: o.name }));
  }

  // ── rendering ──────────────────────────────────────────────────────

  protected override renderWorksheet(): TemplateResult {
    const doc = this.shown;
    const { analysis, sensitivity } = this.figuresFor(doc);
    const ro = this.isReadonly;
    const empty = doc.criteria.length === 0 && doc.options.length === 0;
    const currency = currencyOf(doc);
    const t = this.t;
    return html`
      <p class="summary" part="summary" data-state=${analysis.noLeader ?? 'leader'}>
        <span>${analysis.noLeader && analysis.noLeader !== 'tied' ? icons.warning : nothing} ${empty ? t('deal.summary.nothing') : leaderSentence(t, doc, analysis)}</span>
        ${analysis.missingCount ? html`<span class="missing-note">${t('deal.summary.missing', { count: analysis.missingCount })}</span>` : nothing}
      </p>
      ${ro
        ? nothing
        : html`<div class="worksheet-bar" part="actions">
            <button type="button" class="primary add-option" @click=${this.addOptionCard}>${icons.plus} ${t('deal.addOption')}</button>
            <button type="button" class="add-criterion" @click=${this.addCriterionRow}>${icons.plus} ${t('deal.addCriterion')}</button>
            ${doc.criteria.length && doc.criteria.length < 8
              ? html`<button type="button" class="add-presets" @click=${this.addPresets}>
                  ${t('deal.addPresets')}
                </button>`
              : nothing}
            <label class="currency">
              <span>${t('deal.currency')}</span>
              <select @change=${(e: Event) => this.apply(setCurrency(this.doc, (e.target as HTMLSelectElement).value), this.t('deal.currencyChanged'))}>
                ${[...new Set([currency, ...CURRENCIES])].map((c) => html`<option value=${c} ?selected=${c === currency}>${c}</option>`)}
              </select>
            </label>
          </div>`}
      <div class="field-notice" role="status">${this.fieldNotice ? html`${icons.warning} ${this.fieldNotice}` : nothing}</div>
      ${empty ? this.renderEmpty() : this.renderBody(doc, analysis, sensitivity, currency)}
    `;
  }

  /**
   * @internal The bars. While a weight is dragged they follow the draft at most every CHART_DRAG_MS: the grid, totals
   * and leader update on every step, and SVG layout of 600 segments is the slow part of a step.
   */
  private renderChart(doc: DealComparatorDocument, analysis: DealAnalysis): TemplateResult {
    const now = performance.now();
    if (this.draft && this.chartDoc && doc !== this.chartDoc && now - this.chartAt < CHART_DRAG_MS) {
      clearTimeout(this.chartTimer);
      this.chartTimer = setTimeout(() => this.requestUpdate(), CHART_DRAG_MS);
      doc = this.chartDoc;
      analysis = this.figuresFor(doc).analysis;
    } else {
      this.chartDoc = doc;
      this.chartAt = now;
    }
    const layout = chartLayout(doc, analysis, this.chartWidth, this.t.locale, this.rtl);
    const focused = analysis.standings.find((s) => s.id === this.focusedBar) ?? analysis.ranking[0];
    return html`<div class="chart-box" ${styleProps({ height: `${layout.height}px` })}>
      ${renderBarChart({ t: this.t, layout, roving: this.roving, focusedId: focused?.id, onFocusBar: (id) => (this.focusedBar = id) })}
    </div>`;
  }
  /** @internal */
  private chartDoc: DealComparatorDocument | undefined;
  /** @internal */
  private chartAt = 0;
  /** @internal */
  private chartTimer: ReturnType<typeof setTimeout> | undefined;

  /** @internal */
  private renderEmpty(): TemplateResult {
    const t = this.t;
    return html`<div class="empty">
      <p>${t('deal.empty.title')}</p>
      ${this.isReadonly
        ? nothing
        : html`<p>${t('deal.empty.intro')}</p>
            <div class="empty-actions">
              <button type="button" class="load-sample" @click=${() => this.apply(useSampleDeal(this.doc), this.t('deal.empty.sampleLoaded'))}>
                ${t('deal.empty.loadSample')}
              </button>
              <button type="button" class="load-presets" @click=${this.addPresets}>
                ${t('deal.empty.startPresets')}
              </button>
            </div>`}
    </div>`;
  }

  /** @internal */
  private renderBody(doc: DealComparatorDocument, analysis: DealAnalysis, sensitivity: SensitivityReport, currency: string): TemplateResult {
    const ro = this.isReadonly;
    const comparable = doc.criteria.length > 0 && doc.options.length > 0;
    const focused = analysis.standings.find((s) => s.id === this.focusedBar) ?? analysis.ranking[0];
    const t = this.t;
    return html`
      <section class="grid-section" aria-labelledby="grid-title">
        <h3 id="grid-title">${t('deal.grid.title')}</h3>
        <p class="muted small">${t('deal.grid.intro', { min: SCORE_MIN, max: SCORE_MAX })}</p>
        ${renderGrid({ ...this.grid, t, readonly: ro, doc, analysis, sensitivity })}
        ${doc.options.length === 0 ? html`<p class="note">${t('deal.grid.noOptions')}</p>` : nothing}
        ${doc.criteria.length === 0 ? html`<p class="note">${t('deal.grid.noCriteria')}</p>` : nothing}
      </section>
      ${comparable
        ? html`<div class="analysis">
            <section class="panel chart" part="chart" aria-labelledby="chart-title">
              <h3 id="chart-title">${t('deal.chart.title')}</h3>
              ${analysis.totalWeight > 0
                ? html`${this.renderChart(doc, analysis)} ${renderBreakdown(t, doc, focused)} ${renderLegend(t, doc, analysis)}
                    <details class="chart-data" @toggle=${this.onChartTableToggle}>
                      <summary @click=${this.onChartTableSummary}>${t('deal.chart.showTable')}</summary>
                      ${this.chartTableOpen ? renderChartTable(t, doc, analysis) : nothing}
                    </details>`
                : html`<p class="muted">${t('deal.chart.noBars')}</p>`}
            </section>
            ${renderSensitivity(t, doc, sensitivity)}
          </div>`
        : nothing}
      ${doc.options.length
        ? html`<section class="terms" part="terms" aria-labelledby="terms-title">
            <h3 id="terms-title">${t('deal.terms.title')}</h3>
            <div class="cards">
              ${repeat(
                doc.options,
                (o) => o.id,
                (o, i) => {
                  const s = analysis.standings[i]!;
                  // Of its standing, a card shows the rank and badges only: a weight change that moves totals but
                  // not ranks leaves the cards (20 forms of terms) alone.
                  return guard([o, i, doc.options.length, ro, currency, this.rtl, t, s.rank, s.leader, s.tied, s.total === undefined], () =>
                    renderOptionCard(o, s, i, doc.options.length, { ...this.terms, t, readonly: ro, currency, rtl: this.rtl }),
                  );
                },
              )}
            </div>
          </section>`
        : nothing}
    `;
  }
}
