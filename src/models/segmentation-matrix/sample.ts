import { DEFAULT_SEGMENTS, type SegmentationMatrixDocument } from './types.js';

/** The axes and quadrant labels a new matrix starts with. */
export const emptySegmentationMatrix = (): SegmentationMatrixDocument => ({
  kind: 'segmentation-matrix',
  version: 1,
  title: '',
  axes: {
    x: { label: 'Strategic fit', low: 'Low fit', high: 'High fit' },
    y: { label: 'Ecosystem influence', low: 'Low influence', high: 'High influence' },
  },
  quadrants: ['Invest: strategic partners', 'Engage selectively', 'Monitor', 'Develop and grow'],
  segments: DEFAULT_SEGMENTS.map((s) => ({ ...s })),
  partners: [],
});

/** A fictional AI-infrastructure ecosystem of a dozen partners across the four course segments. */
export const sampleSegmentationMatrix = (): SegmentationMatrixDocument => ({
  ...emptySegmentationMatrix(),
  title: 'AI-infrastructure ecosystem map',
  partners: [
    { id: 'partner-1', name: 'Nimbus Cloud', segment: 'hyperscalers', x: 82, y: 91, size: 90, notes: 'Largest GPU fleet; co-sell motion in place.' },
    { id: 'partner-2', name: 'Stratus Compute', segment: 'hyperscalers', x: 64, y: 78, size: 60, notes: 'Strong in sovereign regions.' },
    { id: 'partner-3', name: 'Cirrus Platform', segment: 'hyperscalers', x: 35, y: 70, size: 45, notes: 'Competes with our managed inference.' },
    { id: 'partner-4', name: 'Tensorline Silicon', segment: 'hardware', x: 88, y: 74, size: 70, notes: 'Next-generation accelerator roadmap access.' },
    { id: 'partner-5', name: 'Photon Interconnect', segment: 'hardware', x: 71, y: 38, size: 25, notes: 'Optical networking for large clusters.' },
    { id: 'partner-6', name: 'Coldplate Systems', segment: 'hardware', x: 42, y: 22, size: 15, notes: 'Liquid cooling; regional installer network.' },
    { id: 'partner-7', name: 'Northbridge Institute of Technology', segment: 'academia', x: 58, y: 55, size: 30, notes: 'Compiler research; joint PhD programme.' },
    { id: 'partner-8', name: 'Lakeside University HPC Lab', segment: 'academia', x: 27, y: 33, size: 12, notes: 'Benchmarks and workload traces.' },
    { id: 'partner-9', name: 'Alpine AI Research Centre', segment: 'academia', x: 47, y: 61, size: 20, notes: 'Open model evaluations.' },
    { id: 'partner-10', name: 'Sparsity AI', segment: 'startups', x: 76, y: 28, size: 10, notes: 'Sparse inference kernels; acquisition candidate.' },
    { id: 'partner-11', name: 'Gridlock Inference', segment: 'startups', x: 55, y: 12, size: 8, notes: 'Edge serving; early traction.' },
    { id: 'partner-12', name: 'Quantlet Labs', segment: 'startups', x: 18, y: 46, size: 6, notes: 'Quantisation tooling; small team.' },
  ],
});
