export * from './types.js';
export * from './selectors.js';
export * from './ops.js';
export { okrBuilderToCSV, okrBuilderToMarkdown } from './export.js';
export { emptyOkrBuilder, sampleOkrBuilder } from './sample.js';
export { okrBuilderSpec } from './spec.js';
export { OkrBuilderSchema } from './schema.js';
