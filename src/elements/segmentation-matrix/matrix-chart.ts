import { svg, nothing, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber, type MessageParams, type Translate } from '../../core/i18n.js';
import { fitText, type MatrixLayout, type PointLayout } from '../../models/segmentation-matrix/layout.js';
import { THRESHOLD, type SegmentationMatrixDocument } from '../../models/segmentation-matrix/types.js';

export interface ChartContext {
  doc: SegmentationMatrixDocument;
  layout: MatrixLayout;
  activeId: string | null;
  selectedId: string | null;
  readonly: boolean;
  segmentLabel: (id: string) => string;
  describedBy: string;
  t: Translate;
  /** Right to left: the x axis runs from right (0) to left (100); the layout's x coordinates are mirrored. */
  rtl: boolean;
  /** Kept by the element between renders, so that blocks of unchanged points stay the same arrays. */
  memo?: ChartMemo;
}

/** What the chart keeps from one render to the next. */
export interface ChartMemo {
  blocks: PointLayout[][];
}

/** The messages a point needs, read once per locale (not once per point): a move among 2,000 points stays cheap. */
interface PointStrings {
  locale: string;
  label: string;
  labelSized: string;
  x: string;
  y: string;
}
const pointStrings = new WeakMap<Translate, PointStrings>();

function stringsOf(t: Translate): PointStrings {
  let s = pointStrings.get(t);
  if (!s) {
    // Without parameters a message comes back with its `{name}` placeholders, filled per point below.
    s = { locale: t.locale, label: t('matrix.point.label'), labelSized: t('matrix.point.labelSized'), x: t('matrix.axis.x'), y: t('matrix.axis.y') };
    pointStrings.set(t, s);
  }
  return s;
}

/** Fills `{name}` placeholders in one pass, numbers written for the locale (as messages do). */
function fill(template: string, params: MessageParams, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name]!;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

/** What a screen reader hears for a point: its name, segment, both coordinates and its quadrant. */
export function pointName(p: PointLayout, ctx: ChartContext, s: PointStrings = stringsOf(ctx.t)): string {
  const { x, y } = ctx.doc.axes;
  const q = ctx.layout.quadrants.find((c) => c.quadrant === p.quadrant)?.label ?? p.quadrant;
  const { partner } = p;
  const params: MessageParams = {
    name: partner.name,
    segment: ctx.segmentLabel(partner.segment),
    xAxis: x.label || s.x,
    x: partner.x,
    yAxis: y.label || s.y,
    y: partner.y,
    quadrant: q,
  };
  if (partner.size !== undefined) params.size = partner.size;
  return fill(partner.size !== undefined ? s.labelSized : s.label, params, s.locale);
}

function renderPoint(p: PointLayout, ctx: ChartContext, tabindex: 0 | -1, s: PointStrings, mx: (x: number) => number): SVGTemplateResult {
  const label = ctx.layout.labels.get(p.partner.id);
  const selected = p.partner.id === ctx.selectedId;
  const showLabel = label ?? (selected || p.partner.id === ctx.activeId ? { x: p.px + p.r + 4, y: p.py, anchor: 'start' as const, leader: false } : undefined);
  const px = mx(p.px);
  // Label anchors are logical (start/end): the chart's `direction` turns them round in RTL, as the x coordinates are.
  return svg`<g
      class="point"
      part="point"
      data-id=${p.partner.id}
      data-shape=${p.shape}
      transform=${`translate(${px.toFixed(1)} ${p.py.toFixed(1)})`}
      role="button"
      tabindex=${tabindex}
      aria-label=${pointName(p, ctx, s)}
      aria-describedby=${ctx.describedBy}
      aria-pressed=${selected ? 'true' : 'false'}
    >
      <circle class="hit" r=${Math.max(p.r, 12)}></circle>
      <path class="mark" d=${p.path} fill=${p.color}></path>
      ${selected ? svg`<circle class="ring" r=${p.r + 5}></circle>` : nothing}
    </g>
    ${showLabel
      ? svg`${showLabel.leader ? svg`<line class="leader" aria-hidden="true" x1=${px} y1=${p.py} x2=${mx(showLabel.x)} y2=${showLabel.y}></line>` : nothing}
        <text class="label" aria-hidden="true" x=${mx(showLabel.x)} y=${showLabel.y} text-anchor=${showLabel.anchor} dominant-baseline="middle">${p.partner.name}</text>`
      : nothing}`;
}

/**
 * The matrix: plot area, threshold lines at 50, quadrant labels with counts, axes with their ends, one point per partner.
 * In RTL every x coordinate is mirrored (x ↦ width − x): 0 is on the right, 100 on the left, the vertical axis and
 * its labels stand on the right. The `<svg>` around the chart must carry the matching `direction`, so that the
 * logical text anchors (start, end) turn round with the coordinates.
 */
