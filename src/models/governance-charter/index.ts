export * from './types.js';
export * from './selectors.js';
export * from './ops.js';
export { governanceCharterToMarkdown } from './export.js';
export { emptyGovernanceCharter, sampleGovernanceCharter } from './sample.js';
export { governanceCharterSpec } from './spec.js';
export { GovernanceCharterSchema } from './schema.js';
