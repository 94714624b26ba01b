import { QUADRANTS, SEGMENT_PALETTE, THRESHOLD, type Partner, type Quadrant, type Segment, type SegmentationMatrixDocument } from './types.js';

/** Right when x ≥ 50, top when y ≥ 50. */
export function quadrantOf(partner: Pick<Partner, 'x' | 'y'>): Quadrant {
  const right = partner.x >= THRESHOLD;
  const top = partner.y >= THRESHOLD;
  return top ? (right ? 'top-right' : 'top-left') : right ? 'bottom-right' : 'bottom-left';
}

/** The document's label for a quadrant. */
export const quadrantLabel = (doc: SegmentationMatrixDocument, q: Quadrant): string => doc.quadrants[QUADRANTS.indexOf(q)] ?? q;

/** Keeps a coordinate on the chart. */
export const clampCoordinate = (n: number): number => Math.min(100, Math.max(0, Number.isFinite(n) ? n : 0));

/** A segment's colour: its own, or the palette's by position. */
export function segmentColor(segments: readonly Segment[], id: string): string {
  const i = segments.findIndex((s) => s.id === id);
  const own = segments[i]?.color;
  return own ?? SEGMENT_PALETTE[(i < 0 ? 0 : i) % SEGMENT_PALETTE.length]!;
}

/** Partners per quadrant, counting only the segments shown. */
export function quadrantCounts(partners: readonly Partner[], shown?: ReadonlySet<string>): Record<Quadrant, number> {
  const counts: Record<Quadrant, number> = { 'top-right': 0, 'top-left': 0, 'bottom-left': 0, 'bottom-right': 0 };
  for (const p of partners) if (!shown || shown.has(p.segment)) counts[quadrantOf(p)]++;
  return counts;
}

/** Partners grouped by quadrant, in the quadrant order of the document, each group by name. */
export function partnersByQuadrant(doc: SegmentationMatrixDocument): Array<{ quadrant: Quadrant; label: string; partners: Partner[] }> {
  return QUADRANTS.map((quadrant) => ({
    quadrant,
    label: quadrantLabel(doc, quadrant),
    partners: doc.partners.filter((p) => quadrantOf(p) === quadrant).sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

export const segmentUsage = (doc: SegmentationMatrixDocument): Map<string, number> => {
  const used = new Map<string, number>();
  for (const p of doc.partners) used.set(p.segment, (used.get(p.segment) ?? 0) + 1);
  return used;
};

/** The smallest and largest `size` among partners, or undefined when none has one. */
export function sizeExtent(partners: readonly Partner[]): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const p of partners) {
    if (p.size === undefined) continue;
    if (p.size < min) min = p.size;
    if (p.size > max) max = p.size;
  }
  return min === Infinity ? undefined : [min, max];
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Anchor of the text (start for right-side labels, end for left-side). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** True when the label sits away from its point and needs a leader line. */
  leader: boolean;
}

/**
 * Places labels next to their points without overlapping one another: each label tries the right, the left,
 * then positions further up or down with a leader line; a label with no free place is left out (its point is
 * still named for assistive technology and in the table). A uniform grid keeps this near linear.
 */
export function placeLabels(
  points: ReadonlyArray<{ id: string; px: number; py: number; r: number; text: string }>,
  bounds: { width: number; height: number },
  obstacles: readonly LabelBox[] = [],
  charWidth = 6.6,
  lineHeight = 14,
): PlacedLabel[] {
  const cell = 64;
  const grid = new Map<number, LabelBox[]>();
  const keyOf = (cx: number, cy: number) => cy * 10_000 + cx;
  const cellsOf = (b: LabelBox) => {
    const keys: number[] = [];
    for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.width) / cell); cx++)
      for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.height) / cell); cy++) keys.push(keyOf(cx, cy));
    return keys;
  };
  const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const free = (b: LabelBox) =>
    b.x >= 0 && b.y >= 0 && b.x + b.width <= bounds.width && b.y + b.height <= bounds.height && !cellsOf(b).some((k) => grid.get(k)?.some((o) => overlaps(o, b)));
  const take = (b: LabelBox) => cellsOf(b).forEach((k) => (grid.get(k) ?? grid.set(k, []).get(k)!).push(b));

  // Points and fixed text (quadrant labels) are obstacles too, so a label never covers them.
  for (const o of obstacles) take(o);
  for (const p of points) take({ x: p.px - p.r, y: p.py - p.r, width: 2 * p.r, height: 2 * p.r });

  const placed: PlacedLabel[] = [];
  for (const p of points) {
    const width = p.text.length * charWidth;
    const gap = p.r + 4;
    const candidates: Array<{ box: LabelBox; anchor: 'start' | 'end'; leader: boolean }> = [];
    for (const [dy, leader] of [[0, false], [-lineHeight, true], [lineHeight, true], [-2 * lineHeight, true], [2 * lineHeight, true]] as const) {
      candidates.push({ box: { x: p.px + gap, y: p.py + dy - lineHeight / 2, width, height: lineHeight }, anchor: 'start', leader });
      candidates.push({ box: { x: p.px - gap - width, y: p.py + dy - lineHeight / 2, width, height: lineHeight }, anchor: 'end', leader });
    }
    const spot = candidates.find((c) => free(c.box));
    if (!spot) continue;
    take(spot.box);
    placed.push({
      id: p.id,
      x: spot.anchor === 'start' ? spot.box.x : spot.box.x + spot.box.width,
      y: spot.box.y + lineHeight / 2,
      anchor: spot.anchor,
      leader: spot.leader,
    });
  }
  return placed;
}