export function renderChart(ctx: ChartContext): SVGTemplateResult {
  const { layout: L, doc, rtl } = ctx;
  const { plot } = L;
  const W = L.width;
  const mx = rtl ? (x: number) => W - x : (x: number) => x;
  const s = stringsOf(ctx.t);
  const firstId = L.points[0]?.partner.id;
  const activeId = ctx.activeId !== null && hasPoint(L.points, ctx.activeId) ? ctx.activeId : firstId;
  const q = L.quadrants;
  return svg`
    ${
      // The frame (plot, thresholds, quadrant labels and counts, axes) changes with the size, the labels, the
      // language and the counts, not when a point moves within its quadrant.
      guard(
        [W, plot.left, plot.top, plot.width, plot.height, doc.axes, doc.quadrants, ctx.t, rtl, q[0]?.count, q[1]?.count, q[2]?.count, q[3]?.count],
        () => renderFrame(ctx, mx),
      )
    }
    <g class="points">
      ${blocksOf(L.points, ctx.memo).map((block) =>
        // A block of points is looked at only when one of its points, or what every point shows, changed; then each
        // point re-renders only when what it shows changed. So a keyboard move among 2,000 partners renders one point.
        // Every layout places its labels afresh (a new map, new objects): a block compares its points' label places,
        // not the map, or every move would look at all 2,000 points. Above MAX_LABELLED points there are none.
        guard([block, activeId, ctx.selectedId, ctx.readonly, doc.axes, doc.quadrants, doc.segments, s, rtl, W, ...labelPlaces(block, L)], () =>
          repeat(
            block,
            (p) => p.partner.id,
            (p) => {
              const tabindex = p.partner.id === activeId ? 0 : -1;
              const label = L.labels.get(p.partner.id);
              return guard(
                [p, tabindex, p.partner.id === ctx.selectedId, label?.x, label?.y, label?.anchor, label?.leader, ctx.readonly, doc.axes, doc.quadrants, doc.segments, s, rtl, W],
                () => renderPoint(p, ctx, tabindex, s, mx),
              );
            },
          ),
        ),
      )}
    </g>`;
}

/** The plot area, threshold lines, quadrant labels with their counts, and the axes with their ends and labels. */
function renderFrame(ctx: ChartContext, mx: (x: number) => number): SVGTemplateResult {
  const { layout: L, doc, rtl } = ctx;
  const { plot } = L;
  const W = L.width;
  const [tx, ty] = L.toPx(THRESHOLD, THRESHOLD);
  const axisY = plot.top + plot.height;
  const half = plot.width / 2 - 48;
  // The arrow points the way values grow: left in RTL, along the x axis and (rotated the other way) up the y axis.
  const arrow = rtl ? '←' : '→';
  // The y axis: rotated to read along the axis, outside the plot on the left (LTR) or on the right (RTL).
  const ySign = rtl ? -1 : 1;
  return svg`
    <rect class="plot" x=${rtl ? W - plot.left - plot.width : plot.left} y=${plot.top} width=${plot.width} height=${plot.height}></rect>
    <line class="threshold" x1=${mx(tx)} y1=${plot.top} x2=${mx(tx)} y2=${axisY}></line>
    <line class="threshold" x1=${mx(plot.left)} y1=${ty} x2=${mx(plot.left + plot.width)} y2=${ty}></line>
    <g class="quadrants" part="quadrant-labels" aria-hidden="true">
      ${L.quadrants.map(
        (q) => svg`<text class="quadrant" part="quadrant" data-quadrant=${q.quadrant} x=${mx(q.x)} y=${q.y} text-anchor=${q.anchor} dominant-baseline=${q.baseline}>
          ${ctx.t('matrix.quadrant.count', { label: fitText(q.label, plot.width / 2 - 48), count: q.count })}
        </text>`,
      )}
    </g>
    <g class="axes" aria-hidden="true">
      <text class="end x-low" x=${mx(plot.left)} y=${axisY + 16}>${fitText(doc.axes.x.low, half)}</text>
      <text class="end x-high" x=${mx(plot.left + plot.width)} y=${axisY + 16} text-anchor="end">${fitText(doc.axes.x.high, half)}</text>
      <text class="axis-label x-label" x=${mx(plot.left + plot.width / 2)} y=${axisY + 34} text-anchor="middle">${fitText(doc.axes.x.label, plot.width - 20)} ${arrow}</text>
      <g transform=${`translate(${mx(plot.left - 8)} ${axisY}) rotate(${rtl ? 90 : -90})`}>
        <text class="end y-low" x="0" y="0">${fitText(doc.axes.y.low, plot.height / 2 - 48)}</text>
        <text class="end y-high" x=${ySign * plot.height} y="0" text-anchor="end">${fitText(doc.axes.y.high, plot.height / 2 - 48)}</text>
        <text class="axis-label y-label" x=${(ySign * plot.height) / 2} y="-18" text-anchor="middle">${fitText(doc.axes.y.label, plot.height - 20)} ${arrow}</text>
      </g>
    </g>`;
}

/** Points per block (see above). */
const BLOCK = 64;

/** Where the labels of a block's points stand (x, y, anchor, leader each): nothing when the chart places none. */
function labelPlaces(block: readonly PointLayout[], L: MatrixLayout): unknown[] {
  if (!L.labels.size) return [];
  const places: unknown[] = [];
  for (const p of block) {
    const label = L.labels.get(p.partner.id);
    places.push(label?.x, label?.y, label?.anchor, label?.leader);
  }
  return places;
}

/**
 * The points in blocks of BLOCK. A block that holds the same points as the one at its place in the last render
 * (the layout reuses the points of unchanged partners) is that same array, so its guard compares one value.
 */
function blocksOf(points: readonly PointLayout[], memo?: ChartMemo): PointLayout[][] {
  const last = memo?.blocks ?? [];
  const blocks: PointLayout[][] = [];
  for (let start = 0, b = 0; start < points.length; start += BLOCK, b++) {
    const end = Math.min(start + BLOCK, points.length);
    const old = last[b];
    let same = old !== undefined && old.length === end - start;
    for (let i = start; same && i < end; i++) same = old![i - start] === points[i];
    blocks.push(same ? old! : points.slice(start, end));
  }
  if (memo) memo.blocks = blocks;
  return blocks;
}

/** Whether a partner has a point (a plain loop: it runs on every render, over thousands of points). */
function hasPoint(points: readonly PointLayout[], id: string): boolean {
  for (let i = 0; i < points.length; i++) if (points[i]!.partner.id === id) return true;
  return false;
}
