import * as v from 'valibot';
import { duplicateIds } from '../shared/ids.js';
import type { KindSpec } from '../shared/kind.js';
import { coded, pointer, type ValidationError } from '../shared/result.js';
import { dealComparatorToCSV, dealComparatorToMarkdown } from './export.js';
import { DealComparatorSchema, ScoreSchema } from './schema.js';
import { DEAL_COMPARATOR_VERSION, type DealComparatorDocument } from './types.js';

/** Rules the schema cannot express: unique ids, and scores only for criteria that exist. */
function check(doc: DealComparatorDocument): ValidationError[] {
  const errors = [...duplicateIds(doc.criteria, '/criteria'), ...duplicateIds(doc.options, '/options')];
  const known = new Set(doc.criteria.map((c) => c.id));
  doc.options.forEach((option, i) => {
    for (const key of Object.keys(option.scores)) {
      // The schema's record skips these two keys (a guard against prototype pollution): check them here.
      if (key === 'constructor' || key === 'prototype') {
        const score = v.safeParse(ScoreSchema, option.scores[key]);
        if (!score.success) errors.push({ path: pointer(['options', i, 'scores', key]), message: score.issues[0].message });
      }
      if (known.has(key)) continue;
      const message = `"${option.name}" has a score for "${key}", but no criterion has that id. Remove the score or add the criterion.`;
      errors.push(coded(pointer(['options', i, 'scores', key]), message, 'unknownCriterion', { option: option.name, key }));
    }
  });
  return errors;
}

export const dealComparatorSpec: KindSpec<DealComparatorDocument> = {
  kind: 'deal-comparator',
  version: DEAL_COMPARATOR_VERSION,
  schema: DealComparatorSchema,
  check,
  migrations: {},
  empty: () => ({ kind: 'deal-comparator', version: 1, title: '', criteria: [], options: [] }),
  toMarkdown: dealComparatorToMarkdown,
  toCSV: dealComparatorToCSV,
};
