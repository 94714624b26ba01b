import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { icons } from '../../core/icons.js';
import { styleProps } from '../../core/style-props.js';
import { commitOnEnter } from '../../core/fields.js';
import { formatNumber, type Translate } from '../../core/i18n.js';
import { formatWeight as weightInput, isScoreMissing, type DealAnalysis, type Standing } from '../../models/deal-comparator/selectors.js';
import type { SensitivityReport } from '../../models/deal-comparator/sensitivity.js';
import { SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN, type Criterion, type DealComparatorDocument, type DealOption } from '../../models/deal-comparator/types.js';
import { formatPoints, formatShare, formatWeight, once, structureLabel } from './format.js';
import { weightHint } from './sensitivity-table.js';

export type ItemAction = 'earlier' | 'later' | 'duplicate' | 'remove';

export interface GridContext {
  t: Translate;
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
export function standingBadges(t: Translate, s: Standing): TemplateResult {
  if (s.total === undefined) return html`<span class="rank muted">${once(t, 'deal.badge.noWeight')}</span>`;
  return html`<span class="rank">${once(t, 'deal.badge.rank', { rank: s.rank ?? '–' }, String(s.rank))}</span> ${s.leader
      ? html`<span class="badge leader">${once(t, s.tied ? 'deal.badge.tiedLead' : 'deal.badge.leader')}</span>`
      : s.tied
        ? html`<span class="badge tied">${once(t, 'deal.badge.tied')}</span>`
        : nothing}`;
}

function criterionHeader(c: Criterion, i: number, count: number, ctx: GridContext): TemplateResult {
  const { t } = ctx;
  const name = c.label || t('deal.criterion.fallback', { n: i + 1 });
  if (ctx.readonly) return html`<th scope="row" class="crit"><span class="crit-label">${c.label}</span></th>`;
  const action = (a: ItemAction) => () => ctx.onCriterionAction(c.id, a);
  return html`<th scope="row" class="crit">
    <textarea
      class="crit-label"
      rows="1"
      aria-label=${t('deal.criterion.labelField', { n: i + 1 })}
      .value=${live(c.label)}
      @input=${ctx.markDirty}
      @keydown=${commitOnEnter}
      @change=${(e: Event) => ctx.onLabel(c.id, e)}
    ></textarea>
    <span class="row-actions">
      <button type="button" class="icon small earlier" aria-label=${t('deal.moveUpNamed', { name })} title=${once(t, 'deal.moveUp')} aria-disabled=${String(i === 0)} @click=${action('earlier')}>
        ${icons.up}
      </button>
      <button type="button" class="icon small later" aria-label=${t('deal.moveDownNamed', { name })} title=${once(t, 'deal.moveDown')} aria-disabled=${String(i === count - 1)} @click=${action('later')}>
        ${icons.down}
      </button>
      <button type="button" class="icon small duplicate" aria-label=${t('deal.duplicateNamed', { name })} title=${once(t, 'deal.duplicate')} @click=${action('duplicate')}>
        ${icons.copy}
      </button>
      <button type="button" class="icon small danger remove" aria-label=${t('deal.deleteNamed', { name })} title=${once(t, 'deal.delete')} @click=${action('remove')}>
        ${icons.trash}
      </button>
    </span>
  </th>`;
}

function weightCell(c: Criterion, i: number, ctx: GridContext): TemplateResult {
  const { t } = ctx;
  const share = ctx.analysis.totalWeight > 0 ? formatShare(t.locale, ctx.analysis.shares[i]!) : '—';
  const row = ctx.sensitivity.rows[i];
  const hint = weightHint(t, row);
  const hintId = `weight-hint-${i}`;
  const name = c.label || t('deal.criterion.fallback', { n: i + 1 });
  // The band where the leader holds, drawn under the slider; the hint says the same in words. Its custom properties
  // are set on the band itself: set on the table cell, they cost a 20 × 30 weight change about 3 ms more layout.
  const band = row
    ? { '--lo': pct(row.down?.weight ?? WEIGHT_MIN), '--hi': pct(row.up?.weight ?? WEIGHT_MAX), '--at': pct(c.weight) }
    : { '--at': pct(c.weight) };
  return html`<td class="weight">
    ${ctx.readonly
      ? html`<span class="weight-value">${formatWeight(t.locale, c.weight)}</span> <span class="share">${share}</span>`
      : html`<span class="weight-controls">
          <input
            type="range"
            class="weight-slider"
            min=${WEIGHT_MIN}
            max=${WEIGHT_MAX}
            step="1"
            aria-label=${t('deal.weight.slider', { name })}
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
            aria-label=${t('deal.weight.field', { name })}
            aria-describedby=${hintId}
            .value=${live(weightInput(c.weight))}
            @input=${ctx.markDirty}
            @change=${(e: Event) => ctx.onWeight(c.id, e.target as HTMLInputElement, true)}
          />
          <span class="share" title=${once(t, 'deal.weight.shareTitle')}>${share}</span>
        </span>`}
    ${row ? html`<span class="band" aria-hidden="true" ${styleProps(band)}><span class="band-safe"></span><span class="band-at"></span></span>` : nothing}
    <span class="hint" id=${hintId}>${hint}</span>
  </td>`;
}

function scoreCell(o: DealOption, c: Criterion, ctx: GridContext): TemplateResult {
  const { t } = ctx;
  const missing = isScoreMissing(o, c.id);
  const score = o.scores[c.id];
  if (ctx.readonly) {
    return html`<td class="score" data-missing=${String(missing)}>
      ${missing ? html`<span class="missing-tag">${once(t, 'deal.missing')}</span>` : formatNumber(t.locale, score!)}
    </td>`;
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
      aria-label=${once(
        t,
        missing ? 'deal.score.fieldMissing' : 'deal.score.field',
        { option: o.name, criterion: c.label, min: SCORE_MIN, max: SCORE_MAX },
        `${o.name}\u0001${c.label}`,
      )}
      .value=${live(missing ? '' : String(score))}
    />
    ${missing ? html`<span class="missing-tag" aria-hidden="true">${once(t, 'deal.missing')}</span>` : nothing}
  </td>`;
}

function totalCell(t: Translate, s: Standing): TemplateResult {
  return html`<td class="total" data-id=${s.id} data-leader=${String(s.leader)} data-tied=${String(s.tied)}>
    <span class="total-value">${s.total === undefined ? '—' : formatPoints(t.locale, s.total)}</span>
    ${standingBadges(t, s)}
    ${s.missing.length ? html`<span class="missing-count">${once(t, 'deal.missingCount', { count: s.missing.length }, String(s.missing.length))}</span>` : nothing}
  </td>`;
}

/** The comparison grid: one row per criterion (label, weight, scores), one column per option, totals at the foot. */
export function renderGrid(ctx: GridContext): TemplateResult {
  const { doc, analysis, t } = ctx;
  const { criteria, options } = doc;
  return html`<div class="grid-wrap scroll" part="grid" tabindex="0" role="region" aria-label=${once(t, 'deal.grid.label')}>
    <table class="grid" ${styleProps({ '--options': options.length })}>
      <colgroup>
        <col class="c-crit" /><col class="c-weight" />${options.map(() => html`<col class="c-opt" />`)}
      </colgroup>
      <caption class="visually-hidden">${t('deal.grid.caption', { min: SCORE_MIN, max: SCORE_MAX })}</caption>
      <thead>
        <tr>
          <th scope="col">${once(t, 'deal.grid.criterion')}</th>
          <th scope="col">${once(t, 'deal.grid.weight')} <span class="muted">${once(t, 'deal.grid.andShare')}</span></th>
          ${repeat(
            options,
            (o) => o.id,
            (o) => html`<th scope="col" class="opt-head" data-id=${o.id}>
              <span class="opt-name">${o.name}</span><span class="structure">${structureLabel(t, o.structure)}</span>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody @change=${ctx.onScore} @input=${ctx.markDirty}>
        ${repeat(
          criteria,
          (c) => c.id,
          // A weight change moves every share, hint and total, but no label or score: the row's header and its
          // score cells (600 in a 20 × 30 comparison) render again only when what they show changed.
          (c, i) => html`<tr data-id=${c.id}>
            ${guard([c, i, criteria.length, ctx.readonly, t], () => criterionHeader(c, i, criteria.length, ctx))} ${weightCell(c, i, ctx)}
            ${guard([c, options, ctx.readonly, t], () => repeat(options, (o) => o.id, (o) => scoreCell(o, c, ctx)))}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr class="totals">
          <th scope="row">${once(t, 'deal.grid.weightedTotal')} <span class="muted">${t('deal.grid.scale', { min: SCORE_MIN, max: SCORE_MAX })}</span></th>
          <td class="total-weight">
            ${analysis.totalWeight > 0
              ? t('deal.grid.totalWeight', { weight: formatWeight(t.locale, analysis.totalWeight) })
              : html`<strong class="warn">${icons.warning} ${t('deal.grid.totalWeight', { weight: 0 })}</strong>`}
          </td>
          ${repeat(analysis.standings, (s) => s.id, (s) => totalCell(t, s))}
        </tr>
      </tfoot>
    </table>
  </div>`;
}
