import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import type { RovingFocus } from '../../core/roving.js';
import { formatPoints, formatShare, type DealAnalysis, type Standing } from '../../models/deal-comparator/selectors.js';
import type { DealComparatorDocument } from '../../models/deal-comparator/types.js';

/** How many chart colours the palette has; criteria beyond it reuse colours, and their numbers tell them apart. */
export const PALETTE_SIZE = 8;

export interface ChartSegment {
  criterionId: string;
  /** 1-based position of the criterion, printed in wide segments and in the legend. */
  number: number;
  label: string;
  x0: number;
  x1: number;
  contribution: number;
}

export interface ChartBar {
  standing: Standing;
  y: number;
  segments: ChartSegment[];
  /** x of the bar's end. */
  end: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotWidth: number;
  bars: ChartBar[];
  ticks: Array<{ x: number; label: string }>;
}

const NAME_LINE = 18;
const BAR_HEIGHT = 22;
const ROW = NAME_LINE + BAR_HEIGHT + 12;
const VALUE_ROOM = 46;
const AXIS = 22;
/** Segments narrower than this carry no number (their <title>, the legend and the table still name them). */
const MIN_LABELLED = 18;

/**
 * Where every bar and segment goes. d3 computes the scale and the stacking; Lit draws. Bars are in rank order.
 * Moving text is placed with `transform`, not `x`: Blink lays SVG text out again whenever `x` changes.
 */
export function chartLayout(doc: DealComparatorDocument, analysis: DealAnalysis, width: number): ChartLayout {
  const plotWidth = Math.max(120, width - VALUE_ROOM);
  const x = scaleLinear().domain([0, 10]).range([0, plotWidth]);
  const keys = doc.criteria.map((c) => c.id);
  const rows = analysis.ranking.map((s) => Object.fromEntries(keys.map((k, i) => [k, s.contributions[i]!])) as Record<string, number>);
  const series = stack<Record<string, number>>().keys(keys)(rows);
  const bars = analysis.ranking.map((standing, i): ChartBar => ({
    standing,
    y: i * ROW,
    end: x(standing.total ?? 0),
    segments: series
      .map((layer, k) => ({
        criterionId: keys[k]!,
        number: k + 1,
        label: doc.criteria[k]!.label,
        x0: x(layer[i]![0]),
        x1: x(layer[i]![1]),
        contribution: standing.contributions[k]!,
      }))
      .filter((seg) => seg.contribution > 0),
  }));
  return {
    width,
    height: bars.length * ROW + AXIS,
    plotWidth,
    bars,
    ticks: x.ticks(5).map((t) => ({ x: x(t), label: String(t) })),
  };
}

