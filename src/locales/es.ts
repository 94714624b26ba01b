/** Every Spanish message of the package, in one module that a page loads only when a worksheet speaks Spanish. */
import { es as core } from '../core/messages.es.js';
import { es as dealComparator } from '../elements/deal-comparator/messages.es.js';
import { es as governanceCharter } from '../elements/governance-charter/messages.es.js';
import { es as okrBuilder } from '../elements/okr-builder/messages.es.js';
import { es as playbook } from '../elements/playbook/messages.es.js';
import { es as riskRegister } from '../elements/risk-register/messages.es.js';
import { es as segmentationMatrix } from '../elements/segmentation-matrix/messages.es.js';
import { es as dealComparatorReport } from '../elements/deal-comparator/report.es.js';
import { es as governanceCharterReport } from '../elements/governance-charter/report.es.js';
import { es as okrBuilderReport } from '../elements/okr-builder/report.es.js';
import { es as playbookReport } from '../elements/playbook/report.es.js';
import { es as riskRegisterReport } from '../elements/risk-register/report.es.js';
import { es as segmentationMatrixReport } from '../elements/segmentation-matrix/report.es.js';

// Plain data, with no import at run time: the file works beside the bundle whatever URL the bundle was loaded from.
// Then the Markdown reports' words (keys `report.<English>`, see src/models/shared/report.ts).
export default [
  core, riskRegister, segmentationMatrix, dealComparator, okrBuilder, governanceCharter, playbook,
  riskRegisterReport, segmentationMatrixReport, dealComparatorReport, okrBuilderReport, governanceCharterReport, playbookReport,
];
