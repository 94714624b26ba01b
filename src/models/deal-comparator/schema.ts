import * as v from 'valibot';
import { CURRENCY_CODE } from '../shared/formats.js';
import { DEAL_STRUCTURES, IP_OWNERSHIPS, SCORE_MAX, SCORE_MIN } from './types.js';

const list = (values: readonly string[]) => values.join(', ');
const text = (field: string) => v.string(`${field} must be text.`);
const id = v.pipe(text('id'), v.minLength(1, 'id must not be empty.'));

const percent = (field: string) =>
  v.pipe(
    v.number(`${field} must be a number from 0 to 100.`),
    v.minValue(0, `${field} must be from 0 to 100 (a percentage).`),
    v.maxValue(100, `${field} must be from 0 to 100 (a percentage).`),
  );

export const ScoreSchema = v.pipe(
  v.number(`A score must be a number from ${SCORE_MIN} to ${SCORE_MAX}.`),
  v.minValue(SCORE_MIN, `A score must be from ${SCORE_MIN} to ${SCORE_MAX}.`),
  v.maxValue(SCORE_MAX, `A score must be from ${SCORE_MIN} to ${SCORE_MAX}.`),
);

export const CriterionSchema = v.looseObject({
  id,
  label: v.pipe(text('label'), v.trim(), v.minLength(1, 'A criterion needs a label.')),
  weight: v.pipe(
    v.number('weight must be a number (0 or more).'),
    v.minValue(0, 'weight must be 0 or more; weights are relative, so use 0 to ignore a criterion.'),
  ),
});

export const TermsSchema = v.looseObject({
  revenueSharePct: v.optional(percent('revenueSharePct')),
  upfrontInvestment: v.optional(
    v.pipe(v.number('upfrontInvestment must be an amount (a plain number).'), v.minValue(0, 'upfrontInvestment must be 0 or more.')),
  ),
  equityPct: v.optional(percent('equityPct')),
  ipOwnership: v.optional(v.picklist(IP_OWNERSHIPS, `ipOwnership must be one of: ${list(IP_OWNERSHIPS)}.`)),
  termMonths: v.optional(
    v.pipe(
      v.number('termMonths must be a whole number of months.'),
      v.integer('termMonths must be a whole number of months.'),
      v.minValue(0, 'termMonths must be 0 or more.'),
    ),
  ),
  exitCriteria: v.optional(text('exitCriteria')),
});

export const DealOptionSchema = v.looseObject({
  id,
  name: v.pipe(text('name'), v.trim(), v.minLength(1, 'An option needs a name.')),
  structure: v.picklist(DEAL_STRUCTURES, `structure must be one of: ${list(DEAL_STRUCTURES)}.`),
  terms: TermsSchema,
  scores: v.record(v.string(), ScoreSchema, 'scores must be an object mapping criterion ids to scores.'),
  notes: v.optional(text('notes')),
});

export const DealComparatorSchema = v.looseObject({
  kind: v.literal('deal-comparator', 'kind must be "deal-comparator".'),
  version: v.literal(1, 'version must be 1.'),
  title: text('title'),
  currency: v.optional(v.pipe(text('currency'), v.regex(CURRENCY_CODE, 'currency must be a three-letter ISO 4217 code such as USD or EUR.'))),
  criteria: v.array(CriterionSchema, 'criteria must be a list.'),
  options: v.array(DealOptionSchema, 'options must be a list.'),
});
