import { html, noChange, nothing, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { stack } from 'd3-shape';
import { formatNumber, type Translate } from '../../core/i18n.js';
import type { RovingFocus } from '../../core/roving.js';
import type { DealAnalysis, Standing } from '../../models/deal-comparator/selectors.js';
import { SCORE_MAX, type DealComparatorDocument } from '../../models/deal-comparator/types.js';
import { formatPoints, formatShare } from './format.js';
import { linearScale } from '../../models/shared/scale.js';

/** How many chart colours the palette has; criteria beyond it reuse colours, and their numbers tell them apart. */
export const PALETTE_SIZE = 8;

export interface ChartSegment {
  criterionId: string;
  /** 1-based position of the criterion, printed in wide segments and in the legend. */
  number: number;
  label: string;
  /** Left edge (the smaller x, in either direction). */
  x0: number;
  /** Right edge. */
  x1: number;
  contribution: number;
}

export interface ChartBar {
  standing: Standing;
  y: number;
  segments: ChartSegment[];
  /** x of the bar's end (its right end left to right, its left end right to left). */
  end: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotWidth: number;
  /** Right to left: bars grow from the right edge and their numbers are to their left. */
  rtl: boolean;
  /** x where the bars start (0 of the scale). */
  origin: number;
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
 * Right to left the scale runs from the right edge leftwards, so the bars grow from the right.
 */
export function chartLayout(doc: DealComparatorDocument, analysis: DealAnalysis, width: number, locale: string, rtl = false): ChartLayout {
  const plotWidth = Math.max(120, width - VALUE_ROOM);
  const x = linearScale([0, SCORE_MAX], rtl ? [width, width - plotWidth] : [0, plotWidth]);
  const keys = doc.criteria.map((c) => c.id);
  const rows = analysis.ranking.map((s) => Object.fromEntries(keys.map((k, i) => [k, s.contributions[i]!])) as Record<string, number>);
  const series = stack<Record<string, number>>().keys(keys)(rows);
  const bars = analysis.ranking.map((standing, i): ChartBar => ({
    standing,
    y: i * ROW,
    end: x(standing.total ?? 0),
    segments: series
      .map((layer, k) => {
        const [a, b] = [x(layer[i]![0]), x(layer[i]![1])];
        return {
          criterionId: keys[k]!,
          number: k + 1,
          label: doc.criteria[k]!.label,
          x0: Math.min(a, b),
          x1: Math.max(a, b),
          contribution: standing.contributions[k]!,
        };
      })
      .filter((seg) => seg.contribution > 0),
  }));
  return {
    width,
    height: bars.length * ROW + AXIS,
    plotWidth,
    rtl,
    origin: x(0),
    bars,
    ticks: x.ticks(5).map((t) => ({ x: x(t), label: formatNumber(locale, t) })),
  };
}

/** A name cut to fit the line (SVG text does not wrap); the whole name is in the bar's label and title. */
const fit = (text: string, px: number): string => {
  const max = Math.max(8, Math.floor(px / 7.2));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export const standingWords = (t: Translate, s: Standing): string =>
  s.total === undefined
    ? t('deal.standing.noTotal')
    : s.leader
      ? t(s.tied ? 'deal.standing.tiedLead' : 'deal.standing.leader')
      : t(s.tied ? 'deal.standing.tiedRank' : 'deal.standing.rank', { rank: s.rank ?? '–' });

export interface BarChartProps {
  t: Translate;
  layout: ChartLayout;
  roving: RovingFocus;
  focusedId: string | undefined;
  onFocusBar: (id: string) => void;
}

/** What a segment's tooltip says. */
type SegmentText = (bar: ChartBar, seg: ChartSegment) => string;

/** The one `<title>` of the page's charts, moved into whichever segment the pointer is over. */
let tooltip: SVGTitleElement | undefined;

/**
 * Gives the segment under the pointer its tooltip. Only that segment carries a `<title>`: written into all 600
 * segments of a 20 × 30 comparison, the tooltips changed on every weight change and took about a third of the
 * update's time. When the chart is drawn again (a weight changed while the pointer rests on a segment), the tooltip
 * is written again from the new numbers, or taken away if its segment is now another criterion's or gone.
 * Usage: `<svg ${segmentTooltip(layout, text)}>`.
 */
class SegmentTooltip extends Directive {
  private layout!: ChartLayout;
  private text!: SegmentText;
  /** The segment holding the tooltip: its bar, its criterion, and its place among the bar's segments. */
  private shown?: { bar: string; criterion: string; index: number };
  private chart?: Element;

  render(_layout: ChartLayout, _text: SegmentText): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [layout, text]: [ChartLayout, SegmentText]): typeof noChange {
    this.layout = layout;
    this.text = text;
    if (!this.chart) {
      this.chart = part.element;
      this.chart.addEventListener('pointerover', (e) => this.show((e.target as Element).closest<SVGGElement>('g.seg')));
    }
    if (this.shown && tooltip && this.chart.contains(tooltip) && !this.write()) tooltip.remove();
    return noChange;
  }

  private show(seg: SVGGElement | null): void {
    const bar = this.layout.bars.find((b) => b.standing.id === seg?.closest<SVGGElement>('g.bar')?.dataset.id);
    const index = bar?.segments.findIndex((s) => s.criterionId === seg!.dataset.criterion) ?? -1;
    if (index < 0) return;
    this.shown = { bar: bar!.standing.id, criterion: seg!.dataset.criterion!, index };
    tooltip ??= svgElement('title', {});
    this.write();
    seg!.firstElementChild!.append(tooltip);
  }

  /** Writes the tooltip from the current layout; false when its segment no longer shows its criterion. */
  private write(): boolean {
    const { bar: id, criterion, index } = this.shown!;
    const bar = this.layout.bars.find((b) => b.standing.id === id);
    const seg = bar?.segments[index];
    if (seg?.criterionId !== criterion) return false;
    tooltip!.textContent = this.text(bar!, seg);
    return true;
  }
}

const segmentTooltip = directive(SegmentTooltip);

/** An SVG element with these attributes. */
function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

/** One drawn segment and what was last written to it. */
interface DrawnSegment {
  g: SVGGElement;
  rect: SVGRectElement;
  number?: SVGTextElement;
  written: Record<string, string>;
}

/**
 * A bar's segments, written to the DOM directly: `<g class="seg" data-color data-criterion><rect/><text
 * class="seg-number"/></g>` for each, in order. A weight change moves every segment of every bar (600 in a 20 × 30
 * comparison); through templates, that was 600 template instances to create and walk on each change. Here each
 * segment's attributes are compared with what was last written and set only when they differ. Text goes in as
 * text (`textContent`), never as markup. Usage: `<g class="segs" ${segments(bar.segments, numberOf)}></g>`.
 */
class Segments extends Directive {
  private drawn: DrawnSegment[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('segments() belongs on an element');
  }

  render(_segments: readonly ChartSegment[], _numberOf: (n: number) => string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [list, numberOf]: [readonly ChartSegment[], (n: number) => string]): typeof noChange {
    const host = part.element;
    list.forEach((seg, i) => {
      let d = this.drawn[i];
      if (!d) {
        const g = svgElement('g', { class: 'seg' });
        const rect = svgElement('rect', { y: NAME_LINE, height: BAR_HEIGHT });
        g.append(rect);
        host.append(g);
        d = this.drawn[i] = { g, rect, written: {} };
      }
      const width = seg.x1 - seg.x0;
      write(d, d.g, 'data-color', String((seg.number - 1) % PALETTE_SIZE));
      write(d, d.g, 'data-criterion', seg.criterionId);
      write(d, d.rect, 'x', String(seg.x0));
      write(d, d.rect, 'width', String(Math.max(0, width)));
      if (width >= MIN_LABELLED) {
        if (!d.number) {
          d.g.append((d.number = svgElement('text', { class: 'seg-number', 'text-anchor': 'middle', 'aria-hidden': 'true' })));
          delete d.written.transform;
          delete d.written.text;
        }
        write(d, d.number, 'transform', `translate(${(seg.x0 + seg.x1) / 2} ${NAME_LINE + BAR_HEIGHT / 2 + 4})`);
        const text = numberOf(seg.number);
        if (d.written.text !== text) d.number.textContent = d.written.text = text;
      } else if (d.number) {
        d.number.remove();
        d.number = undefined;
      }
    });
    for (const gone of this.drawn.splice(list.length)) gone.g.remove();
    return noChange;
  }
}

/** Sets an attribute unless it was last written with that value (each name is on one of the segment's elements). */
function write(d: DrawnSegment, el: Element, name: string, value: string): void {
  if (d.written[name] === value) return;
  d.written[name] = value;
  el.setAttribute(name, value);
}

const segments = directive(Segments);

/** The totals as horizontal bars split by criterion, each bar one tab stop of a roving group (arrow keys move). */
export function renderBarChart({ t, layout, roving, focusedId, onFocusBar }: BarChartProps): TemplateResult {
  const { width, height, bars, ticks, rtl, plotWidth } = layout;
  const points = (v: number) => formatPoints(t.locale, v);
  // Criterion numbers repeat in every bar: write each once.
  const numbers: string[] = [];
  const numberOf = (n: number) => (numbers[n] ??= formatNumber(t.locale, n));
  // Text is anchored at its start, which the direction makes its left end (LTR) or its right end (RTL).
  const side = rtl ? -1 : 1;
  const ringWidth = plotWidth + VALUE_ROOM;
  const ringX = rtl ? width + 3 - ringWidth : -3;
  const trackX = rtl ? width - plotWidth : 0;
  const segmentText = ({ standing: s }: ChartBar, seg: ChartSegment) =>
    t('deal.chart.segment', {
      number: seg.number,
      criterion: seg.label,
      value: points(seg.contribution),
      option: s.name,
      total: s.total === undefined ? '—' : points(s.total),
    });
  return html`<svg
    class="bars"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    direction=${rtl ? 'rtl' : 'ltr'}
    role="group"
    aria-label=${t('deal.chart.label')}
    @keydown=${roving.onKeyDown}
    @focusin=${roving.onFocusIn}
    ${segmentTooltip(layout, segmentText)}
  >
    ${ticks.map(
      (tick) => svg`<line class="grid-line" x1=${tick.x} x2=${tick.x} y1="0" y2=${height - 18} />
        <text class="tick" x=${tick.x} y=${height - 4} text-anchor="middle" aria-hidden="true">${tick.label}</text>`,
    )}
    ${repeat(
      bars,
      (b) => b.standing.id,
      (b, i) => {
        const s = b.standing;
        const total = s.total === undefined ? '—' : points(s.total);
        const tagWord = s.leader ? t(s.tied ? 'deal.badge.tiedLead' : 'deal.badge.leader') : s.tied ? t('deal.badge.tied') : '';
        const tag = tagWord ? ` · ${tagWord}` : '';
        const rank = s.rank ?? '–';
        const params = { rank, name: s.name, total, max: SCORE_MAX, standing: standingWords(t, s) };
        const label = s.missing.length ? t('deal.chart.barMissing', { ...params, count: s.missing.length }) : t('deal.chart.bar', params);
        const rankText = typeof rank === 'number' ? formatNumber(t.locale, rank) : rank;
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
          <rect class="focus-ring" x=${ringX} y="-2" width=${ringWidth} height=${NAME_LINE + BAR_HEIGHT + 6} rx="4" />
          <text class="bar-name" x=${layout.origin} y="13" text-anchor="start" aria-hidden="true">${fit(`${rankText}. ${s.name}`, plotWidth - 80)}<tspan class="bar-tag">${tag}</tspan></text>
          <rect class="track" x=${trackX} y=${NAME_LINE} width=${plotWidth} height=${BAR_HEIGHT} rx="2" />
          <g class="segs" ${segments(b.segments, numberOf)}></g>
          <text class="bar-value" transform="translate(${b.end + side * 6} ${NAME_LINE + BAR_HEIGHT / 2 + 5})" text-anchor="start" aria-hidden="true">${total}</text>
        </g>`;
      },
    )}
  </svg>`;
}

/** The criteria with their colour, number and share of the weight. */
export function renderLegend(t: Translate, doc: DealComparatorDocument, analysis: DealAnalysis): TemplateResult {
  return html`<ol class="legend" part="legend" aria-label=${t('deal.chart.legend')}>
    ${doc.criteria.map(
      (c, i) => html`<li>
        <span class="swatch" data-color=${i % PALETTE_SIZE} aria-hidden="true">${formatNumber(t.locale, i + 1)}</span>
        <span class="legend-label">${c.label}</span>
        <span class="muted">${formatShare(t.locale, analysis.shares[i]!)}</span>
      </li>`,
    )}
  </ol>`;
}

/** The focused (or leading) option's total written out as its sum of contributions. */
export function renderBreakdown(t: Translate, doc: DealComparatorDocument, s: Standing | undefined): TemplateResult | typeof nothing {
  if (!s || s.total === undefined) return nothing;
  const parts = doc.criteria
    .map((c, i) => ({ label: c.label, value: s.contributions[i]!, missing: s.missing.includes(c.id) }))
    .filter((p) => p.value > 0 || p.missing);
  return html`<p class="breakdown">
    <strong>${s.name}</strong>: ${formatPoints(t.locale, s.total)} =
    ${parts.length
      ? parts.map(
          (p, i) =>
            html`${i ? ' + ' : ''}<span class="term">${p.label} ${p.missing ? t('deal.chart.breakdownMissing') : formatPoints(t.locale, p.value)}</span>`,
        )
      : formatNumber(t.locale, 0)}
  </p>`;
}

/** The chart's numbers as a data table: one row per option in rank order, one column per criterion. */
export function renderChartTable(t: Translate, doc: DealComparatorDocument, analysis: DealAnalysis): TemplateResult {
  const points = (v: number) => formatPoints(t.locale, v);
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${t('deal.chartTable.label')}>
    <table class="data" part="chart-table">
      <caption>${t('deal.chartTable.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('deal.chartTable.rank')}</th>
          <th scope="col">${t('deal.chartTable.option')}</th>
          ${doc.criteria.map((c, i) => html`<th scope="col">${formatNumber(t.locale, i + 1)}. ${c.label}</th>`)}
          <th scope="col">${t('deal.chartTable.total')}</th>
        </tr>
      </thead>
      <tbody>
        ${analysis.ranking.map((s) => {
          const rank = s.rank === undefined ? '—' : formatNumber(t.locale, s.rank);
          return html`<tr>
            <td>${s.tied ? t('deal.chartTable.rankTied', { rank }) : rank}</td>
            <th scope="row">${s.leader && !s.tied ? t('deal.chartTable.leader', { name: s.name }) : s.name}</th>
            ${s.contributions.map((v, i) => html`<td class="num">${s.missing.includes(doc.criteria[i]!.id) ? t('deal.missing') : points(v)}</td>`)}
            <td class="num"><strong>${s.total === undefined ? '—' : points(s.total)}</strong></td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
