import * as v from 'valibot';
import { isCalendarDate } from '../shared/formats.js';
import { RISK_CATEGORIES, RISK_RESPONSES, RISK_STATUSES } from './types.js';

const list = (values: readonly string[]) => values.join(', ');

const text = (field: string) => v.string(`${field} must be text.`);

const rating = (field: string) =>
  v.pipe(
    v.number(`${field} must be a number from 1 to 5.`),
    v.integer(`${field} must be a whole number from 1 to 5.`),
    v.minValue(1, `${field} must be from 1 to 5.`),
    v.maxValue(5, `${field} must be from 1 to 5.`),
  );

const score = (field: string) =>
  v.pipe(
    v.number(`bands.${field} must be a number from 2 to 25.`),
    v.integer(`bands.${field} must be a whole number.`),
    v.minValue(2, `bands.${field} must be from 2 to 25.`),
    v.maxValue(25, `bands.${field} must be from 2 to 25.`),
  );

export const RiskSchema = v.looseObject({
  id: v.pipe(text('id'), v.minLength(1, 'id must not be empty.')),
  title: v.pipe(text('title'), v.trim(), v.minLength(1, 'A risk needs a title.')),
  category: v.picklist(RISK_CATEGORIES, `category must be one of: ${list(RISK_CATEGORIES)}.`),
  description: text('description'),
  likelihood: rating('likelihood'),
  impact: rating('impact'),
  residualLikelihood: v.optional(rating('residualLikelihood')),
  residualImpact: v.optional(rating('residualImpact')),
  owner: text('owner'),
  response: v.picklist(RISK_RESPONSES, `response must be one of: ${list(RISK_RESPONSES)}.`),
  mitigation: text('mitigation'),
  status: v.picklist(RISK_STATUSES, `status must be one of: ${list(RISK_STATUSES)}.`),
  reviewDate: v.optional(
    v.pipe(
      text('reviewDate'),
      v.isoDate('reviewDate must be a date written YYYY-MM-DD.'),
      v.check(isCalendarDate, 'reviewDate is not a real calendar date.'),
    ),
  ),
});

export const BandsSchema = v.looseObject({
  medium: score('medium'),
  high: score('high'),
  critical: score('critical'),
});

export const RiskRegisterSchema = v.looseObject({
  kind: v.literal('risk-register', 'kind must be "risk-register".'),
  version: v.literal(1, 'version must be 1.'),
  title: text('title'),
  risks: v.array(RiskSchema, 'risks must be a list.'),
  bands: v.optional(BandsSchema),
});
