export * from './types.js';
export * from './selectors.js';
export * from './ops.js';
export { segmentationMatrixToCSV, segmentationMatrixToMarkdown } from './export.js';
export { matrixToSVG } from './svg.js';
export { emptySegmentationMatrix, sampleSegmentationMatrix } from './sample.js';
export { segmentationMatrixSpec } from './spec.js';
export { SegmentationMatrixSchema } from './schema.js';
