import { svg, nothing, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
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
}

/** What a screen reader hears for a point: its name, segment, both coordinates and its quadrant. */
export function pointName(p: PointLayout, ctx: ChartContext): string {
  const { x, y } = ctx.doc.axes;
  const q = ctx.layout.quadrants.find((c) => c.quadrant === p.quadrant)?.label ?? p.quadrant;
  const size = p.partner.size !== undefined ? `, size ${p.partner.size}` : '';
  return `${p.partner.name}: ${ctx.segmentLabel(p.partner.segment)}, ${x.label || 'x'} ${p.partner.x}, ${y.label || 'y'} ${p.partner.y}${size}, ${q}`;
}

function renderPoint(p: PointLayout, ctx: ChartContext, tabindex: 0 | -1): SVGTemplateResult {
  const label = ctx.layout.labels.get(p.partner.id);
  const selected = p.partner.id === ctx.selectedId;
  const showLabel = label ?? (selected || p.partner.id === ctx.activeId ? { x: p.px + p.r + 4, y: p.py, anchor: 'start' as const, leader: false } : undefined);
  return svg`<g
      class="point"
      part="point"
      data-id=${p.partner.id}
      data-shape=${p.shape}
      transform=${`translate(${p.px.toFixed(1)} ${p.py.toFixed(1)})`}
      role="button"
      tabindex=${tabindex}
      aria-label=${pointName(p, ctx)}
      aria-describedby=${ctx.describedBy}
      aria-pressed=${selected ? 'true' : 'false'}
    >
      <circle class="hit" r=${Math.max(p.r, 12)}></circle>
      <path class="mark" d=${p.path} fill=${p.color}></path>
      ${selected ? svg`<circle class="ring" r=${p.r + 5}></circle>` : nothing}
    </g>
    ${showLabel
      ? svg`${showLabel.leader ? svg`<line class="leader" aria-hidden="true" x1=${p.px} y1=${p.py} x2=${showLabel.x} y2=${showLabel.y}></line>` : nothing}
        <text class="label" aria-hidden="true" x=${showLabel.x} y=${showLabel.y} text-anchor=${showLabel.anchor} dominant-baseline="middle">${p.partner.name}</text>`
      : nothing}`;
}

/** The matrix: plot area, threshold lines at 50, quadrant labels with counts, axes with their ends, one point per partner. */
export function renderChart(ctx: ChartContext): SVGTemplateResult {
  const { layout: L, doc } = ctx;
  const { plot } = L;
  const [tx, ty] = L.toPx(THRESHOLD, THRESHOLD);
  const axisY = plot.top + plot.height;
  const firstId = L.points[0]?.partner.id;
  const activeId = L.points.some((p) => p.partner.id === ctx.activeId) ? ctx.activeId : firstId;
  const half = plot.width / 2 - 48;
  return svg`
    <rect class="plot" x=${plot.left} y=${plot.top} width=${plot.width} height=${plot.height}></rect>
    <line class="threshold" x1=${tx} y1=${plot.top} x2=${tx} y2=${axisY}></line>
    <line class="threshold" x1=${plot.left} y1=${ty} x2=${plot.left + plot.width} y2=${ty}></line>
    <g class="quadrants" part="quadrant-labels" aria-hidden="true">
      ${L.quadrants.map(
        (q) => svg`<text class="quadrant" part="quadrant" x=${q.x} y=${q.y} text-anchor=${q.anchor} dominant-baseline=${q.baseline}>
          ${q.text}
        </text>`,
      )}
    </g>
    <g class="axes" aria-hidden="true">
      <text class="end" x=${plot.left} y=${axisY + 16}>${fitText(doc.axes.x.low, half)}</text>
      <text class="end" x=${plot.left + plot.width} y=${axisY + 16} text-anchor="end">${fitText(doc.axes.x.high, half)}</text>
      <text class="axis-label" x=${plot.left + plot.width / 2} y=${axisY + 34} text-anchor="middle">${fitText(doc.axes.x.label, plot.width - 20)} →</text>
      <g transform=${`translate(${plot.left - 8} ${axisY}) rotate(-90)`}>
        <text class="end" x="0" y="0">${fitText(doc.axes.y.low, plot.height / 2 - 48)}</text>
        <text class="end" x=${plot.height} y="0" text-anchor="end">${fitText(doc.axes.y.high, plot.height / 2 - 48)}</text>
        <text class="axis-label" x=${plot.height / 2} y="-18" text-anchor="middle">${fitText(doc.axes.y.label, plot.height - 20)} →</text>
      </g>
    </g>
    <g class="points">
      ${blocksOf(L.points).map((block) =>
        // A block of points is looked at only when one of its points, or what every point shows, changed; then each
        // point re-renders only when what it shows changed. So a keyboard move among 2,000 partners renders one point.
        guard([activeId, ctx.selectedId, L.labels, ctx.readonly, doc.axes, doc.quadrants, doc.segments, ...block], () =>
          repeat(
            block,
            (p) => p.partner.id,
            (p) => {
              const tabindex = p.partner.id === activeId ? 0 : -1;
              const label = L.labels.get(p.partner.id);
              return guard([p, tabindex, p.partner.id === ctx.selectedId, label?.x, label?.y, ctx.readonly, doc.axes, doc.quadrants, doc.segments], () =>
                renderPoint(p, ctx, tabindex),
              );
            },
          ),
        ),
      )}
    </g>`;
}

/** Points per block (see above). */
const BLOCK = 64;

function blocksOf(points: readonly PointLayout[]): PointLayout[][] {
  const blocks: PointLayout[][] = [];
  for (let i = 0; i < points.length; i += BLOCK) blocks.push(points.slice(i, i + BLOCK));
  return blocks;
}