/** A name cut to fit the line (SVG text does not wrap); the whole name is in the bar's label and title. */
const fit = (text: string, px: number): string => {
  const max = Math.max(8, Math.floor(px / 7.2));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export const standingWords = (s: Standing): string =>
  s.total === undefined ? 'no total' : `${s.leader ? (s.tied ? 'tied for the lead' : 'leader') : s.tied ? `tied, rank ${s.rank}` : `rank ${s.rank}`}`;

export interface BarChartProps {
  layout: ChartLayout;
  roving: RovingFocus;
  focusedId: string | undefined;
  onFocusBar: (id: string) => void;
}

/** The totals as horizontal bars split by criterion, each bar one tab stop of a roving group (arrow keys move). */
export function renderBarChart({ layout, roving, focusedId, onFocusBar }: BarChartProps): TemplateResult {
  const { width, height, bars, ticks } = layout;
  return html`<svg
    class="bars"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    role="group"
    aria-label="Weighted totals, best first. Use the arrow keys to move between options."
    @keydown=${roving.onKeyDown}
    @focusin=${roving.onFocusIn}
  >
    ${ticks.map(
      (t) => svg`<line class="grid-line" x1=${t.x} x2=${t.x} y1="0" y2=${height - 18} />
        <text class="tick" x=${t.x} y=${height - 4} text-anchor="middle" aria-hidden="true">${t.label}</text>`,
    )}
    ${repeat(
      bars,
      (b) => b.standing.id,
      (b, i) => {
        const s = b.standing;
        const total = s.total === undefined ? '—' : formatPoints(s.total);
        const tag = s.leader ? (s.tied ? ' · Tied lead' : ' · Leader') : s.tied ? ' · tied' : '';
        const label = `${s.rank ?? '–'}. ${s.name}: ${total} of 10, ${standingWords(s)}${s.missing.length ? `, ${s.missing.length} missing` : ''}`;
        return svg`<g
          class="bar"
          part="bar"
          data-id=${s.id}
          data-leader=${s.leader ? 'true' : 'false'}
          data-selected=${s.id === focusedId ? 'true' : 'false'}
          transform="translate(0 ${b.y})"
          role="img"
          aria-label=${label}
          tabindex=${roving.tabIndexFor(i)}
          @focus=${() => onFocusBar(s.id)}
        >
          <rect class="focus-ring" x="-3" y="-2" width=${layout.plotWidth + VALUE_ROOM} height=${NAME_LINE + BAR_HEIGHT + 6} rx="4" />
          <text class="bar-name" x="0" y="13" aria-hidden="true">${fit(`${s.rank ?? '–'}. ${s.name}`, layout.plotWidth - 80)}<tspan class="bar-tag">${tag}</tspan></text>
          <rect class="track" x="0" y=${NAME_LINE} width=${layout.plotWidth} height=${BAR_HEIGHT} rx="2" />
          ${b.segments.map(
            (seg) => svg`<g class="seg" data-color=${(seg.number - 1) % PALETTE_SIZE}>
              <rect x=${seg.x0} y=${NAME_LINE} width=${Math.max(0, seg.x1 - seg.x0)} height=${BAR_HEIGHT}>
                <title>${`${seg.number}. ${seg.label}: ${formatPoints(seg.contribution)} of ${s.name}’s ${total}`}</title>
              </rect>
              ${seg.x1 - seg.x0 >= MIN_LABELLED
                ? svg`<text class="seg-number" transform="translate(${(seg.x0 + seg.x1) / 2} ${NAME_LINE + BAR_HEIGHT / 2 + 4})" text-anchor="middle" aria-hidden="true">${seg.number}</text>`
                : nothing}
            </g>`,
          )}
          <text class="bar-value" transform="translate(${b.end + 6} ${NAME_LINE + BAR_HEIGHT / 2 + 5})" aria-hidden="true">${total}</text>
        </g>`;
      },
    )}
  </svg>`;
}

/** The criteria with their colour, number and share of the weight. */
export function renderLegend(doc: DealComparatorDocument, analysis: DealAnalysis): TemplateResult {
  return html`<ol class="legend" part="legend" aria-label="Criteria in the bars">
    ${doc.criteria.map(
      (c, i) => html`<li>
        <span class="swatch" data-color=${i % PALETTE_SIZE} aria-hidden="true">${i + 1}</span>
        <span class="legend-label">${c.label}</span>
        <span class="muted">${formatShare(analysis.shares[i]!)}</span>
      </li>`,
    )}
  </ol>`;
}

/** The focused (or leading) option's total written out as its sum of contributions. */
export function renderBreakdown(doc: DealComparatorDocument, s: Standing | undefined): TemplateResult | typeof nothing {
  if (!s || s.total === undefined) return nothing;
  const parts = doc.criteria
    .map((c, i) => ({ label: c.label, value: s.contributions[i]!, missing: s.missing.includes(c.id) }))
    .filter((p) => p.value > 0 || p.missing);
  return html`<p class="breakdown">
    <strong>${s.name}</strong>: ${formatPoints(s.total)} =
    ${parts.length
      ? parts.map((p, i) => html`${i ? ' + ' : ''}<span class="term">${p.label} ${p.missing ? 'missing (0)' : formatPoints(p.value)}</span>`)
      : '0'}
  </p>`;
}

/** The chart's numbers as a data table: one row per option in rank order, one column per criterion. */
export function renderChartTable(doc: DealComparatorDocument, analysis: DealAnalysis): TemplateResult {
  return html`<div class="scroll" tabindex="0" role="region" aria-label="Chart data table">
    <table class="data" part="chart-table">
      <caption>Contribution of each criterion to each weighted total (weight × score ÷ total weight)</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Option</th>
          ${doc.criteria.map((c, i) => html`<th scope="col">${i + 1}. ${c.label}</th>`)}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        ${analysis.ranking.map(
          (s) => html`<tr>
            <td>${s.rank ?? '—'}${s.tied ? ' (tied)' : ''}</td>
            <th scope="row">${s.name}${s.leader && !s.tied ? ' (leader)' : ''}</th>
            ${s.contributions.map((v, i) => html`<td class="num">${s.missing.includes(doc.criteria[i]!.id) ? 'missing' : formatPoints(v)}</td>`)}
            <td class="num"><strong>${s.total === undefined ? '—' : formatPoints(s.total)}</strong></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
