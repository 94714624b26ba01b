import { duplicateIds } from '../shared/ids.js';
import type { KindSpec } from '../shared/kind.js';
import { governanceCharterToMarkdown } from './export.js';
import { emptyGovernanceCharter } from './sample.js';
import { GovernanceCharterSchema } from './schema.js';
import { CHARTER_LISTS, GOVERNANCE_CHARTER_VERSION, type GovernanceCharterDocument } from './types.js';

export const governanceCharterSpec: KindSpec<GovernanceCharterDocument> = {
  kind: 'governance-charter',
  version: GOVERNANCE_CHARTER_VERSION,
  schema: GovernanceCharterSchema,
  check: (doc) => CHARTER_LISTS.flatMap((list) => duplicateIds(doc[list] as Array<{ id: string }>, `/${list}`)),
  empty: emptyGovernanceCharter,
  toMarkdown: governanceCharterToMarkdown,
};
