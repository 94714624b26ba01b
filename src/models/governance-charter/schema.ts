import * as v from 'valibot';
import { CADENCES, VOTING_RULES } from './types.js';

const text = (field: string) => v.string(`${field} must be text.`);
const id = v.pipe(text('id'), v.minLength(1, 'id must not be empty.'));
const named = (field: string, what: string) => v.pipe(text(field), v.trim(), v.minLength(1, `${what} needs a ${field}.`));
const cadence = v.picklist(CADENCES, `cadence must be one of: ${CADENCES.join(', ')}.`);
const people = (field: string) => v.array(text(`Each of ${field}`), `${field} must be a list of names.`);

export const BodySchema = v.looseObject({
  id,
  name: named('name', 'A governing body'),
  members: people('members'),
  cadence,
  decisionRights: text('decisionRights'),
  quorum: v.optional(text('quorum')),
  voting: v.optional(v.picklist(VOTING_RULES, `voting must be one of: ${VOTING_RULES.join(', ')}.`)),
});

export const EscalationSchema = v.looseObject({
  id,
  level: v.pipe(v.number('level must be a whole number from 1.'), v.integer('level must be a whole number from 1.'), v.minValue(1, 'level must be 1 or more.')),
  trigger: text('trigger'),
  owner: text('owner'),
  responseDays: v.pipe(
    v.number('responseDays must be a number of days.'),
    v.integer('responseDays must be a whole number of days.'),
    v.minValue(0, 'responseDays must not be negative.'),
    v.maxValue(365, 'responseDays must be at most 365.'),
  ),
});

export const RhythmSchema = v.looseObject({
  id,
  name: named('name', 'An operating rhythm'),
  cadence,
  participants: people('participants'),
  outputs: text('outputs'),
});

export const ExitCriterionSchema = v.looseObject({ id, text: text('text') });

export const GovernanceCharterSchema = v.looseObject({
  kind: v.literal('governance-charter', 'kind must be "governance-charter".'),
  version: v.literal(1, 'version must be 1.'),
  title: text('title'),
  bodies: v.array(BodySchema, 'bodies must be a list.'),
  escalation: v.array(EscalationSchema, 'escalation must be a list.'),
  rhythms: v.array(RhythmSchema, 'rhythms must be a list.'),
  exitCriteria: v.array(ExitCriterionSchema, 'exitCriteria must be a list.'),
});
