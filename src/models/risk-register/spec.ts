import { duplicateIds } from '../shared/ids.js';
import type { KindSpec } from '../shared/kind.js';
import { coded, type ValidationError } from '../shared/result.js';
import { riskRegisterToCSV, riskRegisterToMarkdown } from './export.js';
import { riskRegisterMigrations } from './migrate.js';
import { RiskRegisterSchema } from './schema.js';
import { RISK_REGISTER_VERSION, type RiskRegisterDocument } from './types.js';

function check(doc: RiskRegisterDocument): ValidationError[] {
  const errors = duplicateIds(doc.risks, '/risks');
  doc.risks.forEach((risk, i) => {
    const l = risk.residualLikelihood !== undefined;
    const m = risk.residualImpact !== undefined;
    if (l !== m) {
      const missing = l ? 'residualImpact' : 'residualLikelihood';
      errors.push(coded(`/risks/${i}/${missing}`, 'A residual rating needs both residualLikelihood and residualImpact.', 'residualPair', { missing }));
    }
  });
  const b = doc.bands;
  if (b && !(b.medium < b.high && b.high < b.critical)) {
    errors.push(coded('/bands', `Band thresholds must rise: medium (${b.medium}) < high (${b.high}) < critical (${b.critical}).`, 'bandsRise', { medium: b.medium, high: b.high, critical: b.critical }));
  }
  return errors;
}

export const riskRegisterSpec: KindSpec<RiskRegisterDocument> = {
  kind: 'risk-register',
  version: RISK_REGISTER_VERSION,
  schema: RiskRegisterSchema,
  check,
  migrations: riskRegisterMigrations,
  empty: () => ({ kind: 'risk-register', version: 1, title: '', risks: [] }),
  toMarkdown: riskRegisterToMarkdown,
  toCSV: riskRegisterToCSV,
};
