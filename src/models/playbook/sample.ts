import { sampleDealComparator } from '../deal-comparator/sample.js';
import { sampleGovernanceCharter } from '../governance-charter/sample.js';
import { sampleOkrBuilder } from '../okr-builder/sample.js';
import { sampleRiskRegister } from '../risk-register/sample.js';
import { sampleSegmentationMatrix } from '../segmentation-matrix/sample.js';
import type { PlaybookDocument } from './types.js';

/** A full sample playbook, in the order the course builds it. */
export const samplePlaybook = (): PlaybookDocument => ({
  kind: 'playbook',
  version: 1,
  title: 'Nimbus Cloud alliance: partnership strategy playbook',
  sections: [sampleSegmentationMatrix(), sampleDealComparator(), sampleOkrBuilder(), sampleRiskRegister(), sampleGovernanceCharter()],
});
