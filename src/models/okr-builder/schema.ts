import * as v from 'valibot';
import { isCalendarDate } from '../shared/formats.js';

const text = (field: string) => v.string(`${field} must be text.`);
const id = v.pipe(text('id'), v.minLength(1, 'id must not be empty.'));

/** A number field; text such as "120" is named in the message so an author sees what to fix. */
const numeric = (field: string) =>
  v.number((issue) =>
    typeof issue.input === 'number'
      ? `${field} must be a finite number.`
      : `${field} must be a number, found ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)}${typeof issue.input === 'string' ? ' (text: write it without quotes)' : ''}.`,
  );

const confidence = v.pipe(
  v.number((issue) => `confidence must be a number from 0 to 1 (for example 0.7), found ${JSON.stringify(issue.input)}.`),
  v.minValue(0, 'confidence must be from 0 to 1 (for example 0.7 for 70%).'),
  v.maxValue(1, 'confidence must be from 0 to 1 (for example 0.7 for 70%).'),
);

export const TeamSchema = v.looseObject({
  id,
  name: text('name'),
});

export const CheckInSchema = v.looseObject({
  id,
  date: v.pipe(text('date'), v.isoDate('date must be written YYYY-MM-DD.'), v.check(isCalendarDate, 'date is not a real calendar date.')),
  value: numeric('value'),
  confidence: v.optional(confidence),
  note: v.optional(text('note')),
});

export const KeyResultSchema = v.looseObject({
  id,
  title: text('title'),
  owner: v.optional(text('owner (a team id)')),
  start: numeric('start'),
  target: numeric('target'),
  current: numeric('current'),
  unit: v.optional(text('unit')),
  confidence: v.optional(confidence),
  checkIns: v.optional(v.array(CheckInSchema, 'checkIns must be a list.')),
});

export const ObjectiveSchema = v.looseObject({
  id,
  title: text('title'),
  owners: v.array(text('An owner (a team id)'), 'owners must be a list of team ids, e.g. ["ours", "partner"].'),
  keyResults: v.array(KeyResultSchema, 'keyResults must be a list.'),
});

export const OkrBuilderSchema = v.looseObject({
  kind: v.literal('okr-builder', 'kind must be "okr-builder".'),
  version: v.literal(1, 'version must be 1.'),
  title: text('title'),
  period: text('period (e.g. "2027-Q1")'),
  teams: v.array(TeamSchema, 'teams must be a list.'),
  objectives: v.array(ObjectiveSchema, 'objectives must be a list.'),
});
