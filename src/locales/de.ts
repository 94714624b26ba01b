/** Every German message of the package, in one module that a page loads only when a worksheet speaks German. */
import { de as core } from '../core/messages.de.js';
import { de as dealComparator } from '../elements/deal-comparator/messages.de.js';
import { de as governanceCharter } from '../elements/governance-charter/messages.de.js';
import { de as okrBuilder } from '../elements/okr-builder/messages.de.js';
import { de as playbook } from '../elements/playbook/messages.de.js';
import { de as riskRegister } from '../elements/risk-register/messages.de.js';
import { de as segmentationMatrix } from '../elements/segmentation-matrix/messages.de.js';

// Plain data, with no import at run time: the file works beside the bundle whatever URL the bundle was loaded from.
export default [core, riskRegister, segmentationMatrix, dealComparator, okrBuilder, governanceCharter, playbook];
