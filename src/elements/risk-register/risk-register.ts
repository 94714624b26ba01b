import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { MessageKey } from '../../core/i18n.js';
import { cardLabels } from '../../core/card-labels.js';
import { keyedRows } from '../../core/keyed-rows.js';
import { icons } from '../../core/icons.js';
import { RovingFocus } from '../../core/roving.js';
import { WorksheetElement } from '../../core/worksheet-element.js';
import type { KindSpec } from '../../models/shared/kind.js';
import { addRisk, duplicateRisk, nextRiskId, removeRisk, setResidual, updateRisk, useSampleRisks } from '../../models/risk-register/ops.js';
import {
  bandsOf,
  ratingOf,
  registerOverview,
  sortRisks,
  todayISO,
  type HeatMapCell,
  type RatingView,
  type RiskSortKey,
  type SortDirection,
} from '../../models/risk-register/selectors.js';
import { riskRegisterSpec } from '../../models/risk-register/spec.js';
import { RISK_BANDS, type Risk, type RiskRegisterDocument } from '../../models/risk-register/types.js';
import { renderHeatMap } from './heat-map.js';
import { riskLabels } from './labels.js';
import './messages.js';
import { riskRegisterStyles } from './risk-register.styles.js';
import { renderRiskRow, rowEvents, type RowContext } from './risk-row.js';

/** Every score that likelihood × impact can take, for the legend's ranges. */
const SCORES = [...new Set([1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((i) => l * i)))].sort((a, b) => a - b);

/** What the sort buttons say, and what the announcement calls each column. */
const SORT_BY: Record<RiskSortKey, MessageKey> = {
  score: 'risk.sortBy.score',
  residual: 'risk.sortBy.residual',
  status: 'risk.sortBy.status',
  reviewDate: 'risk.sortBy.reviewDate',
  title: 'risk.sortBy.title',
};
const SORT_COLUMN: Record<RiskSortKey, MessageKey> = {
  score: 'risk.sortColumn.score',
  residual: 'risk.sortColumn.residual',
  status: 'risk.sortColumn.status',
  reviewDate: 'risk.sortColumn.reviewDate',
  title: 'risk.sortColumn.title',
};


/**
 * A partnership risk register: a 5×5 heat map beside an editable table of risks.
 *
 * @summary Risk register with an inherent/residual heat map, inline editing, CSV and Markdown export.
 *
 * @csspart summary - Counts of risks, open risks and overdue reviews.
 * @csspart chart - The heat map panel.
 * @csspart heat-map - The 5×5 grid with its axes.
 * @csspart cell - One heat-map cell.
 * @csspart legend - The band legend.
 * @csspart filter - The bar that says which cell filters the table.
 * @csspart table - The register table.
 * @csspart row - One risk's row.
 *
 * @cssprop --pw-band-low - Fill of the low band.
 * @cssprop --pw-band-medium - Fill of the medium band.
 * @cssprop --pw-band-high - Fill of the high band.
 * @cssprop --pw-band-critical - Fill of the critical band.
 * @cssprop --pw-band-text - Text on band fills.
 */
export class PwRiskRegister extends WorksheetElement<RiskRegisterDocument> {
  static override styles = [...WorksheetElement.styles, riskRegisterStyles];

  /** The date that decides which reviews are overdue (`YYYY-MM-DD`); defaults to today. */
  @property() today: string | undefined;

  /** @internal */
  @state() private view: RatingView = 'inherent';
  /** @internal */
  @state() private cellFilter: { likelihood: number; impact: number } | null = null;
  /** @internal */
  @state() private sort: { key: RiskSortKey; direction: SortDirection } | null = null;

  /** @internal */
  private readonly roving = new RovingFocus(this, '.heat-map .cell', () => 5);

