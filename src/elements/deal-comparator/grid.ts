import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { icons } from '../../core/icons.js';
import { styleProps } from '../../core/style-props.js';
import { commitOnEnter } from '../../core/fields.js';
import { formatPoints, formatShare, formatWeight, isScoreMissing, type DealAnalysis, type Standing } from '../../models/deal-comparator/selectors.js';
import type { SensitivityReport } from '../../models/deal-comparator/sensitivity.js';
import {
  SCORE_MAX,
  SCORE_MIN,
  STRUCTURE_LABEL,
  WEIGHT_MAX,
  WEIGHT_MIN,
  type Criterion,
  type DealComparatorDocument,
  type DealOption,
} from '../../models/deal-comparator/types.js';
import { weightHint } from './sensitivity-table.js';

export type ItemAction = 'earlier' | 'later' | 'duplicate' | 'remove';

export interface GridContext {
  readonly: boolean;
  doc: DealComparatorDocument;
  analysis: DealAnalysis;
  sensitivity: SensitivityReport;
  onLabel: (id: string, e: Event) => void;
  onCriterionAction: (id: string, action: ItemAction) => void;
  /** `final` is false while a slider is dragged, true when the value is committed. */
  onWeight: (id: string, input: HTMLInputElement, final: boolean) => void;
  /** Delegated: a score input changed (its `data-o` and `data-c` say which). */
  onScore: (e: Event) => void;
  markDirty: (e: Event) => void;
}

const pct = (w: number) => `${(Math.min(Math.max(w, WEIGHT_MIN), WEIGHT_MAX) / (WEIGHT_MAX - WEIGHT_MIN)) * 100}%`;

/** Rank, "Leader", "tied" and missing scores, as words (colour only repeats them). */
export function standingBadges(s: Standing): TemplateResult {
  if (s.total === undefined) return html`<span class="rank muted">No weight</span>`;
  return html`<span class="rank">Rank ${s.rank}</span> ${s.leader
      ? html`<span class="badge leader">${s.tied ? 'Tied lead' : 'Leader'}</span>`
      : s.tied
        ? html`<span class="badge tied">tied</span>`
        : nothing}`;
}

function criterionHeader(c: Criterion, i: number, count: number, ctx: GridContext): TemplateResult {
  const name = c.label || `criterion ${i + 1}`;
  if (ctx.readonly) return html`<th scope="row" class="crit"><span class="crit-label">${c.label}</span></th>`;
  const action = (a: ItemAction) => () => ctx.onCriterionAction(c.id, a);
  return html`<th scope="row" class="crit">
    <textarea
      class="crit-label"
      rows="1"
      aria-label=${`Criterion ${i + 1} label`}
      .value=${live(c.label)}
      @input=${ctx.markDirty}
      @keydown=${commitOnEnter}
      @change=${(e: Event) => ctx.onLabel(c.id, e)}
    ></textarea>
    <span class="row-actions">
      <button type="button" class="icon small earlier" aria-label=${`Move ${name} up`} title="Move up" aria-disabled=${String(i === 0)} @click=${action('earlier')}>${icons.up}</button>
      <button type="button" class="icon small later" aria-label=${`Move ${name} down`} title="Move down" aria-disabled=${String(i === count - 1)} @click=${action('later')}>${icons.down}</button>
      <button type="button" class="icon small duplicate" aria-label=${`Duplicate ${name}`} title="Duplicate" @click=${action('duplicate')}>${icons.copy}</button>
      <button type="button" class="icon small danger remove" aria-label=${`Delete ${name}`} title="Delete" @click=${action('remove')}>${icons.trash}</button>
    </span>
  </th>`;
}

