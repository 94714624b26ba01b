export * from './types.js';
export * from './selectors.js';
export * from './sensitivity.js';
export * from './ops.js';
export { dealComparatorToCSV, dealComparatorToMarkdown, describeLeaderChange, leaderSentence } from './export.js';
export { sampleDealComparator, PRESET_CRITERIA, type PresetCriterionId } from './sample.js';
export { dealComparatorSpec } from './spec.js';
export { DealComparatorSchema } from './schema.js';
