// The scenario list: the one extension point. A new worksheet adds a file next to these that exports an array
// of scenarios (see README "Adding a scenario") and one line here. Scenarios whose `requires` tags are not
// defined in the build are reported as skipped, so a scenario may land before its element does.
import { dealComparatorScenarios } from './deal-comparator.js';
import { okrBuilderScenarios } from './okr-builder.js';
import { riskRegisterScenarios } from './risk-register.js';
import { segmentationMatrixScenarios } from './segmentation-matrix.js';

export const scenarios = [
  ...riskRegisterScenarios,
  ...segmentationMatrixScenarios,
  ...dealComparatorScenarios,
  ...okrBuilderScenarios,
];