function weightCell(c: Criterion, i: number, ctx: GridContext): TemplateResult {
  const share = ctx.analysis.totalWeight > 0 ? formatShare(ctx.analysis.shares[i]!) : '—';
  const row = ctx.sensitivity.rows[i];
  const hint = weightHint(row);
  const hintId = `weight-hint-${i}`;
  const name = c.label || `criterion ${i + 1}`;
  // The band where the leader holds, drawn under the slider; the hint says the same in words.
  const band = row
    ? { '--lo': pct(row.down?.weight ?? WEIGHT_MIN), '--hi': pct(row.up?.weight ?? WEIGHT_MAX), '--at': pct(c.weight) }
    : { '--at': pct(c.weight) };
  return html`<td class="weight" ${styleProps(band)}>
    ${ctx.readonly
      ? html`<span class="weight-value">${formatWeight(c.weight)}</span> <span class="share">${share}</span>`
      : html`<span class="weight-controls">
          <input
            type="range"
            class="weight-slider"
            min=${WEIGHT_MIN}
            max=${WEIGHT_MAX}
            step="1"
            aria-label=${`Weight of ${name}, slider`}
            aria-describedby=${hintId}
            .value=${live(String(Math.min(c.weight, WEIGHT_MAX)))}
            @input=${(e: Event) => ctx.onWeight(c.id, e.target as HTMLInputElement, false)}
            @change=${(e: Event) => ctx.onWeight(c.id, e.target as HTMLInputElement, true)}
          />
          <input
            type="number"
            class="weight-number"
            min=${WEIGHT_MIN}
            step="1"
            inputmode="decimal"
            aria-label=${`Weight of ${name}`}
            aria-describedby=${hintId}
            .value=${live(formatWeight(c.weight))}
            @input=${ctx.markDirty}
            @change=${(e: Event) => ctx.onWeight(c.id, e.target as HTMLInputElement, true)}
          />
          <span class="share" title="Share of the total weight">${share}</span>
        </span>`}
    ${row ? html`<span class="band" aria-hidden="true"><span class="band-safe"></span><span class="band-at"></span></span>` : nothing}
    <span class="hint" id=${hintId}>${hint}</span>
  </td>`;
}

function scoreCell(o: DealOption, c: Criterion, ctx: GridContext): TemplateResult {
  const missing = isScoreMissing(o, c.id);
  const score = o.scores[c.id];
  if (ctx.readonly) {
    return html`<td class="score" data-missing=${String(missing)}>${missing ? html`<span class="missing-tag">missing</span>` : score}</td>`;
  }
  return html`<td class="score" data-missing=${String(missing)}>
    <input
      type="number"
      class="score-input"
      min=${SCORE_MIN}
      max=${SCORE_MAX}
      step="0.5"
      inputmode="decimal"
      placeholder="–"
      data-o=${o.id}
      data-c=${c.id}
      aria-label=${`${o.name}: ${c.label} score, ${SCORE_MIN} to ${SCORE_MAX}${missing ? ' (missing, counts as 0)' : ''}`}
      .value=${live(missing ? '' : String(score))}
    />
    ${missing ? html`<span class="missing-tag" aria-hidden="true">missing</span>` : nothing}
  </td>`;
}

function totalCell(s: Standing): TemplateResult {
  return html`<td class="total" data-id=${s.id} data-leader=${String(s.leader)} data-tied=${String(s.tied)}>
    <span class="total-value">${s.total === undefined ? '—' : formatPoints(s.total)}</span>
    ${standingBadges(s)}
    ${s.missing.length ? html`<span class="missing-count">${s.missing.length} missing</span>` : nothing}
  </td>`;
}

/** The comparison grid: one row per criterion (label, weight, scores), one column per option, totals at the foot. */
export function renderGrid(ctx: GridContext): TemplateResult {
  const { doc, analysis } = ctx;
  const { criteria, options } = doc;
  return html`<div class="grid-wrap scroll" part="grid" tabindex="0" role="region" aria-label="Comparison grid">
    <table class="grid" ${styleProps({ '--options': options.length })}>
      <colgroup>
        <col class="c-crit" /><col class="c-weight" />${options.map(() => html`<col class="c-opt" />`)}
      </colgroup>
      <caption class="visually-hidden">
        Scores from ${SCORE_MIN} to ${SCORE_MAX}, higher is better: one row per criterion with its weight, one column per option, weighted
        totals in the last row.
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Weight <span class="muted">and share</span></th>
          ${repeat(
            options,
            (o) => o.id,
            (o) => html`<th scope="col" class="opt-head" data-id=${o.id}>
              <span class="opt-name">${o.name}</span><span class="structure">${STRUCTURE_LABEL[o.structure]}</span>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody @change=${ctx.onScore} @input=${ctx.markDirty}>
        ${repeat(
          criteria,
          (c) => c.id,
          (c, i) => html`<tr data-id=${c.id}>
            ${criterionHeader(c, i, criteria.length, ctx)} ${weightCell(c, i, ctx)}
            ${repeat(options, (o) => o.id, (o) => scoreCell(o, c, ctx))}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr class="totals">
          <th scope="row">Weighted total <span class="muted">(0–10)</span></th>
          <td class="total-weight">${analysis.totalWeight > 0 ? html`Total weight ${formatWeight(analysis.totalWeight)}` : html`<strong class="warn">${icons.warning} Total weight 0</strong>`}</td>
          ${repeat(analysis.standings, (s) => s.id, totalCell)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}
