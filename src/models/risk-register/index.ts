export * from './types.js';
export * from './selectors.js';
export * from './ops.js';
export { riskRegisterToCSV, riskRegisterToMarkdown } from './export.js';
export { sampleRiskRegister } from './sample.js';
export { riskRegisterSpec } from './spec.js';
export { RiskRegisterSchema } from './schema.js';
