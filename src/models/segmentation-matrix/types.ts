/** Quadrants, in the order the document's `quadrants` labels use. */
export const QUADRANTS = ['top-right', 'top-left', 'bottom-left', 'bottom-right'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Where a partner sits: 0–100 on both axes. */
export const COORDINATE_MIN = 0;
export const COORDINATE_MAX = 100;
/** The threshold between low and high on both axes: 50 counts as high (right, top). */
export const THRESHOLD = 50;

/** Colour-blind-safe defaults for segments without a colour. */
export const SEGMENT_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6f4e37', '#7a7a7a'] as const;

export interface AxisSpec {
  label: string;
  low: string;
  high: string;
  [extra: string]: unknown;
}

export interface Segment {
  id: string;
  label: string;
  /** `#rgb` or `#rrggbb`. */
  color?: string;
  [extra: string]: unknown;
}

export interface Partner {
  id: string;
  name: string;
  /** A segment id. */
  segment: string;
  x: number;
  y: number;
  /** Relative weight (revenue, headcount, influence…); drawn as the point's area. */
  size?: number;
  notes?: string;
  [extra: string]: unknown;
}

export interface SegmentationMatrixDocument {
  kind: 'segmentation-matrix';
  version: 1;
  title: string;
  axes: { x: AxisSpec; y: AxisSpec; [extra: string]: unknown };
  /** Labels in the order top-right, top-left, bottom-left, bottom-right. */
  quadrants: [string, string, string, string];
  segments: Segment[];
  partners: Partner[];
  [extra: string]: unknown;
}

export const SEGMENTATION_MATRIX_VERSION = 1;

export const DEFAULT_SEGMENTS: readonly Segment[] = [
  { id: 'hyperscalers', label: 'Hyperscalers' },
  { id: 'hardware', label: 'Hardware vendors' },
  { id: 'academia', label: 'Academia' },
  { id: 'startups', label: 'Startups' },
];
