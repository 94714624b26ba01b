import { dealComparatorSpec } from './deal-comparator/spec.js';
import { governanceCharterSpec } from './governance-charter/spec.js';
import { okrBuilderSpec } from './okr-builder/spec.js';
import { riskRegisterSpec } from './risk-register/spec.js';
import { segmentationMatrixSpec } from './segmentation-matrix/spec.js';
import { playbookToMarkdown } from './playbook/export.js';
import { createPlaybookSpec } from './playbook/spec.js';
import type { KindSpec } from './shared/kind.js';

/** Every document kind this library reads. A new worksheet adds its spec here. */
export const KINDS: Record<string, KindSpec<any>> = {
  [riskRegisterSpec.kind]: riskRegisterSpec,
  [segmentationMatrixSpec.kind]: segmentationMatrixSpec,
  [dealComparatorSpec.kind]: dealComparatorSpec,
  [okrBuilderSpec.kind]: okrBuilderSpec,
  [governanceCharterSpec.kind]: governanceCharterSpec,
};

export const specFor = (kind: unknown): KindSpec<any> | undefined =>
  typeof kind === 'string' && Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;

/** The playbook holds documents of the other kinds, so it is built around this registry. */
export const playbookSpec = createPlaybookSpec(specFor, (doc, voice) => playbookToMarkdown(doc, specFor, voice));
KINDS[playbookSpec.kind] = playbookSpec;
