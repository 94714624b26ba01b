export * from './types.js';
export { checkSections, sectionName, PlaybookSchema, type SectionCheck } from './spec.js';
export { samplePlaybook } from './sample.js';
