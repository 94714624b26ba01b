import { linearScale, sqrtScale } from '../shared/scale.js';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import { fitText } from '../shared/text.js';
import { placeLabels, quadrantCounts, quadrantLabel, quadrantOf, segmentColor, sizeExtent, type PlacedLabel } from './selectors.js';
import { QUADRANTS, type Partner, type Quadrant, type SegmentationMatrixDocument } from './types.js';

/** One shape per segment (by position), so that segment is never told by colour alone. */
export const SEGMENT_SYMBOLS: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolCross, symbolWye];
export const SYMBOL_NAMES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;

/** Point areas in px², smallest to largest `size`; without sizes every point has the default. */
const AREA = { min: 70, max: 520, default: 150 };
/** Above this many points, labels are left to the focused and selected points and the table. */
export const MAX_LABELLED = 250;

export interface PointLayout {
  partner: Partner;
  px: number;
  py: number;
  /** Radius of the circle with the same area, for hit areas and label spacing. */
  r: number;
  path: string;
  color: string;
  shape: (typeof SYMBOL_NAMES)[number];
  quadrant: Quadrant;
}

export interface MatrixLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  /** Data (0–100) to pixels. */
  toPx: (x: number, y: number) => [number, number];
  /** Pixels to data, clamped to 0–100. */
  toData: (px: number, py: number) => [number, number];
  points: PointLayout[];
  labels: Map<string, PlacedLabel>;
  quadrants: Array<{ quadrant: Quadrant; label: string; text: string; count: number; x: number; y: number; anchor: 'start' | 'end'; baseline: 'hanging' | 'auto' }>;
  /** The symbol path of each segment, for legends. */
  segmentSymbol: (segmentId: string, area?: number) => string;
}

/** What a layout's points depend on besides their own partner: when it is unchanged, a point can be reused. */
interface PointContext {
  width: number;
  segments: SegmentationMatrixDocument['segments'];
  shown: ReadonlySet<string> | undefined;
  extent: string;
  points: PointLayout[];
}
const contexts = new WeakMap<MatrixLayout, PointContext>();

const sameSet = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean =>
  a === b || (!!a && !!b && a.size === b.size && [...a].every((x) => b.has(x)));

const symbolIndex = (doc: SegmentationMatrixDocument, segmentId: string) =>
  Math.max(0, doc.segments.findIndex((s) => s.id === segmentId)) % SEGMENT_SYMBOLS.length;

/**
 * Everything the chart draws, in pixels: computed once per document, size and visible segments. Given the
 * `previous` layout, the points of partners that did not change (the same objects: edits copy only what they
 * change) are taken from it when the width, segments, visible segments and size range are the same, so that
 * moving one of 2,000 partners lays out one point.
 */