  /**
   * @internal Long registers are drawn in steps, so that the page keeps answering while 10,000 rows appear:
   * up to `RENDER_AT_ONCE` rows at once, then `RENDER_STEP` more per task. `Infinity`: every row is drawn.
   */
  @state() private rowLimit = Infinity;
  private static readonly RENDER_AT_ONCE = 1000;
  private static readonly RENDER_STEP = 250;
  private stepTimer: ReturnType<typeof setTimeout> | undefined;
  private rowsDrawn = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A document much longer than what is on screen (a big import, a big `value`): draw it in steps.
    const count = this.doc.risks.length;
    if (count > PwRiskRegister.RENDER_AT_ONCE && count > this.rowsDrawn + PwRiskRegister.RENDER_STEP && this.rowLimit === Infinity) {
      this.rowLimit = Math.max(this.rowsDrawn, PwRiskRegister.RENDER_STEP);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.rowLimit === Infinity || this.stepTimer !== undefined) return;
    // A task, not a frame: input and other scripts run between the steps.
    this.stepTimer = setTimeout(() => {
      this.stepTimer = undefined;
      const next = this.rowLimit + PwRiskRegister.RENDER_STEP;
      this.rowLimit = next >= this.visibleRisks().length ? Infinity : next;
    });
  }

  /** `updateComplete` resolves once every row is drawn, also when a long register is drawn in steps. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.rowLimit !== Infinity && this.isConnected) {
      await new Promise((resolve) => setTimeout(resolve));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.stepTimer);
    this.stepTimer = undefined;
    this.rowLimit = Infinity;
  }

  /** @internal */
  protected override get spec(): KindSpec<RiskRegisterDocument> {
    return riskRegisterSpec;
  }
  /** @internal */
  protected override get untitled(): string {
    return this.t('risk.untitled');
  }

  /** @internal What every row reads besides its risk; one object, so that a row renders again only when its risk or these change. */
  private readonly row: RowContext = {
    readonly: false,
    bands: bandsOf(this.doc),
    today: '',
    labels: riskLabels(this.t),
    find: (id) => this.findRisk(id),
    update: (id, patch, what) => this.commit(updateRisk(this.doc, id, patch), this.t(what)),
    setResidual: (id, rating) => this.commit(setResidual(this.doc, id, rating), this.t('risk.residualChanged')),
    duplicate: (id) => this.duplicate(id),
    remove: (id) => this.deleteRisk(id),
    markDirty: this.markDirty,
    text: (e) => this.committedText(e),
  };
  /** @internal The table body's listeners, for every row. */
  private readonly rowEvents = rowEvents(this.row);
  /** @internal The heat map and summary, counted again after an edit only for the risks it replaced. */
  private readonly overview = registerOverview();
  /** @internal Where a risk was last found in the document: an edit's next event is most often on the same row. */
  private lastFound = 0;

  private findRisk(id: string): Risk | undefined {
    const risks = this.doc.risks;
    if (risks[this.lastFound]?.id === id) return risks[this.lastFound];
    for (let i = 0; i < risks.length; i++) {
      if (risks[i]!.id !== id) continue;
      this.lastFound = i;
      return risks[i];
    }
    return undefined;
  }

  private async add(): Promise<void> {
    const id = nextRiskId(this.doc);
    this.cellFilter = null;
    this.commit(addRisk(this.doc, { id, title: this.t('risk.newTitle') }), this.t('risk.added'));
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLTextAreaElement>(`tr[data-id="${CSS.escape(id)}"] textarea.title`);
    input?.focus();
    input?.select();
  }

  private async duplicate(id: string): Promise<void> {
    const before = new Set(this.doc.risks.map((r) => r.id));
    this.commit(duplicateRisk(this.doc, id, this.t('risk.copySuffix')), this.t('risk.duplicated'));
    const copy = this.doc.risks.find((r) => !before.has(r.id));
    await this.updateComplete;
    if (copy) this.renderRoot.querySelector<HTMLInputElement>(`tr[data-id="${CSS.escape(copy.id)}"] textarea.title`)?.focus();
  }

  private async deleteRisk(id: string): Promise<void> {
    const rows = this.visibleRisks();
    const at = rows.findIndex((r) => r.id === id);
    const title = rows[at]?.title ?? '';
    this.commit(removeRisk(this.doc, id), this.t('risk.deleted', { title }));
    await this.updateComplete;
    // Keep focus in the table: on the row that took its place, or on Add risk.
    const next = this.visibleRisks()[Math.min(at, this.visibleRisks().length - 1)];
    const target = next
      ? this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(next.id)}"] button.danger`)
      : this.renderRoot.querySelector<HTMLElement>('button.add');
    target?.focus();
  }

  /** @internal The risks as the table shows them: filtered by the chosen cell, then sorted. */
  private visibleRisks(): Risk[] {
    const f = this.cellFilter;
    const risks = f
      ? this.doc.risks.filter((r) => {
          const at = ratingOf(r, this.view);
          return at.likelihood === f.likelihood && at.impact === f.impact;
        })
      : this.doc.risks;
    return this.sort ? sortRisks(risks, this.sort.key, this.sort.direction) : risks;
  }

  private toggleSort(key: RiskSortKey): void {
    const s = this.sort;
    // Scores and dates are most useful highest or soonest first; a third press returns to document order.
    const first: SortDirection = key === 'reviewDate' || key === 'status' ? 'ascending' : 'descending';
    if (!s || s.key !== key) this.sort = { key, direction: first };
    else if (s.direction === first) this.sort = { key, direction: first === 'ascending' ? 'descending' : 'ascending' };
    else this.sort = null;
    const sort = this.sort;
    this.announce(sort ? this.t(`risk.sorted.${sort.direction}`, { column: this.t(SORT_COLUMN[sort.key]) }) : this.t('risk.sorted.none'));
  }

  private selectCell(cell: HeatMapCell): void {
    this.cellFilter = { likelihood: cell.likelihood, impact: cell.impact };
    this.announce(this.t('risk.filter.announce', { count: cell.count, likelihood: cell.likelihood, impact: cell.impact }));
  }

  private clearFilter = (): void => {
    if (!this.cellFilter) return;
    this.cellFilter = null;
    this.announce(this.t('risk.filter.cleared'));
  };

  private setView(view: RatingView): void {
    this.view = view;
    this.cellFilter = null;
  }

  protected override renderWorksheet(): TemplateResult {
    const doc = this.doc;
    const today = this.today ?? todayISO();
    const bands = bandsOf(doc);
    const { cells, summary } = this.overview(doc, this.view, today);
    const all = this.visibleRisks();
    const risks = all.length > this.rowLimit ? all.slice(0, this.rowLimit) : all;
    this.rowsDrawn = risks.length;
    const t = this.t;
    const labels = riskLabels(t);
    const num = (n: number) => labels.num(n);
    Object.assign(this.row, { readonly: this.isReadonly, bands, today, labels });
    /** What every row depends on besides its risk: a change renders every row again. */
    const rowInputs = [this.isReadonly, bands, today, labels];
    const filter = this.cellFilter;

    return html`
      <div class="layout">
        <section class="overview" part="chart" aria-labelledby="chart-title">
          ${guard(
            [this.view, t],
            () => html`<div class="chart-head">
              <h3 id="chart-title">${t('risk.heatMap.title')}</h3>
              <div class="segmented" role="group" aria-label=${t('risk.view.label')}>
                ${(['inherent', 'residual'] as const).map(
                  (v) => html`<button type="button" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => this.setView(v)}>
                    ${v === 'inherent' ? labels.inherent : labels.residual}
                  </button>`,
                )}
              </div>
            </div>`,
          )}
          ${renderHeatMap({
            cells,
            selected: this.cellFilter,
            roving: this.roving,
            t,
            rtl: this.rtl,
            onSelect: (cell) => this.selectCell(cell),
            onClear: this.clearFilter,
          })}
          ${this.view === 'residual' && summary.unratedResidual
            ? html`<p class="note">${t('risk.note.unrated', { count: summary.unratedResidual })}</p>`
            : nothing}
          ${guard(
            [bands, ...RISK_BANDS.map((band) => summary.byBand[band]), t],
            () => html`<ul class="legend" part="legend" aria-label=${t('risk.legend.label')}>
            ${RISK_BANDS.map((band) => {
              const lo = band === 'low' ? 1 : bands[band];
              const next = { low: bands.medium, medium: bands.high, high: bands.critical, critical: 26 }[band];
              const inBand = SCORES.filter((s) => s >= lo && s < next);
              const range = inBand.length ? `${num(inBand[0]!)}–${num(inBand[inBand.length - 1]!)}` : t('risk.legend.none');
              return html`<li><span class="swatch" data-band=${band}></span>${labels.band[band]} <span class="muted">${range}</span>
                <strong class="band-count">${num(summary.byBand[band])}</strong></li>`;
            })}
          </ul>`,
          )}
          ${guard(
            [summary.total, summary.open, summary.overdue, t],
            () => html`<p class="summary" part="summary">
            <span>${t.rich('risk.summary.total', { count: summary.total }, { count: html`<strong>${num(summary.total)}</strong>` })}</span>
            <span>${t.rich('risk.summary.open', { count: summary.open }, { count: html`<strong>${num(summary.open)}</strong>` })}</span>
            <span class=${summary.overdue ? 'overdue' : ''}>${t.rich('risk.summary.overdue', { count: summary.overdue }, { count: html`<strong>${num(summary.overdue)}</strong>` })}</span>
          </p>`,
          )}
        </section>

        <section class="register" aria-label=${t('risk.register.label')}>
          <div class="register-bar">
            ${this.isReadonly ? nothing : html`<button type="button" class="primary add" @click=${this.add}>${icons.plus} ${t('risk.add')}</button>`}
            ${filter
              ? html`<p class="filter" part="filter">
                  ${t(this.view === 'inherent' ? 'risk.filter.inherent' : 'risk.filter.residual', {
                    shown: risks.length,
                    total: doc.risks.length,
                    likelihood: filter.likelihood,
                    impact: filter.impact,
                  })}
                  <button type="button" @click=${this.clearFilter}>${t('risk.filter.clear')}</button>
                </p>`
              : nothing}
          </div>
          ${doc.risks.length === 0
            ? html`<div class="empty">
                <p>${t('risk.empty.title')}</p>
                ${this.isReadonly
                  ? nothing
                  : html`<p>${t('risk.empty.hint')}</p>
                      <button type="button" @click=${() => this.commit(useSampleRisks(this.doc), this.t('risk.sampleLoaded'))}>${t('risk.empty.sample')}</button>`}
              </div>`
            : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('risk.table.label')}>
                <table part="table" class="cards" ${cardLabels([labels.inherent, labels.residual, labels.responseColumn, labels.owner, labels.statusReview])}>
                  <caption class="visually-hidden">
                    ${filter ? t('risk.table.captionFiltered', { likelihood: filter.likelihood, impact: filter.impact }) : t('risk.table.caption')}
                  </caption>
                  <colgroup>
                    <col class="c-risk" /><col class="c-rating" /><col class="c-rating" /><col class="c-response" /><col class="c-owner" /><col
                      class="c-status"
                    />${this.isReadonly ? nothing : html`<col class="c-actions" />`}
                  </colgroup>
                  ${guard([this.sort, t, this.isReadonly], () => html`<thead>
                    <tr>
                      <th scope="col">${t('risk.col.risk')}</th>
                      ${this.sortHeader('score', labels.inherent)}
                      ${this.sortHeader('residual', labels.residual)}
                      <th scope="col">${labels.responseColumn}</th>
                      <th scope="col">${labels.owner}</th>
                      <th scope="col" aria-sort=${this.sort?.key === 'status' || this.sort?.key === 'reviewDate' ? this.sort.direction : 'none'}>
                        <span class="two-sorts">${this.sortButton('status', t('risk.col.status'))}<span aria-hidden="true">·</span>${this.sortButton('reviewDate', t('risk.col.review'))}</span>
                      </th>
                      ${this.isReadonly ? nothing : html`<th scope="col"><span class="visually-hidden">${t('risk.col.actions')}</span></th>`}
                    </tr>
                  </thead>`)}
                  <tbody
                    @change=${this.rowEvents.change}
                    @input=${this.rowEvents.input}
                    @keydown=${this.rowEvents.keydown}
                    @click=${this.rowEvents.click}
                  >
                    ${keyedRows(risks, (r) => r.id, (r) => guard([r, ...rowInputs], () => renderRiskRow(r, this.row)), rowInputs)}
                  </tbody>
                </table>
                ${risks.length < all.length
                  ? html`<p class="drawing" role="status">${t('risk.drawing', { shown: risks.length, total: all.length })}</p>`
                  : nothing}
              </div>`}
        </section>
      </div>
    `;
  }

  private sortHeader(key: RiskSortKey, label: string): TemplateResult {
    return html`<th scope="col" aria-sort=${this.sort?.key === key ? this.sort.direction : 'none'}>${this.sortButton(key, label)}</th>`;
  }

  private sortButton(key: RiskSortKey, label: string): TemplateResult {
    const active = this.sort?.key === key ? this.sort.direction : undefined;
    return html`<button type="button" class="sort" aria-label=${this.t(SORT_BY[key])} aria-pressed=${active ? 'true' : 'false'} @click=${() => this.toggleSort(key)}>
      ${label}<span class="sort-icon" aria-hidden="true">${active === 'ascending' ? '▲' : active === 'descending' ? '▼' : '↕'}</span>
    </button>`;
  }
}
