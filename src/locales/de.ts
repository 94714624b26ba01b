/** Every German message of the package, in one module that a page loads only when a worksheet speaks German. */
import { de as core } from '../core/messages.de.js';
import { de as dealComparator } from '../elements/deal-comparator/messages.de.js';
import { de as governanceCharter } from '../elements/governance-charter/messages.de.js';
import { de as okrBuilder } from '../elements/okr-builder/messages.de.js';
import { de as playbook } from '../elements/playbook/messages.de.js';
import { de as riskRegister } from '../elements/risk-register/messages.de.js';
import { de as segmentationMatrix } from '../elements/segmentation-matrix/messages.de.js';
import { de as dealComparatorReport } from '../elements/deal-comparator/report.de.js';
import { de as governanceCharterReport } from '../elements/governance-charter/report.de.js';
import { de as okrBuilderReport } from '../elements/okr-builder/report.de.js';
import { de as playbookReport } from '../elements/playbook/report.de.js';
import { de as riskRegisterReport } from '../elements/risk-register/report.de.js';
import { de as segmentationMatrixReport } from '../elements/segmentation-matrix/report.de.js';

// Plain data, with no import at run time: the file works beside the bundle whatever URL the bundle was loaded from.
// Then the Markdown reports' words (keys `report.<English>`, see src/models/shared/report.ts).
export default [
  core, riskRegister, segmentationMatrix, dealComparator, okrBuilder, governanceCharter, playbook,
  riskRegisterReport, segmentationMatrixReport, dealComparatorReport, okrBuilderReport, governanceCharterReport, playbookReport,
];