export function matrixLayout(
  doc: SegmentationMatrixDocument,
  width: number,
  options: { shown?: ReadonlySet<string>; labels?: boolean } = {},
  previous?: MatrixLayout,
): MatrixLayout {
  const narrow = width < 480;
  const margin = { top: 12, right: 12, bottom: narrow ? 44 : 48, left: narrow ? 40 : 52 };
  const plotWidth = Math.max(120, width - margin.left - margin.right);
  const plotHeight = Math.round(Math.min(Math.max(plotWidth * (narrow ? 0.95 : 0.72), 220), 620));
  const height = plotHeight + margin.top + margin.bottom;
  const x = linearScale([0, 100], [margin.left, margin.left + plotWidth], true);
  const y = linearScale([0, 100], [margin.top + plotHeight, margin.top], true);
  const extent = sizeExtent(doc.partners);
  const area = extent && extent[1] > extent[0] ? sqrtScale(extent, [Math.sqrt(AREA.min), Math.sqrt(AREA.max)]) : undefined;
  const areaOf = (p: Partner) => {
    if (p.size === undefined || !extent) return AREA.default;
    const side = area ? area(p.size) : Math.sqrt(AREA.default * 1.5);
    return side * side;
  };
  const shown = options.shown;
  const visible = shown ? doc.partners.filter((p) => shown.has(p.segment)) : doc.partners;
  const gen = symbol();
  // Symbol paths repeat (one per shape and area): build each once.
  const paths = new Map<string, string>();
  const pathOf = (i: number, a: number) => {
    const key = `${i}:${a}`;
    let d = paths.get(key);
    if (d === undefined) paths.set(key, (d = gen.type(SEGMENT_SYMBOLS[i]!).size(a)() ?? ''));
    return d;
  };
  const before = previous && contexts.get(previous);
  const reusable =
    before && before.width === width && before.segments === doc.segments && before.extent === String(extent) && sameSet(before.shown, shown)
      ? before.points
      : [];
  // Most partners sit where they sat before (same index); a Map is built only when the order changed.
  let byPartner: Map<Partner, PointLayout> | undefined;
  const points: PointLayout[] = visible.map((partner, index) => {
    let point: PointLayout | undefined = reusable[index];
    if (point && point.partner !== partner) {
      // The same partner edited (a move) is laid out again; another partner here means the order changed.
      point = point.partner.id === partner.id ? undefined : (byPartner ??= new Map(reusable.map((p) => [p.partner, p]))).get(partner);
    }
    if (!point) {
      const a = areaOf(partner);
      const i = symbolIndex(doc, partner.segment);
      point = {
        partner,
        px: x(partner.x),
        py: y(partner.y),
        r: Math.sqrt(a / Math.PI),
        path: pathOf(i, a),
        color: segmentColor(doc.segments, partner.segment),
        shape: SYMBOL_NAMES[i]!,
        quadrant: quadrantOf(partner),
      };
    }
    return point;
  });
  const counts = quadrantCounts(doc.partners, shown);
  const inset = 8;
  const corner: Record<Quadrant, [number, number, 'start' | 'end', 'hanging' | 'auto']> = {
    'top-right': [margin.left + plotWidth - inset, margin.top + inset, 'end', 'hanging'],
    'top-left': [margin.left + inset, margin.top + inset, 'start', 'hanging'],
    'bottom-left': [margin.left + inset, margin.top + plotHeight - inset, 'start', 'auto'],
    'bottom-right': [margin.left + plotWidth - inset, margin.top + plotHeight - inset, 'end', 'auto'],
  };
  const quadrants = QUADRANTS.map((quadrant) => {
    const [qx, qy, anchor, baseline] = corner[quadrant];
    const label = quadrantLabel(doc, quadrant);
    const text = `${fitText(label, plotWidth / 2 - 48)} · ${counts[quadrant]}`;
    return { quadrant, label, text, count: counts[quadrant], x: qx, y: qy, anchor, baseline };
  });
  // Quadrant labels are fixed: partner labels keep clear of them.
  const quadrantBoxes = quadrants.map((q) => {
    const w = q.text.length * 6.6;
    return { x: q.anchor === 'start' ? q.x : q.x - w, y: q.baseline === 'hanging' ? q.y : q.y - 14, width: w, height: 14 };
  });
  const wantLabels = options.labels ?? points.length <= MAX_LABELLED;
  const placed = wantLabels
    ? placeLabels(
        points.map((p) => ({ id: p.partner.id, px: p.px, py: p.py, r: p.r, text: p.partner.name })),
        { width, height: margin.top + plotHeight },
        quadrantBoxes,
      )
    : [];
  const layout: MatrixLayout = {
    width,
    height,
    plot: { left: margin.left, top: margin.top, width: plotWidth, height: plotHeight },
    toPx: (dx, dy) => [x(dx), y(dy)],
    toData: (px, py) => [x.invert(px), y.invert(py)],
    points,
    labels: new Map(placed.map((l) => [l.id, l])),
    quadrants,
    segmentSymbol: (segmentId, a = 110) => gen.type(SEGMENT_SYMBOLS[symbolIndex(doc, segmentId)]!).size(a)() ?? '',
  };
  contexts.set(layout, { width, segments: doc.segments, shown, extent: String(extent), points });
  return layout;
}

export { fitText };
